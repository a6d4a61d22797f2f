import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/settings';
import type { StoredTrafficVerdict } from '../../../src/core/traffic/verdict';
import { type FakeEvent, fakeEvent } from '../support/fake-events';
import { stored } from '../support/storage';
import { refresh, serveRealPages, startWorker, stopWorker } from '../support/worker-harness';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/** A request as the browser reports it to an observer; only what the worker reads, and a tab id it must not keep. */
type Details = { url: string; statusCode?: number; error?: string; tabId: number; requestId: string };

const COMPLETION = 'https://claude.ai/api/organizations/4f1c2d/chat_conversations/9a2b7e/completion';
const CHATGPT = 'https://chatgpt.com/backend-api/f/conversation';

let completed: FakeEvent<[Details]>;
let failed: FakeEvent<[Details]>;

/** The browser with `webRequest` granted (present) or not (absent, as without the permission). */
function giveWebRequest(granted: boolean): void {
  completed = fakeEvent<[Details]>();
  failed = fakeEvent<[Details]>();
  const target = fakeBrowser as unknown as { webRequest?: unknown };
  target.webRequest = granted ? { onCompleted: completed, onErrorOccurred: failed } : undefined;
}

async function settled(): Promise<void> {
  const { trafficIdle } = await import('../../../src/background/traffic');
  await trafficIdle();
}

async function answer(url: string, statusCode: number): Promise<void> {
  completed.trigger({ url, statusCode, tabId: 7, requestId: '311' });
  await settled();
}

async function verdict(): Promise<StoredTrafficVerdict | undefined> {
  return (await stored('trafficVerdict')) as StoredTrafficVerdict | undefined;
}

beforeEach(async () => {
  serveRealPages();
  await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), ownTraffic: ['claude'] } });
});

afterEach(() => {
  stopWorker();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the user’s own requests, observed by the worker', () => {
  it('three failing requests to Claude are a warning; one that succeeds clears it; only assistant, outcome and minute are kept', async () => {
    giveWebRequest(true);
    await startWorker();
    await answer(COMPLETION, 500);
    await answer(COMPLETION, 529);
    expect((await verdict())?.warnings ?? []).toEqual([]);
    await answer(COMPLETION, 503);
    expect((await verdict())?.warnings).toEqual([
      expect.objectContaining({ kind: 'failing', providerId: 'claude', failures: 3, outcomes: ['server_error', 'overloaded'] }),
    ]);
    const kept = JSON.stringify([await stored('ownTraffic'), await stored('trafficVerdict')]);
    for (const secret of ['organizations', '4f1c2d', '9a2b7e', 'claude.ai', '311', 'tabId']) expect(kept).not.toContain(secret);
    // Nothing of the request is anywhere else in storage either.
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toMatch(/4f1c2d|9a2b7e|organizations/);
    // The day is marked for the history strip, in the user's calendar; nothing else of it.
    // Written by the worker under test as FailureDays (core/traffic/failure-days).
    const days = (await stored('ownFailureDays')) as { days: Record<string, string[]> } | undefined;
    expect(Object.keys(days?.days ?? {})).toEqual(['claude']);
    expect(days?.days.claude).toHaveLength(1);
    await answer(COMPLETION, 200);
    expect((await verdict())?.warnings).toEqual([]);
  });

  it('observes nothing of an assistant the user has not turned it on for, nor aborts, nor a 403', async () => {
    giveWebRequest(true);
    await startWorker();
    for (let index = 0; index < 5; index += 1) await answer(CHATGPT, 502);
    failed.trigger({ url: COMPLETION, error: 'net::ERR_ABORTED', tabId: 7, requestId: '1' });
    await settled();
    await answer(COMPLETION, 403);
    expect(await stored('ownTraffic')).toBeUndefined();
  });

  it('a stopped and started worker observes again: its listeners are registered at its start', async () => {
    giveWebRequest(true);
    await startWorker();
    await answer(COMPLETION, 500);
    stopWorker();
    expect(completed.hasListeners()).toBe(false);
    await startWorker();
    expect(completed.hasListeners()).toBe(true);
    await answer(COMPLETION, 500);
    await answer(COMPLETION, 500);
    expect((await verdict())?.warnings).toEqual([expect.objectContaining({ kind: 'failing', providerId: 'claude' })]);
  });

  it('without the permission nothing is registered; granted later, it observes from then on', async () => {
    giveWebRequest(false);
    await startWorker();
    const granted = { onCompleted: fakeEvent<[Details]>(), onErrorOccurred: fakeEvent<[Details]>() };
    completed = granted.onCompleted;
    failed = granted.onErrorOccurred;
    (fakeBrowser as unknown as { webRequest?: unknown }).webRequest = granted;
    expect(completed.hasListeners()).toBe(false);
    (fakeBrowser.permissions.onAdded as unknown as FakeEvent<[unknown]>).trigger({ permissions: ['webRequest'] });
    expect(completed.hasListeners()).toBe(true);
    await answer(COMPLETION, 500);
    expect(((await stored('ownTraffic')) as { samples: unknown[] }).samples).toHaveLength(1);
  });

  it('the badge says it beside the pages’ word at once, and stops saying it once nothing has renewed it for minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-10-08T10:00:30Z'));
    giveWebRequest(true);
    await startWorker();
    await refresh();
    const counted = await fakeBrowser.action.getBadgeText({});
    for (let index = 0; index < 3; index += 1) await answer(COMPLETION, 500);
    const line = 'Claude: your requests are failing · status page: Operational';
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({})).toContain(line));
    // The pages' count of assistants affected stays the badge's text; the user's own requests are a line beside it.
    expect(await fakeBrowser.action.getBadgeText({})).toBe(counted);
    expect(counted).not.toBe('');
    vi.setSystemTime(Date.parse('2026-10-08T10:04:30Z'));
    await refresh();
    expect(await fakeBrowser.action.getTitle({})).not.toContain(line);
    expect((await verdict())?.warnings).toEqual([]);
    vi.useRealTimers();
  });
});
