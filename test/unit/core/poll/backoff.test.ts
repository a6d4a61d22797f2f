import { describe, expect, it } from 'vitest';
import { providerById } from '../../../../src/core/catalog/providers';
import type { Provider, State } from '../../../../src/core/model';
import {
  BACKOFF_MAX_MS,
  type BackoffTable,
  backoffDelay,
  deferredFailure,
  nextBackoff,
  RETRY_AFTER_MAX_MS,
  type SourceOutcome,
} from '../../../../src/core/poll/backoff';
import { pollProviders } from '../../../../src/core/poll/poll';
import { emptyState, foldResults } from '../../../../src/core/state/fold';
import { readFixture } from '../../../fixtures';
import { type FakeAnswer, fakeFetch } from '../../support/fake-fetch';

const CLAUDE = 'https://status.claude.com/api/v2/summary.json';
const CLAUDE_FALLBACK = 'https://anthropic.statuspage.io/api/v2/summary.json';
const GITHUB = 'https://www.githubstatus.com/api/v2/summary.json';
const CLAUDE_INCIDENT = readFixture('statuspage/anthropic-summary-unresolved-major-monitoring-1.json');
const GITHUB_OK = readFixture('statuspage/github-v2-components-operational-1.json');
const MINUTE = 60_000;
const START = Date.parse('2026-10-08T00:00:00Z');

function provider(id: string): Provider {
  const found = providerById(id);
  if (!found) throw new Error(id);
  return found;
}

describe('how long a failing source waits', () => {
  it('one failure is retried at the next poll; then the wait doubles, with jitter, up to a cap', () => {
    expect(backoffDelay(1, () => 1)).toBe(0);
    const longest = [2, 3, 4, 5, 6, 7, 12].map((failures) => backoffDelay(failures, () => 1));
    expect(longest).toEqual([MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE, 16 * MINUTE, BACKOFF_MAX_MS, BACKOFF_MAX_MS]);
    // Jitter: between half and the whole of the wait, never nothing.
    expect(backoffDelay(4, () => 0)).toBe(2 * MINUTE);
    expect(backoffDelay(4, () => 0.5)).toBe(3 * MINUTE);
  });

  it("honours the server's Retry-After when it asks for longer, within an hour", () => {
    expect(backoffDelay(1, () => 1, 5 * MINUTE)).toBe(5 * MINUTE);
    expect(backoffDelay(6, () => 1, MINUTE)).toBe(16 * MINUTE);
    expect(backoffDelay(1, () => 1, 24 * 60 * MINUTE)).toBe(RETRY_AFTER_MAX_MS);
  });
});

describe('the table of waiting sources', () => {
  const failure = { kind: 'http' as const, message: 'the server answered HTTP 503', status: 503 };
  const outcomes = (entries: [string, SourceOutcome][]) => new Map(entries);

  it('a read forgets, a failure counts and waits, a skip keeps, and a source no longer polled drops out', () => {
    const before: BackoffTable = {
      [CLAUDE]: { failures: 3, retryAt: START - 1, failure },
      [CLAUDE_FALLBACK]: { failures: 2, retryAt: START + MINUTE, failure },
      [GITHUB]: { failures: 1, retryAt: START, failure },
      'https://status.cursor.com/api/v2/summary.json': { failures: 5, retryAt: START + MINUTE, failure },
    };
    const after = nextBackoff(
      before,
      outcomes([
        [CLAUDE, { read: false, failure }],
        [CLAUDE_FALLBACK, { deferred: true }],
        [GITHUB, { read: true }],
      ]),
      START,
      () => 1,
    );
    expect(after).toEqual({
      [CLAUDE]: { failures: 4, retryAt: START + 4 * MINUTE, failure },
      [CLAUDE_FALLBACK]: before[CLAUDE_FALLBACK],
    });
  });

  it('a waiting source reads as its last failure until its time comes', () => {
    const table: BackoffTable = { [CLAUDE]: { failures: 2, retryAt: START + MINUTE, failure } };
    expect(deferredFailure(table, CLAUDE, START)).toEqual(failure);
    expect(deferredFailure(table, CLAUDE, START + MINUTE)).toBeUndefined();
    expect(deferredFailure(table, GITHUB, START)).toBeUndefined();
    expect(deferredFailure(undefined, CLAUDE, START)).toBeUndefined();
  });
});

