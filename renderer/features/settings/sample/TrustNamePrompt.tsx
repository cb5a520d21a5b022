import { useId, useState } from 'react';
import { describeError } from '@shared/storage-errors';
import { useCommands } from '../../../data';

/**
 * Shown on the register once the trust's own contracts are in and no trust name is set (the first
 * import without the sample, or after removing it): the name heads the register and every board
 * paper, so it is asked for here, in place, without holding up the import itself.
 */
export function TrustNamePrompt() {
  const commands = useCommands();
  const id = useId();
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const trustName = name.trim();
    if (!trustName) {
      setMessage('Enter the trust’s name first.');
      return;
    }
    try {
      await commands.settings.setTrustName(trustName);
    } catch (error) {
      setMessage(`The name could not be saved: ${describeError(error)}.`);
    }
  };
  return (
    <form className="notice trust-name-prompt" aria-labelledby={`${id}-title`} onSubmit={(e) => void save(e)}>
      <p id={`${id}-title`}>
        <strong>Which trust is this register for?</strong> Its name heads the register and every board paper (you can change it later in
        Settings).
      </p>
      <label htmlFor={id}>Your trust’s name</label> <input id={id} value={name} onChange={(e) => setName(e.target.value)} maxLength={300} />{' '}
      <button type="submit">Save the name</button> {message && <span role="alert">{message}</span>}
    </form>
  );
}
