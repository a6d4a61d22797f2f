import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_PACE_MS, HISTORY_RETRY_MS } from '../../../src/core/history/pages/page-store';
import { historyPlans } from '../../../src/core/history/pages/plan';
import { decodeHistoryView } from '../../../src/core/history/view/stored-view';
import type { HistoryView } from '../../../src/core/history/view/view';
import { defaultSettings, watchedProviders } from '../../../src/core/settings/settings';
import { readFixture, readSynthetic } from '../../fixtures';
import type { FakeAnswer } from '../support/fake-fetch';
import { keysWritten, recordWrites, stored } from '../support/storage';
import { historySettled, refresh, serveRealPages, startWorker, stopWorker } from '../support/worker-harness';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/** The day the synthetic showcase was answered: its 90 days end here. */
const DAY = Date.parse('2026-09-22T12:00:00Z');
const plans = historyPlans(watchedProviders(defaultSettings()), DAY);
const liveUrls = new Set(watchedProviders(defaultSettings()).flatMap((provider) => provider.sources.map((source) => source.url)));
/** The history's own requests: a feed's or Google's history is the body the poll reads too, and is not counted here. */
const historyUrls = new Set(
  plans.flatMap((plan) => plan.requests.map((request) => request.url)).filter((url) => !liveUrls.has(url)),
);
const claudePlan = plans.find((plan) => plan.providerIds.includes('claude'));
const SHOWCASE = claudePlan?.requests[0]?.url ?? '';

let routes: Record<string, FakeAnswer>;
let calls: { url: string }[];

async function view(): Promise<HistoryView | undefined> {
  return decodeHistoryView(await stored('historyView'));
}

const historyCalls = () => calls.filter((call) => historyUrls.has(call.url)).length;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(DAY);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const served = serveRealPages();
  routes = served.routes;
  calls = served.fetch.calls;
  routes[SHOWCASE] = { body: readSynthetic('synthetic-statuspage-uptime-showcase.json') };
  await startWorker();
});

afterEach(() => {
  stopWorker();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the worker’s history', () => {
  it('reads each page’s history once, and draws each assistant’s strip from its own components', async () => {
    await refresh();
    expect(calls.filter((call) => call.url === SHOWCASE)).toHaveLength(1);
    const drawn = await view();
    const claudeAi = drawn?.assistants.claude?.days.find((day) => day.day === '2026-07-30');
    const claudeCode = drawn?.assistants['claude-code']?.days.find((day) => day.day === '2026-07-30');
    expect(claudeAi).toMatchObject({ level: 'major_outage', titles: ['Elevated errors on claude.ai'] });
    expect(claudeCode?.level).toBe('operational');
    expect(drawn?.assistants.claude?.uptimes.map((uptime) => uptime.percent)).toEqual([99.9, 99.96]);
    // Better Stack's history is in the index the poll reads; Hugging Face gets the real 90 days.
    expect(drawn?.assistants.huggingchat?.basis).not.toBe('own');
    // An assistant with no public status page has no strip.
    expect(drawn?.assistants['meta-ai']).toBeUndefined();
  });

  it('never reads history in the poll’s pace: a second poll within hours asks for none', async () => {
    await refresh();
    const first = historyCalls();
    expect(first).toBeGreaterThan(0);
    vi.setSystemTime(DAY + 10 * 60_000);
    await refresh();
    expect(historyCalls()).toBe(first);
    vi.setSystemTime(DAY + HISTORY_PACE_MS + 60_000);
    await refresh();
    expect(calls.filter((call) => call.url === SHOWCASE)).toHaveLength(2);
  });

  it('keeps the last history when the page fails, says since when, and the State never hears of it', async () => {
    await refresh();
    routes[SHOWCASE] = { status: 503, body: 'unavailable' };
    vi.setSystemTime(DAY + HISTORY_PACE_MS + 60_000);
    const state = await refresh();
    const claude = (await view())?.assistants.claude;
    expect(claude?.days.find((day) => day.day === '2026-07-30')?.level).toBe('major_outage');
    expect(claude?.readAtMs).toBe(DAY);
    expect(claude?.failedAtMs).toBe(DAY + HISTORY_PACE_MS + 60_000);
    expect(state.providers.claude?.error).toBeUndefined();
    // Sooner than the pace after a failure, and it heals.
    routes[SHOWCASE] = { body: readSynthetic('synthetic-statuspage-uptime-showcase.json') };
    vi.setSystemTime(DAY + HISTORY_PACE_MS + HISTORY_RETRY_MS + 120_000);
    await refresh();
    expect((await view())?.assistants.claude?.failedAtMs).toBeUndefined();
  });

  it('a broken history of one page leaves every other page’s history whole', async () => {
    routes[SHOWCASE] = { body: '{"timelines": "not an object"' };
    await refresh();
    const drawn = await view();
    expect(drawn?.assistants.claude?.basis).toBe('own');
    // Google's incident list, read for Gemini, still marks the real degraded day of its capture.
    expect(drawn?.assistants.gemini?.basis).toBe('page+own');
    expect(drawn?.assistants.gemini?.days.some((day) => day.level === 'degraded')).toBe(true);
  });

  it('answers the popup’s “history is old” only with the pages that are due', async () => {
    await refresh();
    const before = calls.length;
    await fakeBrowser.runtime.onMessage.trigger({ type: 'history-due' }, {}, () => {});
    await historySettled();
    expect(calls.length).toBe(before);
    vi.setSystemTime(DAY + HISTORY_PACE_MS + 60_000);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'history-due' }, {}, () => {});
    await historySettled();
    expect(calls.filter((call) => call.url === SHOWCASE)).toHaveLength(2);
  });

  it('a quiet poll writes neither the history nor its view again', async () => {
    await refresh();
    const written = recordWrites();
    vi.setSystemTime(DAY + 2 * 60_000);
    await refresh();
    expect(keysWritten(written)).not.toContain('pageHistory');
    expect(keysWritten(written)).not.toContain('historyView');
  });

  it('marks an outage under way on today’s mark, and writes the view again hourly, not at every poll', async () => {
    // The baseline's ChatGPT is degraded now: the radar sees it itself.
    vi.setSystemTime(DAY + 10 * 60_000);
    await refresh();
    const today = (await view())?.assistants.chatgpt?.days.at(-1);
    expect(today).toMatchObject({ day: '2026-09-22', level: 'degraded', ongoing: true });
    const written = recordWrites();
    // Polls every 2 minutes through the hour: the outage goes on, and the view is not written again.
    for (let minute = 12; minute < 60; minute += 2) {
      vi.setSystemTime(DAY + minute * 60_000);
      await refresh();
    }
    expect(keysWritten(written)).not.toContain('historyView');
    vi.setSystemTime(DAY + 60 * 60_000);
    await refresh();
    expect(keysWritten(written)).toContain('historyView');
    expect((await view())?.assistants.chatgpt?.days.at(-1)).toMatchObject({ minutes: { degraded: 50 }, ongoing: true });
  });

  it('stays small: every default assistant’s 90 days in a few KB', async () => {
    await refresh();
    const bytes = JSON.stringify(await stored('historyView')).length + JSON.stringify(await stored('pageHistory')).length;
    expect(bytes).toBeLessThan(40_000);
    expect(readFixture('betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json').length).toBeGreaterThan(bytes);
  });
});
