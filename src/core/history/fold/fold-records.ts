import { worst } from '../../severity';
import type { DayKey, DayRecord, HistoryDay, TroubleLevel } from '../model';
import {
  dayMinutes,
  type FoldOptions,
  isTroubleLevel,
  noDataDay,
  pickTitles,
  TROUBLE_LEVELS,
  wholeMinutes,
  windowOf,
} from './fold-day';

/** The minutes a record gives a level, if it gives a usable number (feed data: negative or NaN is nothing). */
function minutesOf(record: DayRecord, level: TroubleLevel): number {
  const value = record.minutes?.[level];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * The strip from days a platform summed, oldest first. Several records of one day (one per component) are one
 * day: the worst level, the minutes of each level added up (to at most the day's length), the titles of all.
 * A day no record speaks of is `no_data`: the platform did not say it was quiet.
 */
export function foldRecords(records: readonly DayRecord[], options: FoldOptions): HistoryDay[] {
  const range = windowOf(options);
  const byDay = new Map<DayKey, DayRecord[]>(range.keys.map((key) => [key, []]));
  for (const record of records) byDay.get(record.day)?.push(record);
  return range.keys.map((day, index): HistoryDay => {
    const dayRecords = byDay.get(day) ?? [];
    if (dayRecords.length === 0) return noDataDay(day);
    const minutes: HistoryDay['minutes'] = {};
    for (const level of TROUBLE_LEVELS) {
      const sum = dayRecords.reduce((total, record) => total + minutesOf(record, level), 0);
      if (sum > 0) minutes[level] = wholeMinutes(sum, dayMinutes(range, index));
    }
    // Minutes of a level are that level seen: a day never reads better than the trouble it counts.
    const counted = Object.keys(minutes).filter(isTroubleLevel);
    const titles = dayRecords.flatMap((record) =>
      (record.titles ?? []).map((title) => ({ title, level: record.level, order: 0 })),
    );
    return { day, level: worst([...dayRecords.map((record) => record.level), ...counted]), minutes, titles: pickTitles(titles) };
  });
}
