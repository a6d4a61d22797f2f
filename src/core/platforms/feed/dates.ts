import { MINUTE_MS, MINUTES_AN_HOUR } from '../../time';

/**
 * Feed dates to ISO strings. Atom uses RFC 3339 (`2026-09-22T02:35:23Z`); RSS uses RFC 822 with any offset
 * (`Thu, 24 Sep 2026 06:20:46 +0800`, `... GMT`). Parsed here rather than by `Date.parse`, whose handling of
 * anything but ISO is left to each engine. Statuspage's update stamps (`Sep 22, 02:35 UTC`) carry no
 * year: it is taken from the entry's own date.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Zone names of RFC 822 and those Statuspage prints in update stamps, in minutes east of UTC. */
const ZONES = new Map<string, number>(
  Object.entries({
    z: 0,
    ut: 0,
    utc: 0,
    gmt: 0,
    est: -300,
    edt: -240,
    cst: -360,
    cdt: -300,
    mst: -420,
    mdt: -360,
    pst: -480,
    pdt: -420,
    cet: 60,
    cest: 120,
  }),
);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const RFC_822 =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?$/;
const MONTH_DAY_TIME = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?\s+([A-Za-z]{1,5})$/;

/** Earliest and latest instants a Date can print as ISO; beyond them `toISOString` throws. */
const MAX_TIME = 8.64e15;

/** An Atom or RSS date as an ISO string; undefined when it is not one. */
export function parseFeedDate(raw: string | undefined): string | undefined {
  const text = raw?.trim() ?? '';
  if (text === '' || text.length > 64) return undefined;
  if (ISO_DATE.test(text)) return toIso(Date.parse(text));
  const match = RFC_822.exec(text);
  if (!match) return undefined;
  const [, day, monthName, yearText, hour, minute, second, zone] = match;
  const month = monthIndex(monthName);
  const offset = zoneOffset(zone);
  if (month === undefined || offset === undefined) return undefined;
  let year = Number(yearText);
  if (yearText?.length === 2) year += year < 50 ? 2000 : 1900;
  return utc(year, month, Number(day), Number(hour), Number(minute), Number(second ?? 0), offset);
}

/**
 * A Statuspage update stamp (`Sep 22, 02:35 UTC`, `Aug 28, 10:33 PM UTC`) as an ISO string. The year is
 * the one that puts the stamp nearest to `anchor` (the entry's date): updates sit within days of it, and
 * an incident that opened in late December and closed in January still reads right.
 */
export function parseMonthDayTime(text: string, anchor: string | undefined): string | undefined {
  const match = MONTH_DAY_TIME.exec(text.trim());
  const anchorTime = anchor ? Date.parse(anchor) : Number.NaN;
  if (!match || Number.isNaN(anchorTime)) return undefined;
  const [, monthName, day, hourText, minute, meridiem, zone] = match;
  const month = monthIndex(monthName);
  const offset = zoneOffset(zone);
  if (month === undefined || offset === undefined) return undefined;
  const hour = twentyFourHour(Number(hourText), meridiem);
  if (hour === undefined) return undefined;
  const year = new Date(anchorTime).getUTCFullYear();
  const candidates = [year - 1, year, year + 1]
    .map((candidate) => utc(candidate, month, Number(day), hour, Number(minute), 0, offset))
    .filter((iso): iso is string => iso !== undefined);
  const distance = (iso: string) => Math.abs(Date.parse(iso) - anchorTime);
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

function monthIndex(name: string | undefined): number | undefined {
  const index = MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index;
}

function zoneOffset(zone: string | undefined): number | undefined {
  if (zone === undefined) return 0; // RFC 822 requires a zone; a missing one is most often UTC
  if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    return sign * (Number(zone.slice(1, 3)) * MINUTES_AN_HOUR + Number(zone.slice(3, 5)));
  }
  return ZONES.get(zone.toLowerCase());
}

function twentyFourHour(hour: number, meridiem: string | undefined): number | undefined {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return undefined;
  const pm = meridiem.toLowerCase() === 'p';
  return (hour % 12) + (pm ? 12 : 0);
}

/** The instant, or undefined when a field is out of range (no rolling 31 Sep over into October). */
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number) {
  if (hour > 23 || minute > 59 || second > 60 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month, day, hour, minute, Math.min(second, 59)));
  if (date.getUTCMonth() !== month || date.getUTCFullYear() !== year) return undefined;
  return toIso(date.getTime() - offset * MINUTE_MS);
}

function toIso(time: number): string | undefined {
  return Number.isFinite(time) && Math.abs(time) <= MAX_TIME ? new Date(time).toISOString() : undefined;
}
