import type { TroubleLevel } from '../history/model';

/**
 * The order of reliability, apart from the counting (view/reliability) so that the popup's first screen, which
 * orders "Switch to" by figures the worker stored, loads only this.
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

/** The minutes compared when ranking, worst first; maintenance is left out on purpose (see the rule above). */
export const RANKED_MINUTES: readonly TroubleLevel[] = ['major_outage', 'partial_outage', 'degraded'];

/** The levels that make a day an outage day (rule 2), worst first; the popup and the CLI sum their minutes. */
export const OUTAGE_MINUTES: readonly TroubleLevel[] = ['major_outage', 'partial_outage'];

function hasNoData(figure: ReliabilityFigure): boolean {
  return figure.noDataDays >= figure.window;
}

/** Less than half the window is known: too little to say it was reliable. */
function littleKnown(figure: ReliabilityFigure): boolean {
  return figure.noDataDays * 2 > figure.window;
}

/** <0 when `a` is more reliable, >0 when `b` is, 0 for a tie; no figure at all ranks after any figure. */
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
