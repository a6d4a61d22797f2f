import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOG } from '../../../src/core/catalog/providers';
import { hasStatusSource } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings/settings';
import { BADGE_COLORS } from '../../../src/core/view/badge';
import { readFixture } from '../../fixtures';
import type { FakeAnswer, fakeFetch } from '../support/fake-fetch';
import { storedState } from '../support/storage';
import { CLAUDE, firePollAlarm, refresh, serveRealPages, startWorker, stopWorker } from '../support/worker-harness';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const CLAUDE_SECONDARY = 'https://anthropic.statuspage.io/api/v2/summary.json';
const CLAUDE_HISTORY = 'https://status.claude.com/history.atom';

let routes: Record<string, FakeAnswer>;
let fetch: ReturnType<typeof fakeFetch>;

beforeEach(async () => {
  ({ routes, fetch } = serveRealPages());
  await startWorker();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the service worker', () => {
  it('on install: schedules the 2-minute alarm, polls every provider, stores the state and sets the badge', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await storedState()).toBeDefined());

    const alarm = await fakeBrowser.alarms.get('poll');
    expect(alarm?.periodInMinutes).toBe(2);

    const state = await storedState();
    // Every assistant with a status source; Microsoft Copilot and Meta AI have none and get no made-up state.
    expect(Object.keys(state?.providers ?? {}).sort()).toEqual(
      CATALOG.filter(hasStatusSource)
        .map((provider) => provider.id)
        .sort(),
    );
    expect(Object.values(state?.providers ?? {}).filter((provider) => provider.error)).toEqual([]);
    expect(state?.providers['claude-api']?.severity).toBe('partial_outage');
    expect(state?.providers.chatgpt?.severity).toBe('degraded');
    expect(state?.providers.claude?.severity).toBe('operational');

    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('2'));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([194, 65, 12, 255]);
    expect(BADGE_COLORS.partial_outage).toBe('#c2410c');
    expect(await fakeBrowser.action.getTitle({})).toBe('AI Outage Radar\nClaude API: Partial outage\nChatGPT: Degraded');

    // One request per page, however many products share it, each allowed to revalidate.
    expect(fetch.calls.filter((call) => call.url === CLAUDE)).toHaveLength(1);
    expect(fetch.calls.every((call) => call.cache === 'no-cache')).toBe(true);
  });

  it('answers a refresh message with the new state, and polls on the alarm', async () => {
    const first = await refresh();
    expect(first.providers['claude-api']?.severity).toBe('partial_outage');

    routes[CLAUDE] = { body: readFixture('statuspage/anthropic-summary-operational-1.json') };
    await firePollAlarm();
    await vi.waitFor(async () => expect((await storedState())?.providers['claude-api']?.severity).toBe('operational'));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
  });

  it('keeps the last good reading when every source of a provider fails, and never calls it down', async () => {
    await refresh();
    routes[CLAUDE] = { status: 503, body: 'upstream unavailable' };
    routes[CLAUDE_SECONDARY] = { status: 503, body: 'upstream unavailable' };
    routes[CLAUDE_HISTORY] = { networkError: true };
    const state = await refresh();

    const api = state.providers['claude-api'];
    expect(api?.severity).toBe('unknown');
    expect(api?.error).toMatchObject({ kind: 'http', status: 503, source: CLAUDE });
    expect(api?.reading?.severity).toBe('partial_outage');
    expect(api?.reading?.incidents[0]?.title).toBe('Elevated errors on platform.claude.com');
    // Unreadable for one poll only: at a glance the Claude API still counts as its last reading (partial
    // outage), beside ChatGPT (degraded), and the tooltip says it could not be checked just now.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toContain('Claude API: Could not check just now; last reading: Partial outage');
  });

  it('falls back to the second source in the same poll', async () => {
    routes[CLAUDE] = { status: 403, body: '<html><title>Just a moment...</title></html>', contentType: 'text/html' };
    routes[CLAUDE_SECONDARY] = { body: readFixture('statuspage/anthropic-summary-unresolved-major-monitoring-1.json') };
    const state = await refresh();
    expect(state.providers['claude-api']).toMatchObject({ severity: 'partial_outage', reading: { source: CLAUDE_SECONDARY } });
    expect(state.providers['claude-api']?.error).toBeUndefined();
  });

  it('survives a restart: state and alarm are kept, and the alarm is not pushed back', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await storedState()).toBeDefined());
    const alarmBefore = await fakeBrowser.alarms.get('poll');

    stopWorker();
    await startWorker();
    const state = await refresh();
    expect(state.providers['claude-api']?.severity).toBe('partial_outage');
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('poll')).toEqual(alarmBefore));
  });

  it('re-schedules when the poll period changes in settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, watched: ['claude', 'chatgpt'], pollMinutes: 5 } });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get('poll'))?.periodInMinutes).toBe(5));
    await vi.waitFor(async () =>
      expect(Object.keys((await storedState())?.providers ?? {}).sort()).toEqual(['chatgpt', 'claude']),
    );
  });

  it('a snooze or a notification switch saved in settings does not poll again; a new watch list does', async () => {
    const settings = defaultSettings();
    await fakeBrowser.storage.local.set({ settings });
    await refresh();
    fetch.calls.length = 0;
    const snoozes = [{ providerId: 'claude', until: Date.now() + 60_000 }];
    await fakeBrowser.storage.local.set({ settings: { ...settings, notifications: { ...settings.notifications, snoozes } } });
    await new Promise((done) => setTimeout(done, 100));
    expect(fetch.calls).toEqual([]);

    await fakeBrowser.storage.local.set({ settings: { ...settings, watched: ['claude'] } });
    await vi.waitFor(() => expect(fetch.calls.map((call) => call.url)).toContain(CLAUDE));
  });

  it('a poll after storage was corrupted starts fresh instead of crashing', async () => {
    await fakeBrowser.storage.local.set({ state: 'garbage', settings: { version: 99 } });
    const state = await refresh();
    expect(state.version).toBe(1);
    expect(state.providers['claude-api']?.severity).toBe('partial_outage');
  });
});

