import type { Commands } from '../../data';

const SAMPLE_FILE_NAME = 'Sample portfolio (illustrative)';

/**
 * Loads the bundled illustrative portfolio through the same path as any portfolio file. It is a
 * separate chunk so the app does not pay for it unless the user asks.
 */
export async function loadSamplePortfolio(commands: Commands): Promise<string> {
  const { default: text } = await import('../../../assets/sample-portfolio.json?raw');
  return commands.imports.loadSample(SAMPLE_FILE_NAME, text);
}
