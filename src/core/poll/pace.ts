import { MINUTE_MS } from '../time';

/** The KB of `Source.weightKB`: 1000 bytes, as sizes on the wire are counted. */
export const KB = 1000;

/**
 * The longest a paced source waits between fetches: the detection delay an outage on it may cost. An
 * assistant's status page is read every 2 minutes by default; 10 minutes is the most a heavy page is allowed
 * to lag behind, and no longer than many status pages take to post their first word about an incident.
 */
export const MAX_PACE_MS = 10 * MINUTE_MS;

/**
 * How much uncompressed body a source without validators may cost per minute before it is paced: 32 KB a
 * default 2-minute poll. Every Statuspage and incident.io summary, Flashduty's summary and the small feeds are
 * under it (3 to 22 KB: test/fixtures), so they are read at every poll whatever their host sends; the heavy
 * ones are Google's two incident lists (169 and 400 KB), xAI's feed (124 KB), Hugging Face's Better Stack page
 * (81 KB) and DeepSeek's change list (82 KB, a fallback). These are JSON and XML that hosts send gzipped at
 * 5 to 20 % of their size (measured on the captures: test/bench/network.ts), so a heavy page at this pace costs
 * 1 to 3 KB a minute on the wire, where a 304 costs well under 1 KB a poll.
 */
export const BYTES_PER_MINUTE = 16 * KB;

/**
 * The least time between two fetches of a source. With a validator (ETag or Last-Modified) the browser
 * revalidates and an unchanged body costs a few hundred bytes, so such a source is read at every poll, as is
 * one of unknown weight. Without, a body is fetched whole each time, and the wait grows with its weight,
 * `bytes / BYTES_PER_MINUTE`, up to MAX_PACE_MS. It is a whole number of polls, rounded down, so that a
 * due source is read by the poll at or before the moment its weight asks for, never one poll later.
 *
 * At the default 2-minute poll: under 64 KB every poll (2 min); 64 to 96 KB every 4 min; 96 to 128 KB every
 * 6 min; 128 to 160 KB every 8 min; from 160 KB every 10 min. A poll period longer than MAX_PACE_MS paces nothing.
 */
export function paceMs(bytes: number, validated: boolean, pollMs: number): number {
  if (validated || !(bytes > 0) || !(pollMs > 0)) return pollMs;
  const wanted = Math.min(MAX_PACE_MS, (bytes / BYTES_PER_MINUTE) * MINUTE_MS);
  return Math.max(1, Math.floor(wanted / pollMs)) * pollMs;
}

/**
 * Whether a source last fetched at `lastMs` is due again. Alarms do not fire to the millisecond, so a source is
 * due from half a poll before its time: the poll nearest its time reads it. A clock that went back makes it due.
 */
export function isDue(lastMs: number, intervalMs: number, pollMs: number, nowMs: number): boolean {
  const elapsed = nowMs - lastMs;
  return !(elapsed >= 0) || elapsed >= intervalMs - pollMs / 2;
}
