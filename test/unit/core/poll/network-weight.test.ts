import { describe, expect, it, vi } from 'vitest';
import { providerById } from '../../../../src/core/catalog/providers';
import type { Provider, State } from '../../../../src/core/model';
import { pollIntoState } from '../../../../src/core/poll/cycle';
import { emptyState } from '../../../../src/core/state/fold';
import { MINUTE_MS } from '../../../../src/core/time';
import { readFixture } from '../../../fixtures';
import { type FakeAnswer, fakeFetch } from '../../support/fake-fetch';

/** Every parse the poll asks for, counted: the real parsers still do the work. */
const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../src/core/platforms/parsers', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src/core/platforms/parsers')>();
  return {
    ...actual,
    parserFor: (platform: Parameters<typeof actual.parserFor>[0]) => {
      const parse = actual.parserFor(platform);
      return (...args: Parameters<typeof parse>) => {
        parsed.count += 1;
        return parse(...args);
      };
    },
  };
});

const CLAUDE = 'https://status.claude.com/api/v2/summary.json';
const XAI = 'https://status.x.ai/feed.xml';
const WORKSPACE = 'https://www.google.com/appsstatus/dashboard/incidents.json';
const POLL_MS = 2 * MINUTE_MS;

const CLAUDE_OPERATIONAL = readFixture('statuspage/anthropic-summary-operational-1.json');
const CLAUDE_INCIDENT = readFixture('statuspage/anthropic-summary-unresolved-major-monitoring-1.json');
/** 124 KB, the whole feed: heavy. */
const XAI_FEED = readFixture('xai/xai-feed-rss-105items-all-resolved-1.xml');
/** Reduced by its recorder to 3 incidents (26 KB); the live list is about 400 KB, which the catalog declares. */
const WORKSPACE_LIST = readFixture('google/workspace-appsstatus-incidents-reduced-3-resolved-1.json');
/** In that list: Gemini's incident of 2026-09-11, 13:00 to 20:22 UTC. */
const GEMINI_INCIDENT = 'fJ4691Pe2g9KsTbP8g5F';

function provider(id: string): Provider {
  const found = providerById(id);
  if (!found) throw new Error(id);
  return found;
}

const CLAUDES = [provider('claude'), provider('claude-api'), provider('claude-code')];

interface Poll {
  state: State;
  /** Requests made, by URL. */
  fetched: (url: string) => number;
  parses: number;
}

/** One poll at `at` through the product's cycle, from `previous`: what it fetched and parsed, and the State after. */
async function pollAt(
  previous: State,
  providers: readonly Provider[],
  routes: Record<string, FakeAnswer>,
  at: string,
  options: { scheduled?: boolean; reader?: string } = {},
): Promise<Poll> {
  const fetch = fakeFetch(routes);
  parsed.count = 0;
  const { next } = await pollIntoState(
    previous,
    providers,
    { fetch, now: () => Date.parse(at), timeoutMs: 1_000 },
    { scheduled: options.scheduled ?? true, pollMs: POLL_MS, reader: options.reader ?? 'test build', random: () => 0.5 },
  );
  return { state: next, fetched: (url) => fetch.calls.filter((call) => call.url === url).length, parses: parsed.count };
}

/** The time `minutes` after `start`, as ISO. */
function later(start: string, minutes: number): string {
  return new Date(Date.parse(start) + minutes * MINUTE_MS).toISOString();
}

const T0 = '2026-10-08T00:00:00.000Z';

