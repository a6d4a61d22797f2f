import { describe, expect, it } from 'vitest';
import { CLAUDE_INCIDENT, CLAUDE_OPERATIONAL, URLS } from '../fake-server/baseline';
import { fixture, httpError } from '../fake-server/server';
import {
  notificationIds,
  openOptions,
  recordedNotifications,
  recordNotifications,
  requestRefresh,
  restartWorker,
  screenshot,
  storedState,
} from './browser';
import { useRadarSession } from './radar-session';

/** The worker's own API, as the tests call it inside the extension. */
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

describe('desktop notifications in Chromium: once, across a worker restart, through unreadable polls, after a corrupted memory', () => {
  const session = useRadarSession({ popup: true });
  let openedId: string;

  it('the install poll is a baseline: ChatGPT, degraded already, is not announced', async () => {
    expect(await notificationIds(session.worker)).toEqual([]);
  });

  it('an incident opens on status.claude.com: one notification', async () => {
    await recordNotifications(session.worker);
    session.server.serve(URLS.claude, fixture(CLAUDE_INCIDENT));
    await requestRefresh(session.popup);
    await expect.poll(() => notificationIds(session.worker), { timeout: 5_000 }).toHaveLength(1);
    openedId = (await notificationIds(session.worker))[0] ?? '';
    const [created] = await recordedNotifications(session.worker);
    expect(created?.title).toBe('Claude API: Partial outage');
    expect(created?.message).toMatch(/^Elevated errors on platform.claude.com\n/);

    // Polling again changes nothing.
    await requestRefresh(session.popup);
    expect(await notificationIds(session.worker)).toEqual([openedId]);
    expect(await recordedNotifications(session.worker)).toHaveLength(1);
  });

  it('the worker is stopped and started again, and polls again: no second notification', async () => {
    await session.worker.evaluate(() => {
      (globalThis as { beforeRestart?: boolean }).beforeRestart = true;
    });
    await restartWorker(session.radar, session.popup);
    const worker = session.worker;
    // A new instance: what the old one held in memory is gone.
    expect(await worker.evaluate(() => (globalThis as { beforeRestart?: boolean }).beforeRestart)).toBeUndefined();
    await recordNotifications(worker);
    await requestRefresh(session.popup);
    await requestRefresh(session.popup);
    expect(await recordedNotifications(worker)).toEqual([]);
    expect(await notificationIds(worker)).toEqual([openedId]);
  });

  it('the page cannot be read, then reads the outage over: one "working again" notification', async () => {
    for (const url of [URLS.claude, URLS.claudeFallback, URLS.claudeHistory]) session.server.serve(url, httpError(503));
    await requestRefresh(session.popup);
    expect(await recordedNotifications(session.worker)).toEqual([]);
    for (const url of [URLS.claude, URLS.claudeFallback]) session.server.serve(url, fixture(CLAUDE_OPERATIONAL));
    session.server.serve(URLS.claudeHistory, fixture('statuspage/anthropic-history-atom-1.xml'));
    await requestRefresh(session.popup);
    await requestRefresh(session.popup);
    expect((await recordedNotifications(session.worker)).map((created) => created.title)).toEqual(['Claude API: working again']);
    const ids = await notificationIds(session.worker);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(openedId);
  });

  it('operational, then unreadable, then an outage: the outage is told', async () => {
    await recordNotifications(session.worker);
    for (const url of [URLS.claude, URLS.claudeFallback, URLS.claudeHistory]) session.server.serve(url, httpError(503));
    await requestRefresh(session.popup);
    expect(await recordedNotifications(session.worker)).toEqual([]);
    session.server.serve(URLS.claude, fixture(CLAUDE_INCIDENT));
    await requestRefresh(session.popup);
    expect((await recordedNotifications(session.worker)).map((created) => created.title)).toEqual(['Claude API: Partial outage']);
  });

  it('a corrupted memory of what was told: the next poll completes, says so in the console, and tells what comes next', async () => {
    const warnings: string[] = [];
    session.worker.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await session.worker.evaluate(() =>
      chrome.storage.local.set({ notified: { version: 1, providers: { claude: {} }, pending: {} } }),
    );
    const before = (await storedState(session.worker))?.checkedAt;
    session.server.serve(URLS.claude, fixture(CLAUDE_OPERATIONAL));
    const state = await requestRefresh(session.popup);
    expect(state.checkedAt).not.toBe(before);
    expect((await storedState(session.worker))?.checkedAt).toBe(state.checkedAt);
    expect(await session.badge()).toMatchObject({ text: '1' });
    await expect.poll(() => warnings.join('\n')).toMatch(/notified/);
    await recordNotifications(session.worker);
    session.server.serve(URLS.claude, fixture(CLAUDE_INCIDENT));
    await requestRefresh(session.popup);
    expect((await recordedNotifications(session.worker)).map((created) => created.title)).toEqual(['Claude API: Partial outage']);
  });

  it('the options page sends a test notification, and says how to allow them', async () => {
    const options = await openOptions(session.radar);
    const button = options.getByRole('button', { name: 'Send a test notification' });
    await button.click();
    await expect.poll(() => notificationIds(session.worker), { timeout: 5_000 }).toContain('radar-test');
    await expect.poll(() => options.locator('.test').getByRole('status').textContent()).toContain('Sent');
    expect(await options.locator('details.help summary').textContent()).toBe('Not seeing notifications?');
    await screenshot(options, 'options-notifications.png');
    await options.close();
  });
});
