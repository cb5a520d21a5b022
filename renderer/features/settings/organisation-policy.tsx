import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { NO_POLICY, pathsDifferingFromPolicy, withPolicyDefaults, type DesktopPolicy } from '@shared/policy';
import { describeError } from '@shared/storage-errors';
import { useHost } from '../../app-context';
import { useCommands, useSettings } from '../../data';

/**
 * The organisation's IT policy in the renderer (docs/it-deployment.md, "Policy"). Read once from the
 * host (in the desktop app: the main process, over policy:get); its default settings are written into
 * the stored settings whenever those differ (at start, after a restore, after an edit elsewhere), so
 * every screen, report and export uses them; Settings shows them as "set by your organisation".
 */

const NONE: DesktopPolicy = { ...NO_POLICY, updates: { on: false, reason: '' } };
const OrganisationPolicyContext = createContext<DesktopPolicy>(NONE);

/** The policy in force; no policy until the host has answered (and in a plain browser). */
export function useOrganisationPolicy(): DesktopPolicy {
  return useContext(OrganisationPolicyContext);
}

/** Whether the organisation set the setting at this dotted path ("discount.rate"). */
export function useSetByOrganisation(): (path: string) => boolean {
  const { defaults } = useOrganisationPolicy();
  return (path) => Object.hasOwn(defaults, path);
}

export function OrganisationPolicyProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const commands = useCommands();
  const stored = useSettings();
  const [policy, setPolicy] = useState<DesktopPolicy>(NONE);

  useEffect(() => {
    let cancelled = false;
    host.getPolicy().then(
      (found) => !cancelled && setPolicy(found),
      // The app still starts; the user is told where the organisation's settings are listed.
      (error: unknown) =>
        !cancelled &&
        setPolicy({
          ...NONE,
          warnings: [
            {
              source: 'machine-file',
              where: '',
              message: `Your organisation's settings could not be read (${describeError(error)}), so the planner uses its own`,
            },
          ],
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [host]);

  const differing = stored ? pathsDifferingFromPolicy(stored, policy.defaults).join(',') : '';
  useEffect(() => {
    if (differing === '') return;
    commands.settings
      .update((current) => withPolicyDefaults(current, policy.defaults), "Applied your organisation's settings")
      .catch((error: unknown) => console.error("Could not apply your organisation's settings", error));
  }, [differing, commands, policy.defaults]);

  return <OrganisationPolicyContext.Provider value={policy}>{children}</OrganisationPolicyContext.Provider>;
}

/** Beside a field the organisation set: why it cannot be changed. */
export function SetByOrganisation({ path, id }: { path: string; id: string }) {
  const setBy = useSetByOrganisation();
  if (!setBy(path)) return null;
  return (
    <span className="set-by-organisation" id={id}>
      Set by your organisation
    </span>
  );
}