describe('an unchanged body is not parsed again', () => {
  it('the same Claude summary again: fetched, not parsed; each reading stands, fetched now', async () => {
    const routes = { [CLAUDE]: { body: CLAUDE_OPERATIONAL } };
    const first = await pollAt(emptyState(), CLAUDES, routes, T0);
    expect(first.parses).toBe(3);
    const second = await pollAt(first.state, CLAUDES, routes, later(T0, 2));
    expect(second.fetched(CLAUDE)).toBe(1);
    expect(second.parses).toBe(0);
    for (const { id } of CLAUDES) {
      const before = first.state.providers[id]?.reading;
      expect(second.state.providers[id]?.reading).toEqual({ ...before, fetchedAt: later(T0, 2) });
      expect(second.state.providers[id]?.checkedAt).toBe(later(T0, 2));
    }
  });

  it('a changed body (the real page, then the same page during an incident) is parsed and read', async () => {
    const routes = { [CLAUDE]: { body: CLAUDE_OPERATIONAL } };
    const first = await pollAt(emptyState(), CLAUDES, routes, T0);
    expect(first.state.providers['claude-api']?.severity).toBe('operational');
    routes[CLAUDE] = { body: CLAUDE_INCIDENT };
    const second = await pollAt(first.state, CLAUDES, routes, later(T0, 2));
    expect(second.parses).toBe(3);
    expect(second.state.providers['claude-api']?.severity).toBe('partial_outage');
    expect(second.state.providers['claude-api']?.reading?.incidents.map((incident) => incident.title)).toEqual([
      'Elevated errors on platform.claude.com',
    ]);
    // And that reading in turn stands for the same body.
    const third = await pollAt(second.state, CLAUDES, routes, later(T0, 4));
    expect(third.parses).toBe(0);
    expect(third.state.providers['claude-api']?.severity).toBe('partial_outage');
  });

  it('the same body read for other components, or by another build, is parsed again', async () => {
    const routes = { [CLAUDE]: { body: CLAUDE_INCIDENT } };
    const first = await pollAt(emptyState(), [provider('claude-api')], routes, T0);
    const chosen = { ...provider('claude-api'), componentIds: ['yyzkbfz2thpt'] };
    const rescoped = await pollAt(first.state, [chosen], routes, later(T0, 2));
    expect(rescoped.parses).toBe(1);
    const rebuilt = await pollAt(first.state, [provider('claude-api')], routes, later(T0, 2), { reader: 'next build' });
    expect(rebuilt.parses).toBe(1);
    const same = await pollAt(first.state, [provider('claude-api')], routes, later(T0, 2));
    expect(same.parses).toBe(0);
  });

  it('a State shed to fit the quota is no basis: its readings lack what the body says', async () => {
    const routes = { [CLAUDE]: { body: CLAUDE_INCIDENT } };
    const first = await pollAt(emptyState(), CLAUDES, routes, T0);
    const shed = await pollAt({ ...first.state, shed: true }, CLAUDES, routes, later(T0, 2));
    expect(shed.parses).toBe(3);
  });

  it('a Google incident whose end passes while the list stays the same is read again, and reads resolved', async () => {
    const gemini = [provider('gemini')];
    const routes = { [WORKSPACE]: { body: WORKSPACE_LIST } };
    // The real list, read while its Gemini incident of 2026-09-11 was still before its `end`.
    const during = await pollAt(emptyState(), gemini, routes, '2026-09-11T20:10:00.000Z', { scheduled: false });
    const open = during.state.providers.gemini?.reading;
    expect(open?.severity).toBe('degraded');
    expect(open?.incidents.map((incident) => incident.id)).toEqual([GEMINI_INCIDENT]);
    expect(open?.changesAt).toBe('2026-09-11T20:22:00.000Z');

    const before = await pollAt(during.state, gemini, routes, '2026-09-11T20:20:00.000Z', { scheduled: false });
    expect(before.parses).toBe(0);
    expect(before.state.providers.gemini?.severity).toBe('degraded');

    const past = await pollAt(before.state, gemini, routes, '2026-09-11T20:23:00.000Z', { scheduled: false });
    expect(past.parses).toBe(1);
    const resolved = past.state.providers.gemini?.reading;
    expect(resolved?.severity).toBe('operational');
    expect(resolved?.incidents).toEqual([]);
    expect(resolved?.recent?.find((incident) => incident.id === GEMINI_INCIDENT)?.status).toBe('resolved');
  });
});

