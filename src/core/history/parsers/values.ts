import { optionalString } from '../../fetch/body';
import type { Severity } from '../../model';
import { timeOf } from '../../platforms/json-entries';
import { titleText } from '../../platforms/platform';
import { cleanText } from '../../text-hygiene';
import { MINUTES_A_DAY, SECOND_MS } from '../../time';
import { type DayKey, type DayRecord, HISTORY_DAYS, MAX_DAY_TITLES, type TroubleInterval, type TroubleLevel } from '../model';

/**
 * Small readers shared by the history parsers. A history body is as untrusted as a status body: a value
 * that cannot be read is left out (its day then reads "no data"), never guessed, and never thrown over.
 */

/** A title as the strip may show it: cleaned of controls and invisible characters, trimmed, cut to the cap; undefined when empty. */
export function historyTitle(value: unknown): string | undefined {
  // Cleaned before titleText trims, so that a control character in front of a space leaves no space behind.
  const title = titleText(typeof value === 'string' ? cleanText(value) : '');
  return title === '' ? undefined : title;
}

/** Titles each once, at most a day's worth: the strip names a few, and a page can list thousands. */
export function dayTitles(titles: readonly (string | undefined)[]): string[] {
  const kept: string[] = [];
  for (const title of titles) {
    if (title !== undefined && !kept.includes(title) && kept.length < MAX_DAY_TITLES) kept.push(title);
  }
  return kept;
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` that is a real calendar day (no 2026-02-31), or undefined. */
export function dayKeyText(value: unknown): DayKey | undefined {
  if (typeof value !== 'string' || !DAY_KEY.test(value)) return undefined;
  const noon = Date.parse(`${value}T12:00:00Z`);
  return Number.isFinite(noon) && new Date(noon).toISOString().startsWith(value) ? value : undefined;
}

/** Epoch ms of an ISO time, or undefined for one absent or unreadable. */
export function msOfIso(value: unknown): number | undefined {
  const text = optionalString(value);
  if (text === undefined) return undefined;
  const ms = timeOf(text);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The last second JavaScript dates can hold in year 9999: past it, a "time" is a wrong value, not a time. */
const LAST_SECOND = 253_402_300_799;

/** Epoch ms of epoch seconds (Flashduty); 0, negative or absurd reads as no time. */
export function msOfSeconds(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > LAST_SECOND) return undefined;
  return value * SECOND_MS;
}

/**
 * Whole minutes of a duration in seconds, at most a day's. Under a minute of trouble still counts one, so
 * that a short outage is not told as none; no duration, or one that is not a number, is 0.
 */
export function minutesOfSeconds(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return 0;
  return Math.min(MINUTES_A_DAY, Math.max(1, Math.round(value / 60)));
}

const DECIMAL = /^\d{1,3}(\.\d+)?$/;

/** A published percentage, 0 to 100, written as a number or as text ("99.95", incident.io's form); else undefined. */
export function percentOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value.trim()) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 && number <= 100 ? number : undefined;
}

/** The earliest of some instants, or undefined when there is none. */
export function earliestMs(instants: readonly (number | undefined)[]): number | undefined {
  const known = instants.filter((ms): ms is number => ms !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
}

/**
 * The trouble a platform's word stands for: operational is none. A word we do not know on an impact the page
 * listed is still trouble, at the floor, as an open incident without a stated impact reads (core/platforms/reading).
 */
export function troubleOf(severity: Severity): TroubleLevel | undefined {
  if (severity === 'operational') return undefined;
  return severity === 'unknown' ? 'degraded' : severity;
}

/** Longer than any IANA name: Intl is not asked about a 100 KB "zone". */
const MAX_ZONE_LENGTH = 64;

/** The zone when Intl knows it, else the fallback: a day key in a zone nobody can compute is no day key. */
export function zoneOr(value: unknown, fallback = 'UTC'): string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_ZONE_LENGTH) return fallback;
  try {
    // Intl throws a RangeError for a zone it does not know: the one check every browser agrees on.
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value;
  } catch {
    return fallback;
  }
}

/** A component's days, oldest first, at most the strip's 90: a page that sends years keeps only what is shown. */
export function lastDays(records: readonly DayRecord[]): DayRecord[] {
  return [...records].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)).slice(-HISTORY_DAYS);
}

/**
 * A trouble of a page as an interval, its title already cleaned (historyTitle). One resolved before the time it
 * says it started (Cursor's page has one) is an instant, not a negative span; each component once.
 */
export function troubleInterval(
  startMs: number,
  endMs: number | undefined,
  level: TroubleLevel,
  title: string | undefined,
  componentIds: readonly string[],
): TroubleInterval {
  return {
    startMs,
    ...(endMs === undefined ? {} : { endMs: Math.max(startMs, endMs) }),
    level,
    ...(title ? { title } : {}),
    ...(componentIds.length > 0 ? { componentIds: [...new Set(componentIds)] } : {}),
  };
}
