import type { SourceBackoff } from '../model';
import type { Failure } from '../result';
import { HOUR_MS, MINUTE_MS } from '../time';

/** What one poll learnt of one source URL. */
export type SourceOutcome = { read: true } | { read: false; failure: Failure } | { deferred: true };

export type BackoffTable = Record<string, SourceBackoff>;

/** The wait after the second failure in a row; it doubles with each further one. */
export const BACKOFF_BASE_MS = MINUTE_MS;
/** Never wait longer than this on our own account: an outage can end any minute. */
export const BACKOFF_MAX_MS = 30 * MINUTE_MS;
/** A server may ask for more with Retry-After, up to this. */
export const RETRY_AFTER_MAX_MS = HOUR_MS;

/**
 * The wait after `failures` failures in a row. One failure is retried at the next poll (most faults are a
 * blip); from the second the wait grows, with jitter so that many browsers do not come back in step. The
 * server's Retry-After is honoured when it asks for longer.
 */
export function backoffDelay(failures: number, random: () => number, retryAfterMs?: number): number {
  const own = failures < 2 ? 0 : Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (failures - 2)) * (0.5 + random() / 2);
  const asked = retryAfterMs === undefined ? 0 : Math.min(RETRY_AFTER_MAX_MS, retryAfterMs);
  return Math.round(Math.max(own, asked));
}

/**
 * The table after one poll: a source that read is forgotten, one that failed counts one more failure and
 * waits, one that was skipped keeps its entry. Sources this poll did not touch (no longer watched) drop out,
 * so the table never outgrows the watch list.
 */
export function nextBackoff(
  previous: BackoffTable | undefined,
  outcomes: ReadonlyMap<string, SourceOutcome>,
  nowMs: number,
  random: () => number,
): BackoffTable {
  const next: BackoffTable = {};
  for (const [url, outcome] of outcomes) {
    const before = previous?.[url];
    if ('deferred' in outcome) {
      if (before) next[url] = before;
    } else if (!outcome.read) {
      const failures = (before?.failures ?? 0) + 1;
      const retryAt = nowMs + backoffDelay(failures, random, outcome.failure.retryAfterMs);
      next[url] = { failures, retryAt, failure: outcome.failure };
    }
  }
  return next;
}

/** A scheduled poll skips a source until its wait is over; it then reads as its last failure. */
export function deferredFailure(table: BackoffTable | undefined, url: string, nowMs: number): Failure | undefined {
  const entry = table?.[url];
  return entry !== undefined && entry.retryAt > nowMs ? entry.failure : undefined;
}
