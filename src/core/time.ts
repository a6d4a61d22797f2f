/** The lengths of time the core counts in, so that no file writes 60_000 of its own. */
export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;
export const MINUTES_AN_HOUR = 60;
export const MINUTES_A_DAY = 24 * MINUTES_AN_HOUR;

/**
 * Up to this far from now a time is told relatively ("3 weeks ago"); beyond it, as a date: "1,634 days ago"
 * makes the reader do arithmetic that a date spares them.
 */
export const RELATIVE_UP_TO_MS = 4 * WEEK_MS;

/** Each unit from the length at which it reads better than the next smaller one ("10 days ago", then "2 weeks ago"). */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, size: number, from: number][] = [
  ['week', WEEK_MS, 2 * WEEK_MS],
  ['day', DAY_MS, DAY_MS],
  ['hour', HOUR_MS, HOUR_MS],
  ['minute', MINUTE_MS, MINUTE_MS],
];

/**
 * "3 minutes ago", "yesterday", "2 weeks ago", "now", in the given language; beyond a few weeks, the date
 * ("Jun 11, 2022"). Empty for a time that cannot be read.
 */
export function relativeTime(iso: string, nowMs: number, locale: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const elapsed = at - nowMs;
  if (Math.abs(elapsed) > RELATIVE_UP_TO_MS) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size, from] of UNITS) {
    if (Math.abs(elapsed) >= from) return format.format(Math.round(elapsed / size), unit);
  }
  return format.format(0, 'second');
}

/** The full date and time, for hover text. */
export function absoluteTime(iso: string, locale: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** "12 minutes", "3 hours": a length of time in words, in minutes up to two hours, then in whole hours. */
export function durationWords(minutes: number, locale: string): string {
  const [amount, unit] =
    minutes < 2 * MINUTES_AN_HOUR ? [Math.round(minutes), 'minute'] : [Math.round(minutes / MINUTES_AN_HOUR), 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/** "14:02" or "2:02 PM": the time of day of an epoch minute, in the user's language and time zone. */
export function timeOfDay(minute: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(minute * MINUTE_MS);
}
