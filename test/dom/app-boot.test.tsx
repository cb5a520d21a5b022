/**
 * What the app shows when it starts: inside Electron without its bridge to the computer it refuses to
 * start and says why (never falling back to the browser host, whose saves would be silent downloads).
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';

function pretendUserAgent(userAgent: string) {
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
}

afterEach(() => {
  // Back to happy-dom's own user agent, from the prototype.
  delete (window.navigator as { userAgent?: string }).userAgent;
  window.location.hash = '';
});

describe('starting the app', () => {
  it('inside Electron without its bridge: says it cannot start, why, and what to do', () => {
    pretendUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/140.0 Electron/45.4.1 Safari/537.36');
    expect(window.desktop).toBeUndefined();
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Trust Procurement Planner cannot start' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('started without its connection to your computer');
    expect(alert).toHaveTextContent('Nothing has been changed');
    expect(alert).toHaveTextContent(/Close the app and start it again/);
    // No raw error code reaches the user.
    expect(alert).not.toHaveTextContent('DESKTOP_BRIDGE_MISSING');
  });

  it('in a plain browser: opens the data instead, with no failure screen', async () => {
    render(<App />);
    expect(screen.getByRole('status')).toHaveTextContent('Opening your data…');
    expect(screen.queryByRole('heading', { name: /cannot start/ })).toBeNull();
    // Waits for the data to open (the shell's navigation), so the opening never outlives the test.
    expect(await screen.findByRole('navigation', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /cannot open your data/ })).toBeNull();
  });
});
