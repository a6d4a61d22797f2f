import { TROUBLE_LEVELS } from '../history/fold/fold-day';
import type { DayLevel, HistoryDay, TroubleLevel } from '../history/model';
import type { AssistantHistory } from '../history/view/view';
import {
  compareReliability,
  OUTAGE_MINUTES,
  RANKED_MINUTES,
  type ReliabilityFigure,
  type ReliabilityWindow,
} from './reliability-order';

export { compareReliability, type ReliabilityFigure, type ReliabilityWindow } from './reliability-order';

/**
 * Who has been reliable lately: an assistant's last 30 or 90 days reduced to a few counts (view/reliability-order
 * says how they are ranked).
 */

const TROUBLE: ReadonlySet<DayLevel> = new Set(RANKED_MINUTES);
const OUTAGE: ReadonlySet<DayLevel> = new Set(OUTAGE_MINUTES);

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

/** Every history's figure over the window, most reliable first; ties stay in the order given. */
export function rankByReliability(histories: readonly AssistantHistory[], window: ReliabilityWindow): ReliabilityFigure[] {
  // Array.prototype.sort is stable (ES2019), which keeps ties in the order given.
  return histories.map((history) => reliabilityOf(history, window)).sort(compareReliability);
}
