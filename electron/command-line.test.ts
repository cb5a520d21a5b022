import { describe, expect, it } from 'vitest';
import { refusedStartMessage, refusedSwitches } from './command-line';

const commandLine = (...present: string[]) => ({ hasSwitch: (name: string) => present.includes(name) });

describe('switches a packaged build refuses', () => {
  it('finds a remote-debugging port or pipe, an inspector, and switched-off protections', () => {
    expect(refusedSwitches(commandLine('remote-debugging-port'))).toEqual(['remote-debugging-port']);
    expect(refusedSwitches(commandLine('remote-debugging-pipe', 'no-sandbox', 'disable-web-security'))).toEqual([
      'remote-debugging-pipe',
      'no-sandbox',
      'disable-web-security',
    ]);
    expect(refusedSwitches(commandLine('inspect-brk'))).toEqual(['inspect-brk']);
  });

  it('lets harmless switches through', () => {
    expect(refusedSwitches(commandLine('lang', 'force-device-scale-factor'))).toEqual([]);
  });

  it('tells the user what was refused and what to do', () => {
    const { title, content } = refusedStartMessage(['remote-debugging-port']);
    expect(title).toBe('Trust Procurement Planner did not start');
    expect(content).toContain('--remote-debugging-port');
    expect(content).toContain('Start it from its Start menu or desktop shortcut');
  });
});
