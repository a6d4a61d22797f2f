import { hasStatusSource, type Provider } from '../../model';
import { HOUR_MS } from '../../time';
import { mergeStrips } from '../fold/fold';
import type { OwnRecord } from '../own/own-record';
import { ownStrip } from '../own/own-record';
import type { PageHistories } from '../pages/page-store';
import type { HistoryPlan } from '../pages/plan';
import type { AssistantHistory, HistoryBasis, HistoryView } from './view';

export interface BuildOptions {
  nowMs: number;
  /** The user's zone: the strip ends on the user's today. */
  timeZone: string;
  /** The days the user's own requests failed, by assistant (issue 17), in the same calendar. */
  ownFailureDays?: Readonly<Record<string, readonly string[]>>;
}

const knows = (days: AssistantHistory['days']) => days.some((day) => day.level !== 'no_data');

/**
 * Each watched assistant's strip: the page's history where it has one, the radar's own record where it has
 * not (a page without history, the days since the page was last read, the days before its history reaches).
 * On the user's calendar: a page's day is matched by its date, so a page in another zone is off by at most its
 * offset at the ends of a day, never by a day's worth of marks. Both count the same trouble: where both know a
 * day, the worse level and the longer minutes (history/fold mergeStrips), never a sum.
 */
export function buildHistoryView(
  watched: readonly Provider[],
  plans: readonly HistoryPlan[],
  store: PageHistories,
  own: OwnRecord,
  options: BuildOptions,
): HistoryView {
  const assistants: HistoryView['assistants'] = {};
  for (const provider of watched) {
    if (!hasStatusSource(provider)) continue;
    // An outage under way is counted to the last full hour: the view changes hourly then, not at every poll.
    const ownDays = ownStrip(own, provider.id, options.nowMs, options.timeZone, {
      openCountedToMs: Math.floor(options.nowMs / HOUR_MS) * HOUR_MS,
    });
    const plan = plans.find((candidate) => candidate.providerIds.includes(provider.id));
    const entry = plan ? store.pages[plan.key] : undefined;
    const page = entry?.assistants[provider.id];
    const merged = page ? mergeStrips(ownDays, page.days) : ownDays;
    const failed = new Set(options.ownFailureDays?.[provider.id] ?? []);
    const days =
      failed.size === 0 ? merged : merged.map((day) => (failed.has(day.day) ? { ...day, ownFailures: true as const } : day));
    const fromPage = page !== undefined && knows(page.days);
    const basis: HistoryBasis = fromPage ? (knows(ownDays) ? 'page+own' : 'page') : 'own';
    assistants[provider.id] = {
      providerId: provider.id,
      days,
      uptimes: page?.uptimes ?? [],
      basis,
      ...(entry?.readAtMs !== undefined ? { readAtMs: entry.readAtMs } : {}),
      ...(entry?.failedAtMs !== undefined && (entry.readAtMs === undefined || entry.failedAtMs > entry.readAtMs)
        ? { failedAtMs: entry.failedAtMs }
        : {}),
    };
  }
  return { version: 1, builtAtMs: options.nowMs, assistants };
}
