/**
 * Chromium and Node switches a packaged build refuses to start with: each would let another program
 * drive the app (a DevTools protocol port or pipe, a Node inspector) or switch one of its protections
 * off (the sandbox, web security). The Node inspector is also off by fuse (electron/release-fuses.json);
 * the rest have no fuse. Development builds (not packaged) accept them, for tests and debugging.
 */
export const REFUSED_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'no-sandbox',
  'disable-web-security',
] as const;

export function refusedSwitches(commandLine: { hasSwitch(name: string): boolean }): string[] {
  return REFUSED_SWITCHES.filter((name) => commandLine.hasSwitch(name));
}

/** The message for the user, naming what was refused and what to do. */
export function refusedStartMessage(refused: string[]): { title: string; content: string } {
  return {
    title: 'Trust Procurement Planner did not start',
    content:
      `It was started with ${refused.map((name) => `--${name}`).join(', ')}, which would let another program ` +
      'control it or switch off its protections, so it closed without opening your data. ' +
      'Start it from its Start menu or desktop shortcut. If this keeps happening, tell your IT team.',
  };
}
