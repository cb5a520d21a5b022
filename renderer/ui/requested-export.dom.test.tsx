import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { exportRequestHash, useRequestedExport } from './requested-export';
import { href } from './router';

/*
 * File › Export key dates… (or notices due, or the pipeline notice) opens a Renewals view and asks it
 * to export once its data is made. A request the user left before then is abandoned: going Back to
 * that history entry must show the view without saving a file nobody asked for any more.
 */

const runs: string[] = [];

function View({ ready }: { ready: boolean }) {
  useRequestedExport('key-dates', ready, () => runs.push('key-dates'));
  return null;
}

/** Goes to `hash` as a link or the menu does: a new history entry, then the window's hashchange. */
function go(hash: string): void {
  act(() => {
    const from = window.location.href;
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: from, newURL: window.location.href }));
  });
}

const notices = href('renewals', 'notices');

describe('useRequestedExport', () => {
  afterEach(() => {
    runs.length = 0;
    go(href('portfolio'));
  });

  it('exports once when the view is ready, and drops the request from the address', () => {
    const view = render(<View ready={false} />);
    go(exportRequestHash(notices, 'key-dates'));
    expect(runs).toEqual([]);
    view.rerender(<View ready />);
    expect(runs).toEqual(['key-dates']);
    expect(window.location.hash).toBe(notices);
    view.rerender(<View ready={false} />);
    view.rerender(<View ready />);
    expect(runs, 'the same request never runs twice').toEqual(['key-dates']);
  });

  it('does not export a request the user left before the view was ready, on coming back to it', () => {
    const view = render(<View ready={false} />);
    const asked = exportRequestHash(notices, 'key-dates');
    go(asked);
    go(href('renewals', 'pipeline'));
    // Back to the entry that asked, whose address still carries the request; the view then becomes ready.
    go(asked);
    view.rerender(<View ready />);
    expect(runs).toEqual([]);
    expect(window.location.hash, 'the stale request is dropped from the address').toBe(notices);
  });

  it('runs only the request asked last when asked twice before the view was ready', () => {
    const view = render(<View ready={false} />);
    const first = exportRequestHash(notices, 'key-dates');
    go(first);
    go(exportRequestHash(notices, 'key-dates'));
    view.rerender(<View ready />);
    expect(runs).toEqual(['key-dates']);
    go(first);
    view.rerender(<View ready={false} />);
    view.rerender(<View ready />);
    expect(runs, 'the first request, gone back to, does not run').toEqual(['key-dates']);
  });
});
