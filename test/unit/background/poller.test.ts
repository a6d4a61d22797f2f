import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { State } from '../../../src/core/model';
import { MINUTE_MS } from '../../../src/core/time';
import type { fakeFetch } from '../support/fake-fetch';
import { storedState } from '../support/storage';
import { CLAUDE, firePollAlarm, refresh, serveRealPages, startWorker } from '../support/worker-harness';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/** xAI's real feed, 124 KB, sent without validators by the fake fetch: the heavy page of the baseline. */
const XAI = 'https://status.x.ai/feed.xml';
const T0 = Date.parse('2026-10-08T00:00:00.000Z');

let fetch: ReturnType<typeof fakeFetch>;

beforeEach(async () => {
  // Only the clock is faked: timeouts and storage events run as they do.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  ({ fetch } = serveRealPages());
  await startWorker();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The requests to `url` made from now on. */
function countFrom(url: string): () => number {
  const start = fetch.calls.length;
  return () => fetch.calls.slice(start).filter((call) => call.url === url).length;
}

/** The whole minutes after T0 of a time, as the poll wrote it (the faked clock runs on a few ms). */
function minuteOf(iso: string | undefined): number {
  return Math.floor((Date.parse(iso ?? '') - T0) / MINUTE_MS);
}

/** The alarm fires `minutes` after T0; resolves with the State that poll stored. */
async function alarmAt(minutes: number): Promise<State> {
  vi.setSystemTime(T0 + minutes * MINUTE_MS);
  await firePollAlarm();
  const firedAt = Date.now();
  return await vi.waitFor(async () => {
    const state = await storedState();
    // The faked clock still runs on from where it was set.
    if (!state?.checkedAt || Date.parse(state.checkedAt) < firedAt) throw new Error('the poll has not stored yet');
    return state;
  });
}

describe('the worker paces a heavy page without validators', () => {
  it('the alarm leaves it alone between its fetches; a Refresh fetches it; the alarm fetches it again in time', async () => {
    const first = await refresh();
    const grok = first.providers.grok;
    expect(grok?.severity).toBe('operational');
    expect(first.sources?.[XAI]).toMatchObject({ validated: false });

    // Its first read was a change (nothing was read from it before): the alarm reads it once more, finds the same.
    const again = countFrom(XAI);
    const reread = await alarmAt(2);
    expect(again()).toBe(1);
    const xai = countFrom(XAI);
    const claude = countFrom(CLAUDE);
    const second = await alarmAt(4);
    expect(xai()).toBe(0);
    expect(claude()).toBe(1);
    // As it was: not stale, no error, its reading's time the poll before's.
    expect(second.providers.grok).toEqual(reread.providers.grok);
    expect(minuteOf(second.providers.grok?.reading?.fetchedAt)).toBe(2);

    const manual = countFrom(XAI);
    vi.setSystemTime(T0 + 5 * MINUTE_MS);
    const refreshed = await refresh();
    expect(manual()).toBe(1);
    expect(minuteOf(refreshed.providers.grok?.reading?.fetchedAt)).toBe(5);

    // Every 6 minutes from the Refresh: left alone at 7 and 9, read at 11, within 10 minutes.
    const later = countFrom(XAI);
    await alarmAt(7);
    await alarmAt(9);
    expect(later()).toBe(0);
    const due = await alarmAt(11);
    expect(later()).toBe(1);
    expect(minuteOf(due.providers.grok?.reading?.fetchedAt)).toBe(11);
    expect(due.providers.grok?.error).toBeUndefined();
    expect(due.backoff?.[XAI]).toBeUndefined();
  });
});
