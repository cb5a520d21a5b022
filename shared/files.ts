/**
 * The one size limit on files the planner opens, however they arrive: the Open dialog (main
 * process) and a file dropped on the window (renderer) refuse the same files with the same words.
 * Larger files would stall the parser long before they could be imported.
 */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;

/** Why a file of `size` bytes cannot be opened, in words; null when it can. */
export function fileTooLargeMessage(fileName: string, size: number): string | null {
  if (size <= MAX_OPEN_BYTES) return null;
  // Rounded up, so a file just over the limit never reads as "200 MB; the limit is 200 MB".
  const sizeMb = Math.ceil((size / (1024 * 1024)) * 10) / 10;
  return (
    `"${fileName}" is ${sizeMb} MB; the planner opens files up to ${MAX_OPEN_BYTES / (1024 * 1024)} MB. ` +
    'Remove unused sheets or split the register, then try again.'
  );
}
