import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadErrorKind, State } from '../../src/core/model';
import { URLS } from '../fake-server/baseline';
import { type Answer, fixture, httpError, synthetic } from '../fake-server/server';
import {
  BADGE_RGBA,
  notificationIds,
  recordedNotifications,
  recordNotifications,
  requestRefresh,
  restartWorker,
  runScheduledPoll,
  storedState,
} from './browser';
import { firstScreen } from './first-screen';
import { useRadarSession } from './radar-session';

/** Called inside the extension's pages, where `chrome` exists. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void> } };
};

const COPILOT = 'github-copilot';
const GOOD: Answer = fixture('statuspage/github-v2-components-operational-1.json');
const ENGLISH = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

function json(body: string, overrides: Partial<Answer> = {}): Answer {
  return { status: 200, body, contentType: 'application/json', delayMs: 0, ...overrides };
}

/**
 * Every way www.githubstatus.com (GitHub Copilot's only source) can fail, one at a time, while every other
 * page answers as in the baseline. Retry-After is short here so that the recovery by the next scheduled
 * poll can be seen; the long one is the backoff test below.
 */
const FAULTS: [string, Answer, ReadErrorKind, number | undefined][] = [
  ['HTTP 500', httpError(500), 'http', 500],
  ['HTTP 503 with Retry-After', httpError(503, { headers: { 'retry-after': '1' } }), 'http', 503],
  ['HTTP 429 with Retry-After', httpError(429, { headers: { 'retry-after': '1' } }), 'http', 429],
  [
    'a 404 HTML page',
    { status: 404, body: '<!doctype html><html><body><h1>Not found</h1></body></html>', contentType: 'text/html', delayMs: 0 },
    'http',
    404,
  ],
  [
    'a bot-check page with status 200',
    synthetic('synthetic-cloudflare-challenge.html', { contentType: 'text/html' }),
    'challenge',
    200,
  ],
  ['a request that hangs past the timeout', { ...GOOD, delayMs: 15_000 }, 'timeout', undefined],
  ['a body that stops halfway', { ...GOOD, fault: 'cut-off' }, 'bad_payload', undefined],
  ['invalid JSON', json('{"page": {"id": "kctbh9vrtdwd", "name": "GitHub"'), 'bad_payload', undefined],
  ['valid JSON of the wrong shape', json('{"status": "ok", "components": "all good"}'), 'bad_payload', undefined],
  ['an empty body', json(''), 'bad_payload', undefined],
  ['a 10 MB body', json(`{"padding": "${'x'.repeat(10 * 1024 * 1024)}"}`), 'too_large', undefined],
  [
    'a redirect to another host',
    httpError(302, { headers: { location: 'https://status.elsewhere.example/api/v2/summary.json' } }),
    'redirected',
    undefined,
  ],
  ['the network gone', { ...GOOD, fault: 'reset' }, 'offline', undefined],
];

