import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baselineAnswers, CLAUDE_INCIDENT, CLAUDE_OPERATIONAL, URLS } from '../fake-server/baseline';
import { type FakeStatusServer, fixture, httpError, startFakeStatusServer } from '../fake-server/server';
import {
  badgeOf,
  launchRadar,
  notificationIds,
  openPopup,
  type Radar,
  recordedNotifications,
  recordNotifications,
  requestRefresh,
  restartWorker,
  screenshot,
  storedState,
  waitForStoredState,
} from './browser';

/** The worker's own API, as the tests call it inside the extension. */
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

describe('desktop notifications in Chromium: once, across a worker restart, through unreadable polls, after a corrupted memory', () => {
  let server: FakeStatusServer;
  let radar: Radar;
  let popup: Page;
  let openedId: string;

  beforeAll(async () => {
    server = await startFakeStatusServer(baselineAnswers());
    radar = await launchRadar(server.port);
    await waitForStoredState(radar.worker);
    popup = await openPopup(radar);
  });

  afterAll(async () => {
    await radar?.close();
    await server?.close();
  });

  it('the install poll is a baseline: ChatGPT, degraded already, is not announced', async () => {
    expect(await notificationIds(radar.worker)).toEqual([]);
  });

  it('an incident opens on status.claude.com: one notification', async () => {
    await recordNotifications(radar.worker);
    server.serve(URLS.claude, fixture(CLAUDE_INCIDENT));
    await requestRefresh(popup);
    await expect.poll(() => notificationIds(radar.worker), { timeout: 5_000 }).toHaveLength(1);
    openedId = (await notificationIds(radar.worker))[0] ?? '';
    const [created] = await recordedNotifications(radar.worker);
    expect(created?.title).toBe('Claude API: Partial outage');
    expect(created?.message).toMatch(/^Elevated errors on platform.claude.com\n/);

    // Polling again changes nothing.
    await requestRefresh(popup);
    expect(await notificationIds(radar.worker)).toEqual([openedId]);
    expect(await recordedNotifications(radar.worker)).toHaveLength(1);
  });

  it('the worker is stopped and started again, and polls again: no second notification', async () => {
    await radar.worker.evaluate(() => {
      (globalThis as { beforeRestart?: boolean }).beforeRestart = true;
    });
    await restartWorker(radar, popup);
    const worker = radar.worker;
    // A new instance: what the old one held in memory is gone.
    expect(await worker.evaluate(() => (globalThis as { beforeRestart?: boolean }).beforeRestart)).toBeUndefined();
    await recordNotifications(worker);
    await requestRefresh(popup);
    await requestRefresh(popup);
    expect(await recordedNotifications(worker)).toEqual([]);
    expect(await notificationIds(worker)).toEqual([openedId]);
  });

  it('the page cannot be read, then reads the outage over: one "working again" notification', async () => {
    for (const url of [URLS.claude, URLS.claudeFallback, URLS.claudeHistory]) server.serve(url, httpError(503));
    await requestRefresh(popup);
    expect(await recordedNotifications(radar.worker)).toEqual([]);
    for (const url of [URLS.claude, URLS.claudeFallback]) server.serve(url, fixture(CLAUDE_OPERATIONAL));
    server.serve(URLS.claudeHistory, fixture('statuspage/anthropic-history-atom-1.xml'));
    await requestRefresh(popup);
    await requestRefresh(popup);
    expect((await recordedNotifications(radar.worker)).map((created) => created.title)).toEqual(['Claude API: working again']);
    const ids = await notificationIds(radar.worker);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(openedId);
  });

  it('operational, then unreadable, then an outage: the outage is told', async () => {
    await recordNotifications(radar.worker);
    for (const url of [URLS.claude, URLS.claudeFallback, URLS.claudeHistory]) server.serve(url, httpError(503));
    await requestRefresh(popup);
    expect(await recordedNotifications(radar.worker)).toEqual([]);
    server.serve(URLS.claude, fixture(CLAUDE_INCIDENT));
    await requestRefresh(popup);
    expect((await recordedNotifications(radar.worker)).map((created) => created.title)).toEqual(['Claude API: Partial outage']);
  });

  it('a corrupted memory of what was told: the next poll completes, says so in the console, and tells what comes next', async () => {
    const warnings: string[] = [];
    radar.worker.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await radar.worker.evaluate(() =>
      chrome.storage.local.set({ notified: { version: 1, providers: { claude: {} }, pending: {} } }),
    );
    const before = (await storedState(radar.worker))?.checkedAt;
    server.serve(URLS.claude, fixture(CLAUDE_OPERATIONAL));
    const state = await requestRefresh(popup);
    expect(state.checkedAt).not.toBe(before);
    expect((await storedState(radar.worker))?.checkedAt).toBe(state.checkedAt);
    expect(await badgeOf(radar.worker)).toMatchObject({ text: '1' });
    await expect.poll(() => warnings.join('\n')).toMatch(/notified/);
    await recordNotifications(radar.worker);
    server.serve(URLS.claude, fixture(CLAUDE_INCIDENT));
    await requestRefresh(popup);
    expect((await recordedNotifications(radar.worker)).map((created) => created.title)).toEqual(['Claude API: Partial outage']);
  });

  it('the options page sends a test notification, and says how to allow them', async () => {
    const options = await radar.context.newPage();
    await options.goto(`chrome-extension://${radar.extensionId}/src/options/index.html`);
    const button = options.getByRole('button', { name: 'Send a test notification' });
    await button.click();
    await expect.poll(() => notificationIds(radar.worker), { timeout: 5_000 }).toContain('radar-test');
    await expect.poll(() => options.locator('.test').getByRole('status').textContent()).toContain('Sent');
    expect(await options.locator('details.help summary').textContent()).toBe('Not seeing notifications?');
    await screenshot(options, 'options-notifications.png');
    await options.close();
  });
});