describe('scheduled polls with a source that keeps failing', () => {
  /** One scheduled poll of Claude API and GitHub Copilot at `nowMs`, as the worker runs it. */
  async function scheduledPoll(previous: State, routes: Record<string, FakeAnswer>, nowMs: number) {
    const fetch = fakeFetch(routes);
    const seen = new Map<string, SourceOutcome>();
    const results = await pollProviders(
      [provider('claude-api'), provider('github-copilot')],
      { fetch, now: () => nowMs, timeoutMs: 1000 },
      { deferred: (url) => deferredFailure(previous.backoff, url, nowMs), onOutcome: (url, outcome) => seen.set(url, outcome) },
    );
    const state: State = {
      ...foldResults(previous, results, new Date(nowMs).toISOString()),
      backoff: nextBackoff(previous.backoff, seen, nowMs, () => 1),
    };
    return { state, urls: fetch.calls.map((call) => call.url) };
  }

  it('tries it less and less often, never delays the healthy page, and keeps reading as could-not-check', async () => {
    const healthy = { [CLAUDE]: { body: CLAUDE_INCIDENT }, [GITHUB]: { body: GITHUB_OK } };
    const failing = {
      [CLAUDE]: { status: 503, body: 'unavailable' },
      [CLAUDE_FALLBACK]: { status: 503, body: 'unavailable' },
      [GITHUB]: { body: GITHUB_OK },
    };
    let { state } = await scheduledPoll(emptyState(), healthy, START);
    const claudeTries: number[] = [];
    const githubTries: number[] = [];
    // Every 2 minutes for an hour.
    for (let minute = 2; minute <= 60; minute += 2) {
      const poll = await scheduledPoll(state, failing, START + minute * MINUTE);
      state = poll.state;
      if (poll.urls.includes(CLAUDE)) claudeTries.push(minute);
      if (poll.urls.includes(GITHUB)) githubTries.push(minute);
      expect(state.providers['claude-api']?.severity).toBe('unknown');
      expect(state.providers['claude-api']?.reading?.severity, 'the last good reading is kept').toBe('partial_outage');
      expect(state.providers['claude-api']?.error).toMatchObject({ kind: 'http', status: 503 });
      expect(state.providers['github-copilot']?.severity).toBe('operational');
    }
    expect(githubTries).toHaveLength(30);
    // Gaps between tries grow: 2, 2, 2, 4, 6 (or so), ... minutes; far fewer than 30 tries in the hour.
    const gaps = claudeTries.slice(1).map((minute, index) => minute - (claudeTries[index] ?? 0));
    expect(claudeTries.length).toBeLessThan(12);
    expect(gaps.slice(-1)[0]).toBeGreaterThanOrEqual(16);
    for (let index = 1; index < gaps.length; index += 1) expect(gaps[index]).toBeGreaterThanOrEqual(gaps[index - 1] ?? 0);
    // The failure began at minute 2, and that is still when it began.
    expect(state.providers['claude-api']?.failingSince).toBe(new Date(START + 2 * MINUTE).toISOString());

    // The page comes back: the next try reads it, and the table forgets it.
    const recoveredAt = START + (claudeTries.slice(-1)[0] ?? 0) * MINUTE + BACKOFF_MAX_MS;
    const back = await scheduledPoll(state, healthy, recoveredAt);
    expect(back.urls).toContain(CLAUDE);
    expect(back.state.providers['claude-api']).toMatchObject({ severity: 'partial_outage' });
    expect(back.state.providers['claude-api']?.error).toBeUndefined();
    expect(back.state.backoff).toEqual({});
  });

  it('a 429 with Retry-After waits as long as the server asked, even after one failure', async () => {
    const limited = {
      [CLAUDE]: { status: 429, body: 'too many requests', headers: { 'retry-after': '600' } },
      [CLAUDE_FALLBACK]: { body: CLAUDE_INCIDENT },
      [GITHUB]: { body: GITHUB_OK },
    };
    const first = await scheduledPoll(emptyState(), limited, START);
    expect(first.state.backoff?.[CLAUDE]).toMatchObject({ failures: 1, retryAt: START + 10 * MINUTE });
    // The fallback answered: the product reads, from anthropic.statuspage.io.
    expect(first.state.providers['claude-api']?.reading?.source).toBe(CLAUDE_FALLBACK);
    const soon = await scheduledPoll(first.state, limited, START + 2 * MINUTE);
    expect(soon.urls).not.toContain(CLAUDE);
    expect(soon.urls).toContain(CLAUDE_FALLBACK);
    expect(soon.state.providers['claude-api']?.severity).toBe('partial_outage');
    const later = await scheduledPoll(soon.state, limited, START + 10 * MINUTE);
    expect(later.urls).toContain(CLAUDE);
  });

  it('a page that answers but cannot be read waits too, remembered by why, not by where or when', async () => {
    const unreadable = { [CLAUDE]: { body: '{"page":' }, [CLAUDE_FALLBACK]: { body: '{"page":' }, [GITHUB]: { body: GITHUB_OK } };
    const { state } = await scheduledPoll(emptyState(), unreadable, START);
    expect(state.backoff?.[CLAUDE]).toEqual({
      failures: 1,
      retryAt: START,
      failure: { kind: 'bad_payload', message: 'the body is not valid JSON' },
    });
  });
});