describe('notifications from the service worker', () => {
  const OPERATIONAL = 'statuspage/anthropic-summary-operational-1.json';
  const INCIDENT = 'statuspage/anthropic-summary-unresolved-major-monitoring-1.json';

  type Shown = Record<string, { title: string; message: string; buttons?: { title: string }[] }>;

  /** The options of every notification on screen (getAll answers ids only, as in Chrome). */
  async function shown(): Promise<Shown> {
    return (fakeBrowser.notifications as unknown as { getAllCreateOptions(): Shown }).getAllCreateOptions();
  }

  /** Claude's incident opens at the next poll; waits for it to be the one notification on screen, and returns it. */
  async function incidentNotified(): Promise<[string, Shown[string]]> {
    routes[CLAUDE] = { body: readFixture(INCIDENT) };
    await refresh();
    await vi.waitFor(async () => expect(Object.keys(await shown())).toHaveLength(1));
    const [only] = Object.entries(await shown());
    if (!only) throw new Error('no notification');
    return only;
  }

  afterEach(() => {
    vi.restoreAllMocks();
  });

  beforeEach(async () => {
    routes[CLAUDE] = { body: readFixture(OPERATIONAL) };
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await storedState()).toBeDefined());
  });

  it('the first poll is a baseline: ChatGPT, degraded at install, is not announced', async () => {
    expect(await shown()).toEqual({});
  });

  it('an incident opens: one notification, with its buttons; later polls and a restart add none', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const [, notice] = await incidentNotified();
    expect(notice).toMatchObject({
      title: 'Claude API: Partial outage',
      buttons: [{ title: 'Open status page' }, { title: 'Switch to OpenAI API' }],
    });
    expect(notice.message).toMatch(/^Elevated errors on platform.claude.com\n/);

    await refresh();
    stopWorker();
    await startWorker();
    await refresh();
    expect(create).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get('outbox')).toEqual({ outbox: [] });
  });

  it('a worker stopped after deciding but before showing shows the notice at its next start, once', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    // The first attempt never completes: the worker is stopped while it waits.
    create.mockImplementationOnce(() => new Promise(() => {}));
    routes[CLAUDE] = { body: readFixture(INCIDENT) };
    void refresh();
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect((await fakeBrowser.storage.local.get('outbox')).outbox).toHaveLength(1);

    stopWorker();
    await startWorker();
    await vi.waitFor(async () =>
      expect(Object.values(await shown()).map((notice) => notice.title)).toEqual(['Claude API: Partial outage']),
    );
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('outbox')).toEqual({ outbox: [] }));
    // And the next poll does not tell it again.
    await refresh();
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('a click opens the incident; the buttons open the status page and the alternative', async () => {
    const openTab = vi.spyOn(fakeBrowser.tabs, 'create');
    const [id] = await incidentNotified();

    await fakeBrowser.notifications.onButtonClicked.trigger(id, 1);
    await vi.waitFor(() => expect(openTab).toHaveBeenLastCalledWith({ url: 'https://platform.openai.com/' }));
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 0);
    await vi.waitFor(() => expect(openTab).toHaveBeenLastCalledWith({ url: 'https://status.claude.com' }));
    await fakeBrowser.notifications.onClicked.trigger(id);
    await vi.waitFor(() => expect(openTab).toHaveBeenLastCalledWith({ url: 'https://status.claude.com/incidents/978mjkgw6mh7' }));
    expect(await shown()).toEqual({});
  });

  it('the incident resolves: one "working again" notification', async () => {
    routes[CLAUDE] = { body: readFixture(INCIDENT) };
    await refresh();
    routes[CLAUDE] = { body: readFixture(OPERATIONAL) };
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await refresh();
    await refresh();
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]?.[1]).toMatchObject({ title: 'Claude API: working again' });
  });

  it("answers the options page's test request with a test notification", async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'test-notification' }, {}, () => {});
    await vi.waitFor(async () => expect((await shown())['radar-test']?.title).toBe('AI Outage Radar: test notification'));
  });
});