describe('a heavy source without validators is paced', () => {
  const grok = [provider('grok'), ...CLAUDES];
  const routes = { [XAI]: { body: XAI_FEED }, [CLAUDE]: { body: CLAUDE_OPERATIONAL } };

  it("xAI's 124 KB feed: skipped by the polls between, as it was, and fetched again within 10 minutes", async () => {
    let poll = await pollAt(emptyState(), grok, routes, T0);
    let read = poll.state.providers.grok;
    expect(read?.severity).toBe('operational');
    // Its first read is a change (nothing was read from it before): the next poll reads it again.
    expect(poll.state.sources?.[XAI]).toEqual({ bytes: Buffer.byteLength(XAI_FEED), validated: false, changed: true });
    const fetchedAt: string[] = [];
    for (let minutes = 2; minutes <= 10; minutes += 2) {
      poll = await pollAt(poll.state, grok, routes, later(T0, minutes));
      // The light page is read at every poll.
      expect(poll.fetched(CLAUDE), `${minutes} min`).toBe(1);
      if (poll.fetched(XAI) > 0) {
        fetchedAt.push(later(T0, minutes));
        read = poll.state.providers.grok;
        continue;
      }
      // Left alone: Grok's state is the one it had, times included; no error, nothing stale, no backoff.
      expect(poll.state.providers.grok, `${minutes} min`).toEqual(read);
      expect(poll.state.providers.grok?.error).toBeUndefined();
      expect(poll.state.backoff?.[XAI]).toBeUndefined();
    }
    // Read again at 2 minutes (the first read was a change), found the same, then paced: 124 KB at 16 KB a
    // minute asks for 7.75 minutes, every third 2-minute poll.
    expect(fetchedAt).toEqual([later(T0, 2), later(T0, 8)]);
    expect(poll.state.sources?.[XAI]?.changed).toBeUndefined();
    expect(poll.state.providers.grok?.reading?.fetchedAt).toBe(later(T0, 8));
  });

  it('a change on a paced page is read again at the next poll, so that it is confirmed a poll later, not a pace', async () => {
    let poll = await pollAt(emptyState(), grok, routes, T0);
    poll = await pollAt(poll.state, grok, routes, later(T0, 2));
    poll = await pollAt(poll.state, grok, routes, later(T0, 4));
    expect(poll.fetched(XAI)).toBe(0);
    // The feed as it reads once its newest item is gone (the real feed, one <item> cut): another body.
    const start = XAI_FEED.indexOf('<item>');
    const changed = XAI_FEED.slice(0, start) + XAI_FEED.slice(XAI_FEED.indexOf('</item>', start) + '</item>'.length);
    const moved = { ...routes, [XAI]: { body: changed } };
    poll = await pollAt(poll.state, grok, moved, later(T0, 8));
    expect(poll.fetched(XAI)).toBe(1);
    expect(poll.parses).toBeGreaterThan(0);
    expect(poll.state.sources?.[XAI]?.changed).toBe(true);
    // Its pace would wait until 14 minutes: the change makes the next poll read it.
    poll = await pollAt(poll.state, grok, moved, later(T0, 10));
    expect(poll.fetched(XAI)).toBe(1);
    expect(poll.state.sources?.[XAI]?.changed).toBeUndefined();
    // Found the same: paced again.
    poll = await pollAt(poll.state, grok, moved, later(T0, 12));
    expect(poll.fetched(XAI)).toBe(0);
  });

  it('with an ETag it is read at every poll: the browser revalidates it', async () => {
    const validated = { ...routes, [XAI]: { body: XAI_FEED, headers: { etag: 'W/"1e54-feed"' } } };
    let poll = await pollAt(emptyState(), grok, validated, T0);
    expect(poll.state.sources?.[XAI]?.validated).toBe(true);
    for (let minutes = 2; minutes <= 6; minutes += 2) {
      poll = await pollAt(poll.state, grok, validated, later(T0, minutes));
      expect(poll.fetched(XAI), `${minutes} min`).toBe(1);
      expect(poll.parses, `${minutes} min`).toBe(0);
    }
  });

  it("the user's Refresh fetches it at once", async () => {
    const first = await pollAt(emptyState(), grok, routes, T0);
    const again = await pollAt(first.state, grok, routes, later(T0, 2));
    const scheduled = await pollAt(again.state, grok, routes, later(T0, 4));
    expect(scheduled.fetched(XAI)).toBe(0);
    const manual = await pollAt(scheduled.state, grok, routes, later(T0, 5), { scheduled: false });
    expect(manual.fetched(XAI)).toBe(1);
    expect(manual.state.providers.grok?.reading?.fetchedAt).toBe(later(T0, 5));
  });

  it('a failing heavy source is not paced: it is tried at the next poll, as backoff says', async () => {
    const first = await pollAt(emptyState(), grok, routes, T0);
    const failing = await pollAt(first.state, grok, { ...routes, [XAI]: { status: 503, body: 'unavailable' } }, later(T0, 6));
    expect(failing.state.providers.grok?.error?.kind).toBe('http');
    const next = await pollAt(failing.state, grok, routes, later(T0, 8));
    expect(next.fetched(XAI)).toBe(1);
    expect(next.state.providers.grok?.error).toBeUndefined();
  });

  it('a provider newly watched on a paced page reads it at once', async () => {
    const first = await pollAt(emptyState(), grok, routes, T0);
    const { componentIds: _scoped, ...grokPage } = provider('grok');
    const widened: Provider = { ...grokPage, id: 'grok-everything' };
    const next = await pollAt(first.state, [...grok, widened], routes, later(T0, 2));
    expect(next.fetched(XAI)).toBe(1);
    expect(next.state.providers['grok-everything']?.reading?.source).toBe(XAI);
  });

  it('before its first answer is weighed, the declared weight counts: Google Workspace, 400 KB, every 10 minutes', async () => {
    const gemini = [provider('gemini')];
    const workspace = { [WORKSPACE]: { body: WORKSPACE_LIST } };
    const first = await pollAt(emptyState(), gemini, workspace, T0);
    // The memo lost (an older build's State): the readings stand, the catalog's weight says how heavy the page is.
    let poll: Poll = { ...first, state: { ...first.state, sources: {} } };
    const fetchedAt: string[] = [];
    for (let minutes = 2; minutes <= 12; minutes += 2) {
      poll = await pollAt(poll.state, gemini, workspace, later(T0, minutes));
      if (poll.fetched(WORKSPACE) > 0) fetchedAt.push(later(T0, minutes));
    }
    // Fetched at 10 minutes, and then weighed at its real 26 KB: read at every poll after.
    expect(fetchedAt).toEqual([later(T0, 10), later(T0, 12)]);
  });

  it('a paced reading whose foreseen change has come is fetched before its pace says', async () => {
    const gemini = [provider('gemini')];
    const workspace = { [WORKSPACE]: { body: WORKSPACE_LIST } };
    const start = '2026-09-11T20:15:00.000Z';
    const first = await pollAt(emptyState(), gemini, workspace, start);
    expect(first.state.providers.gemini?.reading?.changesAt).toBe('2026-09-11T20:22:00.000Z');
    const memoLost = { ...first.state, sources: {} };
    const paced = await pollAt(memoLost, gemini, workspace, '2026-09-11T20:17:00.000Z');
    expect(paced.fetched(WORKSPACE)).toBe(0);
    expect(paced.state.providers.gemini?.severity).toBe('degraded');
    const due = await pollAt(paced.state, gemini, workspace, '2026-09-11T20:23:00.000Z');
    expect(due.fetched(WORKSPACE)).toBe(1);
    expect(due.state.providers.gemini?.severity).toBe('operational');
  });

  it('the memo keeps only the URLs still watched', async () => {
    const first = await pollAt(emptyState(), grok, routes, T0);
    expect(Object.keys(first.state.sources ?? {}).sort()).toEqual([CLAUDE, XAI]);
    const narrowed = await pollAt(first.state, CLAUDES, routes, later(T0, 2));
    expect(Object.keys(narrowed.state.sources ?? {})).toEqual([CLAUDE]);
    expect(narrowed.state.providers.grok).toBeUndefined();
  });
});
