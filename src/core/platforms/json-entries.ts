import { optionalString } from '../fetch/body';
import { isRecord } from '../fetch/fields';

/**
 * Small readers shared by the JSON platform parsers: a payload's lists, ids and times are untrusted, so a
 * malformed entry is skipped and an unreadable time never wins.
 */

/** The objects of a list; anything else in it, or a value that is not a list, reads as nothing. */
export function recordsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** An id that may be written as a number (Better Stack's foreign keys, Flashduty's change ids) or as text. */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return optionalString(value);
}

/** Epoch ms, or -Infinity for a time that cannot be read, so that unreadable times sort last. */
export function timeOf(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/** The earliest readable time as it was written, or '' when none can be read. */
export function earliestTime(times: readonly (string | undefined)[]): string {
  return pick(times, (a, b) => a < b);
}

/** The latest readable time as it was written, or '' when none can be read. */
export function latestTime(times: readonly (string | undefined)[]): string {
  return pick(times, (a, b) => a > b);
}

function pick(times: readonly (string | undefined)[], better: (a: number, b: number) => boolean): string {
  let chosen = '';
  for (const time of times) {
    if (time === undefined || timeOf(time) === Number.NEGATIVE_INFINITY) continue;
    if (chosen === '' || better(timeOf(time), timeOf(chosen))) chosen = time;
  }
  return chosen;
}

/** Newest first by the given time; entries whose time cannot be read go last. */
export function newestFirst<T>(entries: T[], timeOfEntry: (entry: T) => string): T[] {
  return [...entries].sort((a, b) => {
    const difference = timeOf(timeOfEntry(b)) - timeOf(timeOfEntry(a));
    return Number.isNaN(difference) ? 0 : difference;
  });
}
