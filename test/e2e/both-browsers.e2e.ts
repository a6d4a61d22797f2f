import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/catalog/providers';
import {
  BASELINE_HISTORY_REQUESTED,
  BASELINE_REQUESTED,
  BASELINE_SEVERITY,
  baselineAnswers,
  CLAUDE_INCIDENT,
  CLAUDE_OPERATIONAL,
  URLS,
} from '../fake-server/baseline';
import { fixture } from '../fake-server/server';
import { BADGE_RGBA } from './browser';
import { type BrowserRadar, launchChromiumRadar } from './driver';
import { launchFirefoxRadar } from './firefox';

/** Badge backgrounds of src/core/view/badge.ts BADGE_COLORS, written out so the test checks the shipped build. */

const CARD = 'details.entry[data-providers~="claude-api"]';
const INCIDENT = `${CARD} li.incident`;

/**
 * The core of the radar, the same steps in both browsers the one manifest ships to: the poll on install,
 * the badge's text and colour, the popup with an open incident, one notification for it, and its recovery.
 * Chromium runs the Chrome build (dist/chrome), Firefox the Firefox build (dist/firefox), each unmodified.
 */
describe.each([
  { browser: 'Chromium', launch: launchChromiumRadar },
  { browser: 'Firefox', launch: launchFirefoxRadar },
])('the radar in $browser: poll, badge, popup, one notification, recovery', ({ launch }) => {
  let opened: BrowserRadar | undefined;
  const radar = (): BrowserRadar => {
    if (!opened) throw new Error('the browser did not start (see the beforeAll error)');
    return opened;
  };
  beforeAll(async () => {
    opened = await launch(baselineAnswers());
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('polls every catalog host on install, reads the baseline, and tells nothing of it', async () => {
    const severities = Object.fromEntries(
      Object.entries(radar().firstState.providers).map(([id, provider]) => [id, provider.severity]),
    );
    expect(severities).toEqual(BASELINE_SEVERITY);
    expect(radar().firstState.providers.claude?.reading?.source).toBe(URLS.claude);

    const catalogHosts = new Set(CATALOG.flatMap((provider) => provider.sources.map((source) => new URL(source.url).host)));
    const requestedNow = () =>
      radar()
        .server.requests()
        .filter((request) => catalogHosts.has(request.host))
        .map((request) => `https://${request.host}${request.path}`);
    // The poll's pages, then each page's history once (it follows the poll, not inside it).
    await expect
      .poll(() => [...new Set(requestedNow())].sort(), { timeout: 10_000 })
      .toEqual([...BASELINE_REQUESTED, ...BASELINE_HISTORY_REQUESTED].sort());
    const requested = requestedNow();
    expect(requested.filter((url) => url === URLS.claude)).toHaveLength(1);

    // ChatGPT is degraded in the baseline, but it was so already: a first reading is never news.
    expect(await radar().stored('outbox')).toBeUndefined();
    expect(await radar().stored('noticeTargets')).toBeUndefined();

    await expect
      .poll(() => radar().badge(), { timeout: 5_000 })
      .toEqual({ text: '1', color: BADGE_RGBA.degraded, tooltip: ['AI Outage Radar', 'ChatGPT: Degraded'] });
  });

  it('an incident opens on status.claude.com: the badge counts the Claude API, in the partial-outage colour', async () => {
    await radar().recordNotifications();
    radar().server.serve(URLS.claude, fixture(CLAUDE_INCIDENT));
    const state = await radar().refresh();

    expect(state.providers['claude-api']?.severity).toBe('partial_outage');
    expect(state.providers['claude-api']?.reading?.incidents.map(({ title, status }) => ({ title, status }))).toEqual([
      { title: 'Elevated errors on platform.claude.com', status: 'monitoring' },
    ]);
    expect(state.providers.claude?.severity).toBe('operational');
    await expect
      .poll(() => radar().badge(), { timeout: 5_000 })
      .toEqual({
        text: '2',
        color: BADGE_RGBA.partial_outage,
        tooltip: ['AI Outage Radar', 'ChatGPT: Degraded', 'Claude API: Partial outage'],
      });
  });

  it('the popup shows the open incident, and the API to switch to', async () => {
    await expect
      .poll(() => radar().popupTexts('.headline__group'), { timeout: 5_000 })
      .toEqual(['Partial outage: Claude API', 'Degraded: ChatGPT']);
    expect(await radar().popupAttribute(`${CARD} summary .severity`, 'data-severity')).toBe('partial_outage');
    expect(await radar().popupTexts(`${INCIDENT} .incident__title`)).toEqual(['Elevated errors on platform.claude.com']);
    const [facts] = await radar().popupTexts(`${INCIDENT} .incident__facts`);
    expect(facts).toContain('Status: Monitoring');
    // One severity word for the incident: its row's.
    expect(await radar().popupTexts(`${CARD} .severity__word`)).toEqual(['Partial outage']);
    expect(await radar().popupAttribute(`${INCIDENT} .incident__title a`, 'href')).toBe(
      'https://status.claude.com/incidents/978mjkgw6mh7',
    );
    // The best API first, on the first screen; then the other healthy APIs.
    expect(await radar().popupTexts('section.best [data-category="api"] .best__action')).toEqual(['Switch to OpenAI API']);
    expect(await radar().popupTexts('section.switch[aria-labelledby="switch-api"] .switch__name')).toEqual([
      'Gemini API',
      'Groq',
      'Cohere',
      'OpenRouter',
      'fal',
    ]);
  });

  it('one notification for the incident, and none more when polled again', async () => {
    await expect.poll(async () => (await radar().notificationsCreated()).length, { timeout: 5_000 }).toBe(1);
    await expect.poll(async () => (await radar().notificationsCreated())[0]?.result, { timeout: 10_000 }).toBe('resolved');
    const [created] = await radar().notificationsCreated();
    expect(created?.title).toBe('Claude API: Partial outage');
    expect(created?.message).toMatch(/^Elevated errors on platform.claude.com\n/);
    // The extension remembers where a shown notice leads once the browser took it.
    expect(Object.keys((await radar().stored<Record<string, unknown>>('noticeTargets')) ?? {})).toEqual([created?.id]);
    if (radar().notificationsOnScreen) expect(await radar().notificationsOnScreen?.()).toEqual([created?.id]);

    await radar().refresh();
    expect(await radar().notificationsCreated()).toHaveLength(1);
  });

  it('the incident is over: the Claude API leaves the badge and the popup, and "working again" is told once', async () => {
    radar().server.serve(URLS.claude, fixture(CLAUDE_OPERATIONAL));
    const state = await radar().refresh();
    expect(state.providers['claude-api']?.severity).toBe('operational');
    expect(state.providers['claude-api']?.reading?.incidents).toEqual([]);

    await expect
      .poll(() => radar().badge(), { timeout: 5_000 })
      .toEqual({ text: '1', color: BADGE_RGBA.degraded, tooltip: ['AI Outage Radar', 'ChatGPT: Degraded'] });
    await expect.poll(() => radar().popupTexts('h1.headline'), { timeout: 5_000 }).toEqual(['Degraded: ChatGPT']);
    expect(await radar().popupTexts(CARD)).toEqual([]);
    expect(await radar().popupTexts('section.switch[aria-labelledby="switch-api"]')).toEqual([]);
    expect(await radar().popupTexts('section.best [data-category="api"]')).toEqual([]);

    await expect.poll(async () => (await radar().notificationsCreated()).length, { timeout: 5_000 }).toBe(2);
    await radar().refresh();
    const created = await radar().notificationsCreated();
    expect(created.map(({ title, result }) => ({ title, result }))).toEqual([
      { title: 'Claude API: Partial outage', result: 'resolved' },
      { title: 'Claude API: working again', result: 'resolved' },
    ]);
  });
});
