/** The lengths of time the core counts in, so that no file writes 60_000 of its own. */
export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const MINUTES_AN_HOUR = 60;
export const MINUTES_A_DAY = 24 * MINUTES_AN_HOUR;

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', DAY_MS],
  ['hour', HOUR_MS],
  ['minute', MINUTE_MS],
];

/** "3 minutes ago", "yesterday", "now", in the given language. Empty for a time that cannot be read. */
export function relativeTime(iso: string, nowMs: number, locale: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const elapsed = at - nowMs;
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return format.format(Math.round(elapsed / size), unit);
  }
  return format.format(0, 'second');
}

/** The full date and time, for hover text. */
export function absoluteTime(iso: string, locale: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
