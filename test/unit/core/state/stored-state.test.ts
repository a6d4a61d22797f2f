import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../src/core/catalog/providers';
import type { State } from '../../../../src/core/model';
import { pollIntoState } from '../../../../src/core/poll/cycle';
import { pollProviders } from '../../../../src/core/poll/poll';
import { emptyState, foldResults } from '../../../../src/core/state/fold';
import { readStoredState } from '../../../../src/core/state/read-stored';
import { shedSteps } from '../../../../src/core/state/shed';
import { everyPlatformAnswers, URLS } from '../../../fake-server/baseline';
import { readFixture } from '../../../fixtures';
import { type FakeAnswer, fakeFetch } from '../../support/fake-fetch';

const NOW = Date.parse('2026-10-08T00:00:00Z');

/** A State as the worker writes it: every platform read from its real payload, one page failing and waiting. */
async function realState(): Promise<State> {
  const routes: Record<string, FakeAnswer> = Object.fromEntries(
    Object.entries(everyPlatformAnswers()).map(([url, answer]) => [
      url,
      { status: answer.status, body: answer.body, contentType: answer.contentType },
    ]),
  );
  const first = foldResults(
    emptyState(),
    await pollProviders(CATALOG, { fetch: fakeFetch(routes), now: () => NOW, timeoutMs: 1000 }),
    'a',
  );
  routes[URLS.poe] = { status: 503, body: 'unavailable', headers: { 'retry-after': '60' } };
  const second = foldResults(
    first,
    await pollProviders(CATALOG, { fetch: fakeFetch(routes), now: () => NOW, timeoutMs: 1000 }),
    'b',
  );
  return {
    ...second,
    backoff: {
      [URLS.poe]: { failures: 1, retryAt: NOW + 60_000, failure: { kind: 'http', message: 'HTTP 503', status: 503 } },
    },
  };
}

describe('the State read back from storage', () => {
  it('a State the worker wrote, for every platform, reads back exactly as written', async () => {
    const state = await realState();
    expect(Object.keys(state.providers).length).toBeGreaterThan(15);
    expect(state.providers.poe).toMatchObject({ severity: 'unknown', error: { kind: 'http', retryAfterMs: 60_000 } });
    const problems: string[] = [];
    const stored = JSON.parse(JSON.stringify(state)) as unknown;
    expect(readStoredState(stored, (problem) => problems.push(problem))).toEqual(state);
    expect(problems).toEqual([]);
  });

  it('a State shed to fit the quota reads back with its mark; any other mark does not read', async () => {
    const [withoutRecent] = shedSteps(await realState());
    expect(withoutRecent?.shed).toBe(true);
    const problems: string[] = [];
    expect(readStoredState(JSON.parse(JSON.stringify(withoutRecent)), (problem) => problems.push(problem))).toEqual(
      withoutRecent,
    );
    expect(problems).toEqual([]);
    readStoredState({ ...withoutRecent, shed: 'yes' }, (problem) => problems.push(problem));
    expect(problems).toEqual(['shed: Invalid type: Expected true but received "yes"']);
  });

  it('nothing stored yet is an empty State, and no problem', () => {
    const problems: string[] = [];
    expect(readStoredState(undefined, (problem) => problems.push(problem))).toEqual(emptyState());
    expect(problems).toEqual([]);
  });

  it.each<[string, (state: State) => unknown]>([
    ['not an object', () => 'state'],
    ['null', () => null],
    ['a version this code never wrote', (state) => ({ ...state, version: 2 })],
    ['providers that are a list', (state) => ({ ...state, providers: [] })],
    [
      'a severity word that does not exist',
      (state) => ({ ...state, providers: { ...state.providers, claude: { ...state.providers.claude, severity: 'down' } } }),
    ],
    [
      'incidents that are not a list',
      (state) => {
        const claude = state.providers['claude-api'];
        return {
          ...state,
          providers: { ...state.providers, 'claude-api': { ...claude, reading: { ...claude?.reading, incidents: {} } } },
        };
      },
    ],
    ['a backoff entry without a time', (state) => ({ ...state, backoff: { x: { failures: 1 } } })],
  ])('%s: replaced by an empty State (the next poll writes a fresh one), and the problem is told', async (_, corrupt) => {
    const problems: string[] = [];
    const read = readStoredState(corrupt(await realState()), (problem) => problems.push(problem));
    expect(read).toEqual(emptyState());
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toBe('');
  });

  it('fields no build of ours writes are dropped, not carried forward', async () => {
    const state = await realState();
    const foreign = {
      ...state,
      injected: '<script>',
      providers: { ...state.providers, claude: { ...state.providers.claude, extra: 1 } },
    };
    const read = readStoredState(foreign);
    expect(read).toEqual(state);
    expect(Object.keys(read)).not.toContain('injected');
  });
});

describe('the memo of each source, read back from storage', () => {
  /** Two polls through the product's cycle, the second a minute into Gemini's real incident of 2026-09-11. */
  async function polledTwice(): Promise<State> {
    const routes: Record<string, FakeAnswer> = Object.fromEntries(
      Object.entries(everyPlatformAnswers()).map(([url, answer]) => [
        url,
        { status: answer.status, body: answer.body, contentType: answer.contentType, headers: { etag: `"${url.length}"` } },
      ]),
    );
    routes[URLS.gemini] = { body: readFixture('google/workspace-appsstatus-incidents-reduced-3-resolved-1.json') };
    const options = { scheduled: true, pollMs: 120_000, reader: 'test', random: () => 0.5 };
    const at = (iso: string) => ({ fetch: fakeFetch(routes), now: () => Date.parse(iso), timeoutMs: 1000 });
    const first = await pollIntoState(emptyState(), CATALOG, at('2026-09-11T20:08:00Z'), options);
    return (await pollIntoState(first.next, CATALOG, at('2026-09-11T20:10:00Z'), options)).next;
  }

  it('a State with memos, bases and a foreseen change reads back exactly as written', async () => {
    const state = await polledTwice();
    expect(state.providers.gemini?.reading?.changesAt).toBe('2026-09-11T20:22:00.000Z');
    expect(state.providers.gemini?.reading?.basis?.body).toMatch(/\S/);
    expect(state.sources?.[URLS.gemini]).toEqual({ bytes: expect.any(Number), validated: false });
    expect(state.sources?.[URLS.claude]?.validated).toBe(true);
    const problems: string[] = [];
    expect(readStoredState(JSON.parse(JSON.stringify(state)), (problem) => problems.push(problem))).toEqual(state);
    expect(problems).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['a size that is not a number', { bytes: '26 KB', validated: false }],
    ['a negative size', { bytes: -1, validated: false }],
    ['no validated flag', { bytes: 1000 }],
    ['not an object', 'memo'],
  ])('an entry with %s is dropped alone; the State and the other entries read', async (_, entry) => {
    const state = await polledTwice();
    const problems: string[] = [];
    const read = readStoredState(
      JSON.parse(JSON.stringify({ ...state, sources: { ...state.sources, [URLS.gemini]: entry } })),
      (problem) => problems.push(problem),
    );
    const { [URLS.gemini]: _dropped, ...others } = state.sources ?? {};
    expect(read).toEqual({ ...state, sources: others });
    expect(Object.keys(others).length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('a memo table that is not a table reads as an empty one', async () => {
    const state = await polledTwice();
    for (const sources of ['sources', [], null, 7]) {
      expect(readStoredState(JSON.parse(JSON.stringify({ ...state, sources }))), String(sources)).toEqual({
        ...state,
        sources: {},
      });
    }
  });
});
