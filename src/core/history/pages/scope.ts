import type { Provider } from '../../model';
import { foldIntervals, foldRecords } from '../fold/fold';
import type { HistoryDay, PageHistory, PublishedUptime } from '../model';
import { type HistoryPlan, isDaysFormat } from './plan';
import type { ReadHistory } from './read-history';

/**
 * A page's history cut to one assistant's components: ChatGPT's days are not the API's. An assistant without
 * component ids reads the whole page, as its live reading does.
 */

/** What a page's past says of one assistant: its days, and the uptime the page publishes for its components. */
export interface ScopedHistory {
  days: HistoryDay[];
  uptimes: PublishedUptime[];
}

export interface ScopeOptions {
  nowMs: number;
  /** The page keeps summed days (Better Stack, the Statuspage showcase) rather than intervals. */
  days: boolean;
}

function inScope(ids: ReadonlySet<string> | undefined, componentIds: readonly string[] | undefined): boolean {
  // An interval that names no component cannot be placed: counted for each assistant of the page, as the
  // live reading counts an incident that names none.
  if (!ids || !componentIds || componentIds.length === 0) return true;
  return componentIds.some((id) => ids.has(id));
}

export function scopeHistory(
  history: PageHistory,
  provider: Pick<Provider, 'componentIds'>,
  options: ScopeOptions,
): ScopedHistory {
  const ids = provider.componentIds && provider.componentIds.length > 0 ? new Set(provider.componentIds) : undefined;
  const fold = { nowMs: options.nowMs, timeZone: history.timeZone };
  const days = options.days
    ? foldRecords(
        history.records.filter((record) => inScope(ids, record.componentId === undefined ? undefined : [record.componentId])),
        fold,
      )
    : foldIntervals(
        history.intervals.filter((interval) => inScope(ids, interval.componentIds)),
        history.dataSinceMs === undefined ? fold : { ...fold, dataSinceMs: history.dataSinceMs },
      );
  // A page-wide figure is not an assistant's own when it is scoped: only its components' figures are shown.
  const uptimes = history.uptimes
    .filter((uptime) => (ids ? uptime.componentId !== undefined && ids.has(uptime.componentId) : true))
    .sort((a, b) => a.percent - b.percent || a.days - b.days);
  return { days, uptimes };
}

/** A page's history, read once, cut to each of the plan's assistants among `providers`: what the page keeps of them. */
export function scopePage(
  read: ReadHistory,
  plan: HistoryPlan,
  providers: readonly Provider[],
  nowMs: number,
): Record<string, ScopedHistory> {
  const days = isDaysFormat(read.request.format);
  const assistants: Record<string, ScopedHistory> = {};
  for (const provider of providers) {
    if (plan.providerIds.includes(provider.id)) assistants[provider.id] = scopeHistory(read.history, provider, { nowMs, days });
  }
  return assistants;
}
