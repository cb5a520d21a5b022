import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { useStepped } from './use-stepped';

/*
 * A store update (the register landing, an edit saved) renders synchronously, and React then runs the
 * commit's effects in the same task. The stepped job must start in a task of its own after that, or its
 * first slice of work (about 8 ms) is added to the commit's task (issue 16: no task over 50 ms).
 */

// This test renders as the app does (a synchronous render, then the window's own tasks), not through
// act(), which would run the effects' work for it: React is told so.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const steps: string[] = [];

function* job(): Generator<number, string, void> {
  steps.push('first step');
  yield 0.5;
  steps.push('second step');
  return 'worked out';
}

function Shows({ factory }: { factory: (() => Generator<number, string, void>) | null }) {
  const state = useStepped(factory);
  return <p>{state.value ?? (state.working === null ? 'idle' : 'working')}</p>;
}

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('useStepped', () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  afterEach(() => {
    steps.length = 0;
    flushSync(() => root.render(null));
  });

  it('starts its work after the commit that asked for it, not inside it, and still finishes', async () => {
    flushSync(() => root.render(<Shows factory={job} />));
    // The commit (and its effects) is over: none of the job ran in it.
    expect(steps).toEqual([]);
    expect(host.textContent).toBe('working');
    for (let i = 0; i < 5 && host.textContent !== 'worked out'; i++) await macrotask();
    expect(steps).toEqual(['first step', 'second step']);
    expect(host.textContent).toBe('worked out');
  });

  it('never starts a job that a newer one replaced before it began', async () => {
    const other = function* (): Generator<number, string, void> {
      steps.push('other');
      yield 1;
      return 'newer';
    };
    flushSync(() => root.render(<Shows factory={job} />));
    flushSync(() => root.render(<Shows factory={other} />));
    for (let i = 0; i < 5 && host.textContent !== 'newer'; i++) await macrotask();
    expect(steps).toEqual(['other']);
    expect(host.textContent).toBe('newer');
  });
});