describe('one status page fails in every way a server or a network can; nothing else is touched', () => {
  // Chromium's own throttling of an extension's failing URLs would blur which failure is whose.
  const session = useRadarSession({ extraArgs: ['--disable-extensions-http-throttling'], popup: true });
  let baseline: State;

  beforeAll(async () => {
    await recordNotifications(session.worker);
    baseline = await requestRefresh(session.popup);
    expect(baseline.providers[COPILOT]?.severity).toBe('operational');
  });

  it.each(FAULTS)(
    '%s: could not check, with its reason and the last reading; the next poll recovers',
    async (_, answer, kind, status) => {
      const lastGood = (await storedState(session.worker))?.providers[COPILOT]?.reading;
      expect(lastGood?.source).toBe(URLS.github);
      session.server.serve(URLS.github, answer);
      const state = await requestRefresh(session.popup);

      const copilot = state.providers[COPILOT];
      expect(copilot?.severity).toBe('unknown');
      expect(copilot?.error).toMatchObject({ kind, source: URLS.github, ...(status === undefined ? {} : { status }) });
      expect(copilot?.reading, 'the last good reading is kept').toEqual(lastGood);
      for (const [id, before] of Object.entries(baseline.providers)) {
        if (id !== COPILOT) expect(state.providers[id]?.severity, id).toBe(before.severity);
      }
      // Never counted as an outage: the badge still counts ChatGPT alone, and a failure this brief shows
      // Copilot as its last reading, saying it could not be checked just now.
      expect(await session.badge()).toMatchObject({ text: '1', color: BADGE_RGBA.degraded });
      expect((await session.badge()).tooltip).toContain('GitHub Copilot: Could not check just now; last reading: Operational');
      expect(await recordedNotifications(session.worker)).toEqual([]);

      // One quiet row among the rest, saying why and what the page said last.
      await session.popup.reload();
      const row = session.popup.locator(`.others__row[data-provider="${COPILOT}"]`);
      expect(await row.locator('.severity').textContent()).toBe('Could not check');
      const reason = (ENGLISH[`errorKind_${kind}`]?.message ?? '').replace('$1', String(status));
      expect(await row.locator('.stale-note').textContent()).toContain(reason);
      expect(await row.locator('.stale-note').textContent()).toMatch(/Last read .+: Operational\./);
      expect(await session.popup.locator('details.entry').count()).toBe(1);

      session.server.serve(URLS.github, GOOD);
      // Past the short Retry-After: the alarm's poll tries the page again by itself.
      const recovered = await runScheduledPoll(session.worker, 1_500);
      expect(recovered.providers[COPILOT]?.severity).toBe('operational');
      expect(recovered.providers[COPILOT]?.error).toBeUndefined();
      expect(recovered.backoff?.[URLS.github]).toBeUndefined();
      expect(await recordedNotifications(session.worker)).toEqual([]);
    },
  );

  it('every page unreachable at once: the popup says the connection is down, once, as the badge does', async () => {
    // Every source of every assistant, fallbacks too: nothing answers.
    for (const url of Object.values(URLS)) session.server.serve(url, { ...GOOD, fault: 'reset' });
    const offline = await requestRefresh(session.popup);
    expect(Object.values(offline.providers).every((provider) => provider.error?.kind === 'offline')).toBe(true);
    expect((await session.badge()).text).toBe('off');

    await session.popup.reload();
    await expect.poll(() => session.popup.locator('h1.headline').textContent()).toBe('Your connection seems to be down');
    expect(await session.popup.locator('header.summary').textContent()).toContain('This says nothing about the assistants');
    // No row for any assistant, no "no network connection" twenty times.
    expect(await session.popup.locator('details.entry, .others__row, .best__link, .switch__link').count()).toBe(0);
    expect(await session.popup.locator('main.popup').textContent()).not.toContain('no network connection');
    // Keyboard focus starts at Refresh: the one thing to do.
    expect(await session.popup.evaluate(() => document.activeElement?.classList.contains('refresh'))).toBe(true);
    await firstScreen(session.popup, 'popup-offline.png');

    session.server.reset();
    const back = await requestRefresh(session.popup);
    expect(back.providers[COPILOT]?.severity).toBe('operational');
    await expect.poll(() => session.popup.locator('h1.headline').textContent()).toBe('Degraded: ChatGPT');
    expect(await recordedNotifications(session.worker)).toEqual([]);
  });

  it('the browser saying it is offline is enough: the popup says so, whatever was read last', async () => {
    await session.popup.context().setOffline(true);
    try {
      await expect.poll(() => session.popup.locator('h1.headline').textContent()).toBe('Your connection seems to be down');
      expect(await session.popup.locator('details.entry').count()).toBe(0);
    } finally {
      await session.popup.context().setOffline(false);
    }
    await expect.poll(() => session.popup.locator('h1.headline').textContent()).toBe('Degraded: ChatGPT');
  });

  it('a page that asks to be left alone (429, Retry-After 600) is skipped by scheduled polls, not by Refresh', async () => {
    session.server.serve(URLS.github, httpError(429, { headers: { 'retry-after': '600' } }));
    const failed = await requestRefresh(session.popup);
    const waitMs = (failed.backoff?.[URLS.github]?.retryAt ?? 0) - Date.now();
    expect(waitMs).toBeGreaterThan(590_000);
    expect(waitMs).toBeLessThanOrEqual(600_000);

    session.server.clearRequests();
    const scheduled = await runScheduledPoll(session.worker);
    const hosts = session.server.requests().map((request) => request.host);
    expect(hosts).not.toContain('www.githubstatus.com');
    // The healthy pages are polled as always.
    expect(hosts).toContain('status.claude.com');
    expect(hosts).toContain('status.openai.com');
    expect(scheduled.providers[COPILOT]).toMatchObject({ severity: 'unknown', error: { kind: 'http', status: 429 } });
    await session.popup.reload();
    expect(await session.popup.locator(`.others__row[data-provider="${COPILOT}"] .stale-note`).textContent()).toContain(
      'Next try in 10 minutes, or now with Refresh.',
    );
    await firstScreen(session.popup, 'popup-page-failing.png');

    // The user asks: every page is tried at once, and the page that is back reads.
    session.server.serve(URLS.github, GOOD);
    session.server.clearRequests();
    const refreshed = await requestRefresh(session.popup);
    expect(session.server.requests().map((request) => request.host)).toContain('www.githubstatus.com');
    expect(refreshed.providers[COPILOT]?.severity).toBe('operational');
    expect(await recordedNotifications(session.worker)).toEqual([]);
  });

  it('a poll cut off by the worker being stopped leaves the stored state whole; the next one completes', async () => {
    const before = await storedState(session.worker);
    session.server.serve(URLS.github, { ...GOOD, delayMs: 3_000 });
    session.server.clearRequests();
    // Ask for a poll and do not wait for it: the worker is stopped while githubstatus.com keeps it waiting.
    await session.popup.evaluate(() => {
      void chrome.runtime.sendMessage({ type: 'refresh' }).catch(() => undefined);
    });
    await expect.poll(() => session.server.requests().some((request) => request.host === 'www.githubstatus.com')).toBe(true);
    await restartWorker(session.radar, session.popup);
    // Past the moment the answer came: the poll that was cut off wrote nothing, not even in part.
    await new Promise((done) => setTimeout(done, 4_000));
    expect(await storedState(session.worker)).toEqual(before);

    session.server.serve(URLS.github, GOOD);
    const after = await requestRefresh(session.popup);
    expect(after.checkedAt).not.toBe(before?.checkedAt);
    expect(after.providers[COPILOT]?.severity).toBe('operational');
    expect(await notificationIds(session.worker)).toEqual([]);
  });

  it('a corrupted stored state and settings: the worker starts, polls afresh, and the popup reads', async () => {
    await session.popup.evaluate(() =>
      chrome.storage.local.set({
        state: { version: 1, providers: { claude: { severity: 'down', reading: '<script>' } } },
        settings: 'not settings',
      }),
    );
    await restartWorker(session.radar, session.popup);
    await expect
      .poll(async () => (await storedState(session.worker))?.providers.claude?.severity, { timeout: 15_000 })
      .toBe('operational');
    await session.popup.reload();
    await expect.poll(() => session.popup.locator('h1.headline').textContent()).toBe('Degraded: ChatGPT');
    expect(await notificationIds(session.worker)).toEqual([]);
  });

  it('the worker is alive and its stored state whole after all of it', async () => {
    expect(await session.worker.evaluate(() => 1 + 1)).toBe(2);
    const state = await storedState(session.worker);
    expect(Object.keys(state?.providers ?? {}).sort()).toEqual(Object.keys(baseline.providers).sort());
  });
});
