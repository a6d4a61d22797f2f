import { rank } from '../../severity';
import { type HistoryDay, MAX_DAY_TITLES } from '../model';
import { TROUBLE_LEVELS } from './fold-day';

export type { FoldOptions } from './fold-day';
export { foldIntervals, type IntervalFoldOptions } from './fold-intervals';
export { foldRecords } from './fold-records';

function mergeDay(a: HistoryDay, b: HistoryDay): HistoryDay {
  if (a.level === 'no_data' || b.level === 'no_data') return a.level === 'no_data' ? b : a;
  const [worse, better] = rank(b.level) > rank(a.level) ? [b, a] : [a, b];
  const minutes: HistoryDay['minutes'] = {};
  for (const level of TROUBLE_LEVELS) {
    const longer = Math.max(a.minutes[level] ?? 0, b.minutes[level] ?? 0);
    if (longer > 0) minutes[level] = longer;
  }
  const titles = [...new Set([...worse.titles, ...better.titles])].slice(0, MAX_DAY_TITLES);
  const unchecked = Math.max(a.uncheckedMinutes ?? 0, b.uncheckedMinutes ?? 0);
  return {
    day: a.day,
    level: worse.level,
    minutes,
    titles,
    ...(unchecked > 0 ? { uncheckedMinutes: unchecked } : {}),
    ...(a.ongoing || b.ongoing ? { ongoing: true as const } : {}),
  };
}

/**
 * One strip from two views of one page (its summed days and its intervals), on `a`'s days: each day the worse
 * level, a day one view knows nothing of taking the other's. Both views count the same trouble, so a level's
 * minutes are the longer of the two, never their sum. An interval strip from an empty list reads operational
 * throughout: merge it only when the page does give intervals.
 */
export function mergeStrips(a: readonly HistoryDay[], b: readonly HistoryDay[]): HistoryDay[] {
  const other = new Map(b.map((day) => [day.day, day]));
  return a.map((day) => {
    const match = other.get(day.day);
    return match ? mergeDay(day, match) : day;
  });
}
