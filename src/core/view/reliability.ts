import type { DayLevel, HistoryDay, TroubleLevel } from '../history/model';
import type { AssistantHistory } from '../history/view/view';

/**
 * Who has been reliable lately: an assistant's last 30 or 90 days reduced to a few counts, and the order
 * "Switch to" and the terminal's ranking use.
 *
 * The ranking rule, most reliable first:
 *  1. a window known for less than half its days ranks after every window known for more, and one with no
 *     data at all last (little is known, so little is promised: a day watched without trouble is not a month);
 *  2. fewer outage days (partial or major outage);
 *  3. when both figures count minutes: fewer major-outage minutes, then fewer partial-outage minutes, then
 *     fewer degraded minutes (minutes are only compared when both sides know them: a page that gives no
 *     durations is never ranked on minutes made up for it);
 *  4. fewer trouble days (degraded or worse);
 *  5. otherwise a tie, kept in the order given (the user's order).
 * Maintenance never counts against an assistant: it is announced work, not a failure.
 */

export type ReliabilityWindow = 30 | 90;

export interface ReliabilityFigure {
  providerId: string;
  window: ReliabilityWindow;
  /**
   * 'minutes' when every trouble day in the window says how long it lasted, so `minutes` is the whole story;
   * 'days' when some did not, and the figure must be read as "days with incidents" (its minutes are partial
   * and a UI shows only the days).
   */
  counts: 'minutes' | 'days';
  /** Minutes by level summed over the window, where the days give them. */
  minutes: Partial<Record<TroubleLevel, number>>;
  /** Days degraded or worse. Maintenance is not trouble: it is planned and announced, so it does not count. */
  troubleDays: number;
  /** Days with a partial or major outage. */
  outageDays: number;
  /** Days nothing is known of, including the days before the history starts. */
  noDataDays: number;
}

const TROUBLE: ReadonlySet<DayLevel> = new Set(['degraded', 'partial_outage', 'major_outage']);
const OUTAGE: ReadonlySet<DayLevel> = new Set(['partial_outage', 'major_outage']);
const TROUBLE_LEVELS: readonly TroubleLevel[] = ['maintenance', 'degraded', 'partial_outage', 'major_outage'];
/** The minutes compared when ranking, worst first; maintenance is left out on purpose (see the rule above). */
const RANKED_MINUTES: readonly TroubleLevel[] = ['major_outage', 'partial_outage', 'degraded'];

/** A trouble day "carries minutes" when it gives a duration at some level that counts as trouble. */
function carriesMinutes(day: HistoryDay): boolean {
  return RANKED_MINUTES.some((level) => (day.minutes[level] ?? 0) > 0);
}

export function reliabilityOf(history: AssistantHistory, window: ReliabilityWindow): ReliabilityFigure {
  const days = history.days.slice(-window);
  const minutes: Partial<Record<TroubleLevel, number>> = {};
  let troubleDays = 0;
  let outageDays = 0;
  // A history shorter than the window leaves its first days unknown, not operational.
  let noDataDays = window - days.length;
  let durationsKnown = true;
  for (const day of days) {
    if (day.level === 'no_data') noDataDays += 1;
    if (TROUBLE.has(day.level)) {
      troubleDays += 1;
      if (!carriesMinutes(day)) durationsKnown = false;
    }
    if (OUTAGE.has(day.level)) outageDays += 1;
    for (const level of TROUBLE_LEVELS) {
      const value = day.minutes[level];
      if (value !== undefined && value > 0) minutes[level] = (minutes[level] ?? 0) + value;
    }
  }
  return {
    providerId: history.providerId,
    window,
    counts: durationsKnown ? 'minutes' : 'days',
    minutes,
    troubleDays,
    outageDays,
    noDataDays,
  };
}

function hasNoData(figure: ReliabilityFigure): boolean {
  return figure.noDataDays >= figure.window;
}

/** <0 when `a` is more reliable, >0 when `b` is, 0 for a tie; no figure at all ranks after any figure. */
/** Less than half the window is known: too little to say it was reliable. */
function littleKnown(figure: ReliabilityFigure): boolean {
  return figure.noDataDays * 2 > figure.window;
}

export function compareReliability(a: ReliabilityFigure | undefined, b: ReliabilityFigure | undefined): number {
  if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  const blind = Number(hasNoData(a)) - Number(hasNoData(b));
  if (blind !== 0 || hasNoData(a)) return blind;
  const little = Number(littleKnown(a)) - Number(littleKnown(b));
  if (little !== 0) return little;
  if (a.outageDays !== b.outageDays) return a.outageDays - b.outageDays;
  if (a.counts === 'minutes' && b.counts === 'minutes') {
    for (const level of RANKED_MINUTES) {
      const difference = (a.minutes[level] ?? 0) - (b.minutes[level] ?? 0);
      if (difference !== 0) return difference;
    }
  }
  return a.troubleDays - b.troubleDays;
}

/** Every history's figure over the window, most reliable first; ties stay in the order given. */
export function rankByReliability(histories: readonly AssistantHistory[], window: ReliabilityWindow): ReliabilityFigure[] {
  // Array.prototype.sort is stable (ES2019), which keeps ties in the order given.
  return histories.map((history) => reliabilityOf(history, window)).sort(compareReliability);
}
