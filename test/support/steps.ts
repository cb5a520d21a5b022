/**
 * Runs a stepped computation (a generator that yields its progress, a fraction, between steps) to its
 * end, as the tests of every stepped job do: its result, and the progress it reported on the way.
 */
export function runSteps<T>(steps: Generator<number, T, void>): { value: T; fractions: number[] } {
  const fractions: number[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, fractions };
    fractions.push(step.value);
  }
}
