import type { QuietHours } from '../model';
import { MINUTE_MS, MINUTES_A_DAY, MINUTES_AN_HOUR } from '../time';

/** Minutes after local midnight in `timeZone` (an IANA name), through Intl: no browser API needed. */
export function localMinutes(nowMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(nowMs);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return value('hour') * MINUTES_AN_HOUR + value('minute');
}

/** Whether `nowMs` falls in the window; a window may cross midnight, and an empty one (start = end) is never on. */
export function isQuietTime(quiet: QuietHours, nowMs: number, timeZone: string): boolean {
  if (!quiet.enabled || quiet.startMinutes === quiet.endMinutes) return false;
  const minutes = localMinutes(nowMs, timeZone);
  return quiet.startMinutes < quiet.endMinutes
    ? minutes >= quiet.startMinutes && minutes < quiet.endMinutes
    : minutes >= quiet.startMinutes || minutes < quiet.endMinutes;
}

/** The next local midnight after `nowMs`: when a "until tomorrow" snooze ends. */
export function nextLocalMidnight(nowMs: number, timeZone: string): number {
  const minutes = localMinutes(nowMs, timeZone);
  const startOfMinute = nowMs - (nowMs % MINUTE_MS);
  // Stepping minute by minute would be exact but slow; the local clock only jumps at DST changes, so one
  // correction after the first estimate lands on midnight.
  let candidate = startOfMinute + (MINUTES_A_DAY - minutes) * MINUTE_MS;
  const drift = localMinutes(candidate, timeZone);
  if (drift !== 0) candidate -= (drift < MINUTES_A_DAY / 2 ? drift : drift - MINUTES_A_DAY) * MINUTE_MS;
  return candidate;
}
