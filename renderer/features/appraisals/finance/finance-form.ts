import type { CostLine, Option, Spend, Vat } from '@shared/domain';
import { defaultSpend } from '@shared/engine/spend';

/**
 * The Finance tab's edits to a cost line's financial-case fields (docs/domain.md §4), as pure
 * functions that keep each record valid: VAT counts as recoverable only once the contracted-out
 * services heading and the reason are both given, and a changed capital/revenue split needs
 * finance to confirm it again.
 */

export type SpendChoice = 'default' | Spend['type'];

const complete = (vat: Vat) => vat.heading.trim() !== '' && vat.reason.trim() !== '';

/**
 * The VAT record after choosing recoverable or not. `pending` says the user chose recoverable but the
 * heading or reason is still missing: VAT stays not recoverable until both are given.
 */
export function vatWithChoice(vat: Vat, recoverable: boolean): { vat: Vat; pending: boolean } {
  if (!recoverable) return { vat: { ...vat, recoverable: false }, pending: false };
  return complete(vat) ? { vat: { ...vat, recoverable: true }, pending: false } : { vat: { ...vat, recoverable: false }, pending: true };
}

/** The VAT record after editing the heading or reason, where the user wants it recoverable or not. */
export function vatWithText(
  vat: Vat,
  patch: Partial<Pick<Vat, 'heading' | 'reason'>>,
  wantRecoverable: boolean,
): { vat: Vat; pending: boolean } {
  return vatWithChoice({ ...vat, ...patch }, wantRecoverable);
}

function defaultType(line: CostLine, option: Pick<Option, 'hosting'>): Spend['type'] {
  return defaultSpend(line.category, option.hosting.targetModel ?? option.hosting.currentModel).type;
}

/** Choosing capital or revenue (or back to the category default) clears any confirmation: finance confirms a split, not a line. */
export function spendWithChoice(line: CostLine, choice: SpendChoice): Spend | undefined {
  if (choice === 'default') return undefined;
  return { type: choice, confirmed: false, note: line.spend?.note ?? '' };
}

/** Confirming (or unconfirming) the split as it stands, the default included. */
export function spendWithConfirmed(line: CostLine, option: Pick<Option, 'hosting'>, confirmed: boolean): Spend {
  return { type: line.spend?.type ?? defaultType(line, option), confirmed, note: line.spend?.note ?? '' };
}

/** The basis note, keeping the split and its confirmation. */
export function spendWithNote(line: CostLine, option: Pick<Option, 'hosting'>, note: string): Spend {
  return { type: line.spend?.type ?? defaultType(line, option), confirmed: line.spend?.confirmed ?? false, note };
}
