import { describe, expect, it } from 'vitest';
import { providerById } from '../../../../../src/core/catalog/providers';
import type { ReadDeps } from '../../../../../src/core/fetch/fetch-text';
import { type HistoryPlan, historyPlans } from '../../../../../src/core/history/pages/plan';
import { readPageHistory } from '../../../../../src/core/history/pages/read-history';
import type { Provider } from '../../../../../src/core/model';
import { readFixture, readSynthetic } from '../../../../fixtures';
import { type FakeAnswer, fakeFetch } from '../../../support/fake-fetch';

const NOW = Date.parse('2026-09-29T10:30:00Z');

function provider(id: string): Provider {
  const found = providerById(id);
  if (!found) throw new Error(`no ${id} in the catalog`);
  return found;
}

function planFor(...ids: string[]): HistoryPlan {
  const [plan] = historyPlans(ids.map(provider), NOW);
  if (!plan) throw new Error('no plan');
  return plan;
}

function depsAnswering(routes: Record<string, FakeAnswer>) {
  const fetch = fakeFetch(routes);
  const deps: ReadDeps = { fetch, now: () => NOW, timeoutMs: 1_000 };
  return { fetch, deps };
}

const claude = planFor('claude', 'claude-code', 'claude-api');
const [showcaseUrl = '', claudeListUrl = ''] = claude.requests.map((request) => request.url);

describe('reading a page’s history', () => {
  it('reads the Statuspage showcase in one request when the page serves it', async () => {
    const { fetch, deps } = depsAnswering({
      [showcaseUrl]: { body: readSynthetic('synthetic-statuspage-uptime-showcase.json') },
    });
    const read = await readPageHistory(claude, deps);
    expect(fetch.calls.map((call) => call.url)).toEqual([showcaseUrl]);
    expect(read.ok && read.value.request.format).toBe('statuspage-uptime');
    expect(read.ok && read.value.history.records.length).toBeGreaterThan(200);
  });

  it('falls to the incident list when the page has not moved to the showcase (404)', async () => {
    const { fetch, deps } = depsAnswering({
      [showcaseUrl]: { status: 404, body: '{"error":"not found"}' },
      [claudeListUrl]: { body: readFixture('statuspage/anthropic-incidents-history-excerpt-1.json') },
    });
    const read = await readPageHistory(claude, deps);
    expect(fetch.calls.map((call) => call.url)).toEqual([showcaseUrl, claudeListUrl]);
    if (!read.ok) throw new Error(read.failure.message);
    expect(read.value.request.format).toBe('incident-list');
    // The real incident of 22 Sep, from its start to its resolution; the impact-"none" one is left out.
    // Its start is its first update's (00:57:26.117Z), a few ms before `created_at`, as the live reading takes it.
    expect(read.value.history.intervals).toEqual([
      expect.objectContaining({
        startMs: Date.parse('2026-09-22T00:57:26.117Z'),
        endMs: Date.parse('2026-09-22T02:35:23.836Z'),
        // Impact "major" is a partial outage on the radar's scale, as the live reading says.
        level: 'partial_outage',
        title: 'Elevated errors for multiple models',
      }),
    ]);
    // Two incidents is not a full page of 50: the list is the page's whole past, so no day is cut off.
    expect(read.value.history.dataSinceMs).toBeUndefined();
  });

  it('takes an empty showcase (components without uptime tracking) as no answer, and asks the list', async () => {
    const { fetch, deps } = depsAnswering({
      [showcaseUrl]: { body: '{"timelines":{},"values":[]}' },
      [claudeListUrl]: { body: readFixture('statuspage/anthropic-incidents-history-excerpt-1.json') },
    });
    const read = await readPageHistory(claude, deps);
    expect(fetch.calls).toHaveLength(2);
    expect(read.ok && read.value.request.format).toBe('incident-list');
  });

  it('does not ask elsewhere when the network fails: it is the same network', async () => {
    const { fetch, deps } = depsAnswering({ [showcaseUrl]: { networkError: true } });
    const read = await readPageHistory(claude, deps);
    expect(fetch.calls).toHaveLength(1);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.failure.kind).toBe('offline');
  });

  it('gives a typed failure, never a throw, for a body that is no history', async () => {
    const cursor = planFor('cursor');
    const { deps } = depsAnswering({ [cursor.requests[0]?.url ?? '']: { body: '<rss><channel></channel></rss>' } });
    const read = await readPageHistory(cursor, deps);
    expect(!read.ok && read.failure.kind).toBe('bad_payload');
  });

  it('takes a full incident list (Cursor’s 50) as cut: days before its oldest incident are not known to be quiet', async () => {
    const cursor = planFor('cursor');
    const { deps } = depsAnswering({
      [cursor.requests[0]?.url ?? '']: {
        body: readFixture('statuspage/cursor-v2-incidents-full-50-minor-major-critical-1.json'),
      },
    });
    const read = await readPageHistory(cursor, deps);
    if (!read.ok) throw new Error(read.failure.message);
    expect(read.value.history.timeZone).toBe('Etc/UTC');
    const oldest = Math.min(...read.value.history.intervals.map((interval) => interval.startMs));
    expect(read.value.history.dataSinceMs).toBe(oldest);
    expect(new Date(oldest).toISOString().slice(0, 10)).toBe('2026-08-11');
  });
});

describe('a feed with no incident in it', () => {
  it('says nothing of the past: every day is "no data", never a quiet one', async () => {
    const { readPageHistory: read } = await import('../../../../../src/core/history/pages/read-history');
    const { foldIntervals } = await import('../../../../../src/core/history/fold/fold');
    const [mistral] = historyPlans([provider('mistral')], NOW);
    if (!mistral) throw new Error('no plan');
    const { deps } = depsAnswering({
      [mistral.requests[0]?.url ?? '']: { body: readFixture('feeds/tmdb-statusiq-site24x7-rss-operational-1.rss') },
    });
    const answer = await read(mistral, deps);
    if (!answer.ok) throw new Error(answer.failure.message);
    const { history } = answer.value;
    expect(history.intervals).toEqual([]);
    const days = foldIntervals(history.intervals, {
      nowMs: NOW,
      timeZone: history.timeZone,
      ...(history.dataSinceMs ? { dataSinceMs: history.dataSinceMs } : {}),
    });
    expect(days.every((day) => day.level === 'no_data')).toBe(true);
  });
});
