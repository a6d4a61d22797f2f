import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time';
import { type DayKey, HISTORY_DAYS } from './model';

interface ZoneFormats {
  /** `YYYY-MM-DD` (en-CA writes dates that way). */
  day: Intl.DateTimeFormat;
  /** The wall clock to the second, to learn the zone's offset at an instant. */
  clock: Intl.DateTimeFormat;
}

/** Building a formatter costs far more than using one: one pair per zone, for the worker's life. */
const FORMATS = new Map<string, ZoneFormats>();

function formatsFor(timeZone: string): ZoneFormats {
  const known = FORMATS.get(timeZone);
  if (known) return known;
  let made: ZoneFormats;
  try {
    made = {
      day: new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
      clock: new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
    };
  } catch {
    // The zone comes from a status page (untrusted feed data) or the machine: one Intl does not know is read
    // as UTC, never a throw, so that a page naming a made-up zone still gets a strip.
    made = formatsFor('UTC');
  }
  FORMATS.set(timeZone, made);
  return made;
}

/** The calendar day of an instant in a zone, `YYYY-MM-DD`. */
export function dayKeyOf(ms: number, timeZone: string): DayKey {
  const parts = formatsFor(timeZone).day.formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Noon UTC of a day key: 24 h steps from noon cannot skip or repeat a day, whatever a zone's DST does. */
function noonOf(day: DayKey): number {
  return Date.parse(`${day}T12:00:00Z`);
}

/** The day after `day` on the calendar (the same in every zone). */
export function nextDayKey(day: DayKey): DayKey {
  return new Date(noonOf(day) + DAY_MS).toISOString().slice(0, 10);
}

/** The last `count` days of the zone's calendar, oldest first, ending with the day `nowMs` falls on. */
export function lastDayKeys(nowMs: number, timeZone: string, count: number = HISTORY_DAYS): DayKey[] {
  const keys: DayKey[] = [];
  const noon = noonOf(dayKeyOf(nowMs, timeZone));
  for (let back = count - 1; back >= 0; back -= 1) keys.push(new Date(noon - back * DAY_MS).toISOString().slice(0, 10));
  return keys;
}

/** How far the zone's wall clock is ahead of UTC at `ms`, to the second. */
function offsetMs(ms: number, timeZone: string): number {
  const parts = formatsFor(timeZone).clock.formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((item) => item.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(ms / 1000) * 1000;
}

function beginsDay(ms: number, day: DayKey, timeZone: string): boolean {
  return dayKeyOf(ms, timeZone) === day && dayKeyOf(ms - 1, timeZone) < day;
}

/**
 * The UTC instant at which `day` begins in the zone. NaN for a key that is not a date. Usually local midnight
 * found from the zone's offset; where a DST change skips midnight itself (it happens: Santiago, Havana), the
 * first instant that is that day, found by search.
 */
export function startOfDayMs(day: DayKey, timeZone: string): number {
  const utcMidnight = noonOf(day) - 12 * HOUR_MS;
  if (Number.isNaN(utcMidnight)) return Number.NaN;
  // The offset at the guess, then at the instant it points to: right on either side of a change near midnight.
  const guess = utcMidnight - offsetMs(utcMidnight, timeZone);
  const start = utcMidnight - offsetMs(guess, timeZone);
  if (beginsDay(start, day, timeZone)) return start;
  // Every zone's offset is within ±15 h of UTC.
  let low = utcMidnight - 15 * HOUR_MS;
  let high = utcMidnight + 15 * HOUR_MS;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (dayKeyOf(middle, timeZone) < day) low = middle;
    else high = middle;
  }
  return high;
}

/** How long `day` is in the zone: 24 h, or 23 or 25 (or 23.5 …) on a day the clocks change. */
export function dayLengthMs(day: DayKey, timeZone: string): number {
  return startOfDayMs(nextDayKey(day), timeZone) - startOfDayMs(day, timeZone);
}

/** The minutes of [startMs, endMs) on each calendar day of the zone it touches, in order. */
export function minutesByDay(startMs: number, endMs: number, timeZone: string): { day: DayKey; minutes: number }[] {
  const parts: { day: DayKey; minutes: number }[] = [];
  // Bounded by the strip: of an interval of years (a clock gone wrong) only the strip's days are walked.
  let from = Math.max(startMs, endMs - (HISTORY_DAYS + 1) * DAY_MS);
  for (let guard = 0; from < endMs && guard <= HISTORY_DAYS + 1; guard += 1) {
    const day = dayKeyOf(from, timeZone);
    const to = Math.min(endMs, startOfDayMs(nextDayKey(day), timeZone));
    parts.push({ day, minutes: (to - from) / MINUTE_MS });
    from = to;
  }
  return parts;
}
