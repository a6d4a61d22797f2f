import type { Result } from '../../../src/core/result';

/** The value of a read the test expects to succeed; a failure fails the test, saying why it failed. */
export function unwrap<T>(result: Result<T>, what?: string): T {
  if (!result.ok) throw new Error(`${what ? `${what}: ` : ''}${result.failure.kind}: ${result.failure.message}`);
  return result.value;
}
