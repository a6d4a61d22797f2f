import type { Provider, Source } from '../../model';
import { DAY_MS } from '../../time';
import { HISTORY_DAYS } from '../model';

/**
 * Where each watched assistant's past is read, one request per page (not per assistant): the assistants that
 * share a page (Claude, Claude Code and Claude API on status.claude.com) share its history, each then scoped
 * to its own components (history/pages/scope). Derived from the sources the catalog already polls, so that a page
 * the user added gets its history the same way.
 */

/** How a history body is read (history/pages/read-history has the parser of each). */
export type HistoryFormat =
  | 'statuspage-uptime'
  | 'incident-list'
  | 'incidentio-impacts'
  | 'betterstack'
  | 'flashduty-structure'
  | 'google-workspace'
  | 'google-cloud'
  | 'feed';

/** Whether a format keeps the page's past as summed days or as intervals: history/pages/scope folds each its own way. */
export function isDaysFormat(format: HistoryFormat): boolean {
  return format === 'statuspage-uptime' || format === 'betterstack';
}

export interface HistoryRequest {
  format: HistoryFormat;
  url: string;
}

export interface HistoryPlan {
  /** The page, by the first request's address without its query: stable while the ids asked for change. */
  key: string;
  /**
   * Tried in order, the next only when one cannot serve (a 404 from a Statuspage page that has not moved to
   * uptime_showcase, or an answer with no days): a page costs one request in the usual case.
   */
  requests: HistoryRequest[];
  /** The watched assistants this page's history is read for, in the user's order. */
  providerIds: string[];
}

/** Statuspage's uptime_showcase takes at most this many component ids (the page's own requests batch this many). */
export const MAX_SHOWCASE_IDS = 60;

const SUMMARY_PATH = '/api/v2/summary.json';

function statuspageBase(url: string): string | undefined {
  return url.endsWith(SUMMARY_PATH) ? url.slice(0, -SUMMARY_PATH.length) : undefined;
}

/** incident.io's window, in whole UTC days so that the address, and with it the HTTP cache, holds for a day. */
function impactsWindow(nowMs: number): { startAt: string; endAt: string } {
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  return {
    startAt: new Date(today - (HISTORY_DAYS - 1) * DAY_MS).toISOString(),
    endAt: new Date(today + DAY_MS).toISOString(),
  };
}

/** A page's history requests, from one of its live sources, or none when its platform keeps no past we can read. */
function requestsFor(source: Source, componentIds: readonly string[] | undefined, nowMs: number): HistoryRequest[] {
  switch (source.platform) {
    case 'statuspage': {
      const base = statuspageBase(source.url);
      if (base === undefined) return [];
      const list: HistoryRequest = { format: 'incident-list', url: `${base}/api/v2/incidents.json` };
      // A whole-page assistant names no components, and the showcase answers only for the ids it is asked.
      if (!componentIds || componentIds.length === 0) return [list];
      const ids = [...componentIds].sort().slice(0, MAX_SHOWCASE_IDS).map(encodeURIComponent).join(',');
      return [{ format: 'statuspage-uptime', url: `${base}/uptime_showcase?components=${ids}` }, list];
    }
    case 'incidentio': {
      const { startAt, endAt } = impactsWindow(nowMs);
      const query = `start_at=${encodeURIComponent(startAt)}&end_at=${encodeURIComponent(endAt)}`;
      const origin = new URL(source.url).origin;
      return [
        { format: 'incidentio-impacts', url: `${source.url}/component_impacts?${query}` },
        { format: 'incident-list', url: `${origin}/api/v2/incidents.json` },
      ];
    }
    case 'betterstack':
      return [{ format: 'betterstack', url: source.url }];
    case 'flashduty':
      return source.url.endsWith('/summary/active')
        ? [{ format: 'flashduty-structure', url: source.url.replace(/\/summary\/active$/, '/summary/structure') }]
        : [];
    case 'google-workspace':
    case 'google-cloud':
      return [{ format: source.platform, url: source.url }];
    case 'feed':
      return [{ format: 'feed', url: source.url }];
    default:
      // Instatus publishes no past in its summary: the radar's own record is the strip.
      return [];
  }
}

/** The first of a provider's sources that has a readable past: its primary page, as the live poll prefers it. */
function historySourceOf(provider: Provider): Source | undefined {
  return provider.sources.find((source) => requestsFor(source, undefined, 0).length > 0);
}

function keyOf(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

/** One plan per page among the watched assistants; an assistant whose page keeps no past has none. */
export function historyPlans(watched: readonly Provider[], nowMs: number): HistoryPlan[] {
  const byPage = new Map<string, { source: Source; providers: Provider[] }>();
  for (const provider of watched) {
    const source = historySourceOf(provider);
    if (!source) continue;
    const page = byPage.get(source.url);
    if (page) page.providers.push(provider);
    else byPage.set(source.url, { source, providers: [provider] });
  }
  return [...byPage.values()].map(({ source, providers }) => {
    // One assistant reading the whole page means the page's whole history is needed, not only some components'.
    const wholePage = providers.some((provider) => !provider.componentIds || provider.componentIds.length === 0);
    const ids = wholePage ? undefined : [...new Set(providers.flatMap((provider) => provider.componentIds ?? []))];
    const requests = requestsFor(source, ids, nowMs);
    return { key: keyOf(requests[0]?.url ?? source.url), requests, providerIds: providers.map((provider) => provider.id) };
  });
}
