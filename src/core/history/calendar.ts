import { DAY_MS } from '../time';
import { type DayKey, HISTORY_DAYS } from './model';

/** Building a formatter costs far more than using one: one per zone, for the worker's life. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const known = FORMATTERS.get(timeZone);
  if (known) return known;
  let made: Intl.DateTimeFormat;
  try {
    made = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    // The zone comes from a status page or the machine: one Intl does not know is read as UTC, never a throw.
    made = formatterFor('UTC');
  }
  FORMATTERS.set(timeZone, made);
  return made;
}

/** The calendar day of an instant in a zone, `YYYY-MM-DD`. */
export function dayKeyOf(ms: number, timeZone: string): DayKey {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The last `count` days of the zone's calendar, oldest first, ending with the day `nowMs` falls on. */
export function lastDayKeys(nowMs: number, timeZone: string, count: number = HISTORY_DAYS): DayKey[] {
  const keys: DayKey[] = [];
  // Noon-to-noon steps of 24 h cannot skip or repeat a day across a DST change of an hour or two.
  const today = dayKeyOf(nowMs, timeZone);
  const noon = Date.parse(`${today}T12:00:00Z`);
  for (let back = count - 1; back >= 0; back -= 1) keys.push(new Date(noon - back * DAY_MS).toISOString().slice(0, 10));
  return keys;
}

/** The first instant of the day after the one `ms` falls on: a search, as a zone's day may be 23 to 25 hours. */
function nextMidnightMs(ms: number, timeZone: string): number {
  const day = dayKeyOf(ms, timeZone);
  let low = ms;
  let high = ms + DAY_MS + 3 * 60 * 60 * 1000;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (dayKeyOf(middle, timeZone) === day) low = middle;
    else high = middle;
  }
  return high;
}

/** The minutes of [startMs, endMs) on each calendar day of the zone it touches, in order. */
export function minutesByDay(startMs: number, endMs: number, timeZone: string): { day: DayKey; minutes: number }[] {
  const parts: { day: DayKey; minutes: number }[] = [];
  // Bounded by the strip: of an interval of years (a clock gone wrong) only the strip's days are walked.
  let from = Math.max(startMs, endMs - (HISTORY_DAYS + 1) * DAY_MS);
  for (let guard = 0; from < endMs && guard <= HISTORY_DAYS + 1; guard += 1) {
    const to = Math.min(endMs, nextMidnightMs(from, timeZone));
    parts.push({ day: dayKeyOf(from, timeZone), minutes: (to - from) / 60_000 });
    from = to;
  }
  return parts;
}
