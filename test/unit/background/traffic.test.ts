import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/settings';
import type { StoredTrafficVerdict } from '../../../src/core/traffic/verdict';
import { type FakeEvent, fakeEvent } from '../support/fake-events';
import { stored } from '../support/storage';
import { refresh, serveRealPages, settle, startWorker, stopWorker } from '../support/worker-harness';

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
    // Added after its start, the observer is not one a browser starts a stopped worker for (Firefox): an alarm
    // starts it again every half minute, until a start has registered the observer at its top level.
    expect(await fakeBrowser.alarms.get('own-traffic-observer-start')).toMatchObject({ periodInMinutes: 0.5 });
    stopWorker();
    await startWorker();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('own-traffic-observer-start')).toBeUndefined());
    expect(completed.hasListeners()).toBe(true);
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

describe('notifying of them, when the user asked to be', () => {
  const NOTIFY_ON = { ...defaultSettings(), ownTraffic: ['claude'] };
  NOTIFY_ON.notifications = { ...NOTIFY_ON.notifications, ownTraffic: true };

  /** The notifications the worker created, by title. */
  function titlesOf(create: { mock: { calls: unknown[][] } }): string[] {
    // The worker calls notifications.create(id, options): the options' title is what the user reads.
    return create.mock.calls.map((call) => String((call[1] as { title?: unknown } | undefined)?.title));
  }

  it('off by default: a run of failures notifies nothing, though the badge says it', async () => {
    giveWebRequest(true);
    await startWorker();
    await refresh();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    for (let index = 0; index < 6; index += 1) await answer(COMPLETION, 500);
    expect((await verdict())?.warnings).toEqual([expect.objectContaining({ kind: 'failing' })]);
    expect(create).not.toHaveBeenCalled();
  });

  it('turned on: one notification when the run begins, none for the failures after it, nor after a restart', async () => {
    await fakeBrowser.storage.local.set({ settings: NOTIFY_ON });
    giveWebRequest(true);
    await startWorker();
    await refresh();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    for (let index = 0; index < 3; index += 1) await answer(COMPLETION, 500);
    await vi.waitFor(() => expect(titlesOf(create)).toEqual(['Claude: your requests are failing']));
    for (let index = 0; index < 3; index += 1) await answer(COMPLETION, 502);
    stopWorker();
    await startWorker();
    await refresh();
    for (let index = 0; index < 3; index += 1) await answer(COMPLETION, 503);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await stored('outbox')).toEqual([]);
    // The run is kept with when it began, for the popup's "how much earlier than the page".
    expect(await stored('trafficEpisodes')).toEqual({
      version: 1,
      episodes: [expect.objectContaining({ providerId: 'claude', toldMinute: expect.any(Number) })],
    });
  });
});

describe('turned on from the popup, which Firefox may close as its prompt opens', () => {
  const contains = () => fakeBrowser.permissions as unknown as { contains: (asked: unknown) => Promise<boolean> };

  async function ask(providerId: string): Promise<unknown> {
    const [answered] = await fakeBrowser.runtime.onMessage.trigger({ type: 'own-traffic-on', providerId }, {}, () => {});
    return answered;
  }

  async function ownTrafficSetting(): Promise<unknown> {
    // Written by the worker as Settings (core/model).
    return ((await stored('settings')) as { ownTraffic?: unknown } | undefined)?.ownTraffic;
  }

  beforeEach(async () => {
    await fakeBrowser.storage.local.set({ settings: defaultSettings() });
  });

  it('the wish waits for the grant, which turns it on with nobody left to hear the answer', async () => {
    let granted = false;
    vi.spyOn(contains(), 'contains').mockImplementation(async () => granted);
    giveWebRequest(false);
    await startWorker();
    expect(await ask('claude')).toBe(false);
    expect(await ownTrafficSetting()).toEqual([]);
    granted = true;
    (fakeBrowser.permissions.onAdded as unknown as FakeEvent<[unknown]>).trigger({ permissions: ['webRequest'] });
    await vi.waitFor(async () => expect(await ownTrafficSetting()).toEqual(['claude']));
    expect(await stored('ownTrafficWishes')).toEqual([]);
  });

  it('already granted: on at once; an assistant with no web app, or a wish gone stale, turns nothing on', async () => {
    vi.spyOn(contains(), 'contains').mockResolvedValue(true);
    await startWorker();
    expect(await ask('claude-code')).toBe(false);
    expect(await ask('claude')).toBe(true);
    expect(await ownTrafficSetting()).toEqual(['claude']);
    await fakeBrowser.storage.local.set({ ownTrafficWishes: [{ providerId: 'chatgpt', atMs: Date.now() - 11 * 60_000 }] });
    (fakeBrowser.permissions.onAdded as unknown as FakeEvent<[unknown]>).trigger({ origins: ['https://chatgpt.com/*'] });
    await settle();
    expect(await ownTrafficSetting()).toEqual(['claude']);
  });

  it('access taken back in the browser’s settings turns it off, so nothing claims to watch what it cannot', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), ownTraffic: ['claude', 'chatgpt'] } });
    vi.spyOn(contains(), 'contains').mockImplementation(async (asked) => JSON.stringify(asked).includes('chatgpt.com'));
    await startWorker();
    (fakeBrowser.permissions.onRemoved as unknown as FakeEvent<[unknown]>).trigger({ origins: ['https://claude.ai/*'] });
    await vi.waitFor(async () => expect(await ownTrafficSetting()).toEqual(['chatgpt']));
  });
});
