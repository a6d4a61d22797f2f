import { rank, SEVERITY_ORDER } from '../../severity';
import { MINUTE_MS } from '../../time';
import { lastDayKeys, nextDayKey, startOfDayMs } from '../calendar';
import { type DayKey, type DayLevel, HISTORY_DAYS, type HistoryDay, MAX_DAY_TITLES, type TroubleLevel } from '../model';

/** What every fold is asked: which days, in whose calendar, up to when. */
export interface FoldOptions {
  nowMs: number;
  timeZone: string;
  /** The strip's length; HISTORY_DAYS when absent. */
  days?: number;
}

export const TROUBLE_LEVELS: readonly TroubleLevel[] = SEVERITY_ORDER.filter(
  (level): level is TroubleLevel => level !== 'operational',
);

/** Parsed data is typed, but its levels came from a feed: a word that slipped through must not rank as -1 and count. */
export function isTroubleLevel(level: unknown): level is TroubleLevel {
  return TROUBLE_LEVELS.some((known) => known === level);
}

/** The strip's days, and where each begins and ends: `bounds[i]` to `bounds[i + 1]`, one more bound than days. */
export interface FoldWindow {
  keys: DayKey[];
  bounds: number[];
}

export function windowOf({ nowMs, timeZone, days = HISTORY_DAYS }: FoldOptions): FoldWindow {
  const keys = lastDayKeys(nowMs, timeZone, days);
  const bounds = keys.map((key) => startOfDayMs(key, timeZone));
  const last = keys.at(-1);
  if (last !== undefined) bounds.push(startOfDayMs(nextDayKey(last), timeZone));
  return { keys, bounds };
}

export function dayMinutes(range: FoldWindow, index: number): number {
  return Math.round(((range.bounds[index + 1] ?? 0) - (range.bounds[index] ?? 0)) / MINUTE_MS);
}

/**
 * Whole minutes for a day's count: trouble of under a minute still shows as one, so that the day's colour and
 * its label agree; never more than the day is long (sources that sum their own minutes can overshoot).
 */
export function wholeMinutes(minutes: number, dayLength: number): number {
  return Math.min(dayLength, Math.max(1, Math.round(minutes)));
}

export function noDataDay(day: DayKey): HistoryDay {
  return { day, level: 'no_data', minutes: {}, titles: [] };
}

export interface TitleSeen {
  title: string;
  level: DayLevel;
  /** Breaks ties between titles of one level, so that the label does not depend on the order sources listed them. */
  order: number;
}

const levelRank = (level: DayLevel) => (level === 'no_data' ? -1 : rank(level));

/** The day's label: distinct titles, worst level first, at most MAX_DAY_TITLES. */
export function pickTitles(seen: readonly TitleSeen[]): string[] {
  const sorted = [...seen].sort(
    (a, b) =>
      levelRank(b.level) - levelRank(a.level) || a.order - b.order || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
  const titles: string[] = [];
  for (const { title } of sorted) {
    if (titles.length >= MAX_DAY_TITLES) break;
    if (title.trim() !== '' && !titles.includes(title)) titles.push(title);
  }
  return titles;
}
