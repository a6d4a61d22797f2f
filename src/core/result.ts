import type { ReadErrorKind } from './model';

/** Why a body could not be read, before it is tied to a source and a time. */
export interface Failure {
  kind: ReadErrorKind;
  message: string;
  status?: number;
  /** The server's Retry-After, in milliseconds. */
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(kind: ReadErrorKind, message: string, status?: number): Result<T> {
  return { ok: false, failure: status === undefined ? { kind, message } : { kind, message, status } };
}
