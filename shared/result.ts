/** Ends an exhaustive switch: the compiler proves it unreachable, and it throws if data lies. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}

/** An error a trust manager can act on, with a stable code for tests and logs. */
export class AppError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
