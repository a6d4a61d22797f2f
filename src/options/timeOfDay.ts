/**
 * A time of day (minutes after midnight) as the user's language writes it: "10:00 PM" in American English,
 * "22:00" in German and French. Every time of day the options page shows in text goes through here, so a
 * hint reads as the time fields do; `timeStyle: 'short'` is also how snooze times are written.
 */
export function formatTimeOfDay(minutes: number, language: string): string {
  // In UTC, so that no time zone or daylight saving change moves the wall-clock time.
  const at = Date.UTC(1970, 0, 1, Math.floor(minutes / 60), minutes % 60);
  return new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: 'UTC' }).format(at);
}
