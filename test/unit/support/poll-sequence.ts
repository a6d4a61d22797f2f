import { CATALOG } from '../../../src/core/catalog/providers';
import type { NotificationSettings, Provider, State } from '../../../src/core/model';
import type { RadarEvent } from '../../../src/core/notify/events';
import { emptyLedger, type NotifyLedger } from '../../../src/core/notify/ledger';
import { decideNotifications } from '../../../src/core/notify/notify';
import { deferredFailure, nextBackoff, type SourceOutcome } from '../../../src/core/poll/backoff';
import { pollProviders } from '../../../src/core/poll/poll';
import { foldResults } from '../../../src/core/state/fold';
import { readFixture } from '../../fixtures';
import { type FakeAnswer, fakeFetch } from './fake-fetch';

export const CLAUDE_SUMMARY = 'https://status.claude.com/api/v2/summary.json';
export const OPENAI_PAGE = 'https://status.openai.com/proxy/status.openai.com';

/** Claude, Claude API and Claude Code, ChatGPT, Codex and the OpenAI API: two real pages, six products. */
export const PROVIDERS = CATALOG.filter((provider) =>
  ['claude', 'claude-api', 'claude-code', 'chatgpt', 'codex', 'openai-api'].includes(provider.id),
);

export const CLAUDE_OK = 'statuspage/anthropic-summary-operational-1.json';
export const CLAUDE_INCIDENT = 'statuspage/anthropic-summary-unresolved-major-monitoring-1.json';
export const OPENAI_INCIDENT = 'incidentio/openai-proxy-summary-ongoing-incident-1.json';

/** Answers by URL; a string is a fixture path. Any other URL is a network error, as offline. */
export type Pages = Record<string, string | FakeAnswer>;

function fetchOf(pages: Pages) {
  return fakeFetch(
    Object.fromEntries(
      Object.entries(pages).map(([url, page]) => [url, typeof page === 'string' ? { body: readFixture(page) } : page]),
    ),
  );
}

/** One poll of the six products through the real core: fetch (fake), parse, fold. */
export async function poll(
  previous: State,
  pages: Pages,
  at: string,
  providers: readonly Provider[] = PROVIDERS,
): Promise<State> {
  const results = await pollProviders(providers, { fetch: fetchOf(pages), now: () => Date.parse(at), timeoutMs: 1_000 });
  return foldResults(previous, results, at);
}

/**
 * One scheduled poll as the worker runs it, through the real core: backoff skips and counts, fetch (fake),
 * parse, fold; the backoff table is kept in the State, as the worker stores it. A page that does not answer
 * times out in 50 ms.
 */
export async function pollAsTheWorker(
  previous: State,
  pages: Pages,
  at: string,
  providers: readonly Provider[] = PROVIDERS,
): Promise<State> {
  const nowMs = Date.parse(at);
  const outcomes = new Map<string, SourceOutcome>();
  const results = await pollProviders(
    providers,
    { fetch: fetchOf(pages), now: () => nowMs, timeoutMs: 50 },
    {
      deferred: (url) => deferredFailure(previous.backoff, url, nowMs),
      onOutcome: (url, outcome) => outcomes.set(url, outcome),
    },
  );
  return { ...foldResults(previous, results, at), backoff: nextBackoff(previous.backoff, outcomes, nowMs, () => 0.5) };
}

export interface Step {
  state: State;
  shown: RadarEvent[];
  ledger: NotifyLedger;
}

/** A run of polls and the policy after each, as the worker does it. */
export async function runPolls(
  pagesPerPoll: readonly Pages[],
  settings: NotificationSettings,
  options: {
    start?: string;
    stepMinutes?: number;
    timeZone?: string;
    ledger?: NotifyLedger;
    state?: State;
    providers?: readonly Provider[];
  } = {},
): Promise<Step[]> {
  const steps: Step[] = [];
  let state: State = options.state ?? { version: 1, providers: {} };
  let ledger: NotifyLedger = options.ledger ?? emptyLedger();
  const start = Date.parse(options.start ?? '2026-11-22T12:00:00.000Z');
  for (const [index, pages] of pagesPerPoll.entries()) {
    const nowMs = start + index * (options.stepMinutes ?? 2) * 60_000;
    const next = await poll(state, pages, new Date(nowMs).toISOString(), options.providers);
    const decision = decideNotifications({ next, ledger, settings, nowMs, timeZone: options.timeZone ?? 'UTC' });
    steps.push({ state: next, shown: decision.shown, ledger: decision.ledger });
    state = next;
    ledger = decision.ledger;
  }
  return steps;
}

/** "kind provider [severity] [· incident title]" lines: what a person would read off the notifications. */
export function summarize(events: readonly RadarEvent[]): string[] {
  return events.map((event) => {
    const title = 'incident' in event ? event.incident?.title : 'maintenance' in event ? event.maintenance?.title : undefined;
    const severity = 'severity' in event ? ` ${event.unstated ? 'unstated' : event.severity}` : '';
    return `${event.kind} ${event.providerId}${severity}${title ? ` · ${title}` : ''}`;
  });
}

export type Json = Record<string, unknown> & { [key: string]: unknown };

/** A real payload changed in one place, as the page itself would change between two polls. */
export function edited(file: string, edit: (doc: Json) => void): { body: string } {
  const doc = JSON.parse(readFixture(file)) as Json;
  edit(doc);
  return { body: JSON.stringify(doc) };
}

/** OpenAI's page JSON as it read before the 2026-10-07 incident: the same page, nothing ongoing or affected. */
export const OPENAI_QUIET = edited(OPENAI_INCIDENT, (doc) => {
  const summary = doc.summary as Json;
  summary.ongoing_incidents = [];
  summary.affected_components = [];
});
