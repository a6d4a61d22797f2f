import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/catalog/providers';
import { defaultSettings } from '../../src/core/settings/settings';
import {
  BASELINE_HISTORY_REQUESTED,
  BASELINE_REQUESTED,
  BASELINE_SEVERITY,
  CLAUDE_INCIDENT,
  CLAUDE_OPERATIONAL,
  URLS,
} from '../fake-server/baseline';
import { fixture } from '../fake-server/server';
import { BADGE_RGBA, openPopup, requestRefresh, saveSettings, storedState } from './browser';
import { bestAlternativeBottom, firstScreen } from './first-screen';
import { useRadarSession } from './radar-session';

/** The assistants watched by default, in the user's order, by kind, as the popup names them. */
const CHATS_WITH_STATUS_PAGE = ['Claude', 'Gemini', 'Perplexity', 'Mistral Le Chat', 'DeepSeek', 'Grok', 'HuggingChat', 'Poe'];
const CODING = ['Claude Code', 'Codex', 'GitHub Copilot', 'Cursor'];
const APIS_BUT_CLAUDE = ['OpenAI API', 'Gemini API', 'Groq', 'Cohere', 'OpenRouter', 'fal'];
const NO_STATUS_PAGE = ['Microsoft Copilot', 'Meta AI'];

describe('an open incident on status.claude.com, end to end', () => {
  const session = useRadarSession({ popup: true });

  it('polls every catalog host on install and reads the baseline', async () => {
    const state = await storedState(session.worker);
    const severities = Object.fromEntries(
      Object.entries(state?.providers ?? {}).map(([id, provider]) => [id, provider.severity]),
    );
    expect(severities).toEqual(BASELINE_SEVERITY);
    expect(state?.providers.claude?.reading?.source).toBe(URLS.claude);

    // Chromium's own calls (accounts.google.com, update.googleapis.com) reach the server too: keep the catalog's.
    const catalogHosts = new Set(CATALOG.flatMap((provider) => provider.sources.map((source) => new URL(source.url).host)));
    const requestedNow = () => session.server.requests().filter((request) => catalogHosts.has(request.host));
    // The poll's pages, then each page's history once (it follows the poll, not inside it).
    await expect
      .poll(() => [...new Set(requestedNow().map((request) => `https://${request.host}${request.path}`))].sort(), {
        timeout: 10_000,
      })
      .toEqual([...BASELINE_REQUESTED, ...BASELINE_HISTORY_REQUESTED].sort());
    const requested = requestedNow();
    const requestedUrls = requested.map((request) => `https://${request.host}${request.path}`);
    // A page shared by several providers (Claude x3, OpenAI x3) is fetched once per poll.
    expect(requestedUrls.filter((url) => url === URLS.claude)).toHaveLength(1);
    expect(requestedUrls.filter((url) => url === URLS.openai)).toHaveLength(1);
    // fetch(url, {cache: 'no-cache'}): the browser revalidates (Cache-Control: max-age=0); never no-store (Pragma: no-cache).
    for (const request of requested) {
      expect(request).toMatchObject({ method: 'GET', cacheControl: 'max-age=0', pragma: undefined });
    }

    // ChatGPT, degraded in the only captured OpenAI summary, is the one affected assistant.
    // (The worker sets the badge just after it stores the State: poll for it.)
    await expect
      .poll(() => session.badge(), { timeout: 5_000 })
      .toEqual({ text: '1', color: BADGE_RGBA.degraded, tooltip: ['AI Outage Radar', 'ChatGPT: Degraded'] });
  });

  it('after a poll, the badge counts the Claude API in partial outage', async () => {
    session.server.serve(URLS.claude, fixture(CLAUDE_INCIDENT));
    const state = await requestRefresh(session.popup);

    const api = state.providers['claude-api'];
    expect(api?.severity).toBe('partial_outage');
    expect(api?.error).toBeUndefined();
    expect(api?.reading?.incidents.map(({ title, status, impact }) => ({ title, status, impact }))).toEqual([
      { title: 'Elevated errors on platform.claude.com', status: 'monitoring', impact: 'partial_outage' },
    ]);
    // claude.ai and Claude Code are not touched by the incident.
    expect(state.providers.claude?.severity).toBe('operational');
    expect(state.providers['claude-code']?.severity).toBe('operational');
    expect(state.providers['openai-api']?.severity).toBe('operational');

    // Two affected (Claude API, ChatGPT), coloured by the worse of them: partial outage.
    expect(await session.badge()).toEqual({
      text: '2',
      color: BADGE_RGBA.partial_outage,
      tooltip: ['AI Outage Radar', 'ChatGPT: Degraded', 'Claude API: Partial outage'],
    });
  });

  it("the popup's first screen answers: who is affected and how, where to go instead, each affected assistant", async () => {
    await expect
      .poll(() => session.popup.locator('.headline__group').allTextContents())
      .toEqual(['Partial outage: Claude API', 'Degraded: ChatGPT']);

    // The way out is first: the healthy one of the same kind that has been steadiest over 30 days, then the
    // user's order. For the API, the OpenAI API (no outage in its history this month); for chat, Gemini, since
    // the baseline's history shows Claude an outage today.
    const best = session.popup.locator('section.best');
    expect(await best.locator('.best__action').allTextContents()).toEqual(['Switch to OpenAI API', 'Switch to Gemini']);
    expect(await best.locator('a.best__link').first().getAttribute('href')).toBe('https://platform.openai.com/');
    // Visible without scrolling at the toolbar's 400 × 600, and where keyboard focus starts.
    await session.popup.reload();
    await session.popup.locator('section.best').waitFor();
    expect(await bestAlternativeBottom(session.popup)).toBeLessThanOrEqual(600);
    expect(await session.popup.evaluate(() => document.activeElement?.classList.contains('best__link'))).toBe(true);
    await firstScreen(session.popup, 'popup-incident.png');

    // Each affected assistant is one row: name, level, the incident's title and since when.
    const row = session.popup.locator('details.entry[data-providers~="claude-api"]');
    expect(await row.locator('summary .severity').getAttribute('data-severity')).toBe('partial_outage');
    expect(await row.locator('.entry__title').textContent()).toBe('Elevated errors on platform.claude.com');
    expect(await row.locator('.entry__line').textContent()).toMatch(/Started /);
    expect(await row.getAttribute('open')).toBeNull();

    // It opens by keyboard, to the detail: status, components, latest update, link.
    await row.locator('summary.entry__summary').focus();
    await session.popup.keyboard.press('Enter');
    await expect.poll(() => row.getAttribute('open')).toBe('');
    const incident = row.locator('li.incident');
    expect(await incident.count()).toBe(1);
    expect(await incident.locator('.incident__title').textContent()).toBe('Elevated errors on platform.claude.com');
    const facts = await incident.locator('.incident__facts').textContent();
    expect(facts).toContain('Status: Monitoring');
    // One severity word for the incident: its row's.
    expect(facts).not.toContain('Impact');
    expect(await row.locator('.severity__word').allTextContents()).toEqual(['Partial outage']);
    expect(await incident.locator('.incident__title a').getAttribute('href')).toBe(
      'https://status.claude.com/incidents/978mjkgw6mh7',
    );
    expect(await incident.locator('.incident__components').textContent()).toBe('Affects: Claude Console (platform.claude.com)');
    expect(await incident.locator('.incident__update').textContent()).toContain("We've mitigated the errors loading usage data");
    await firstScreen(session.popup, 'popup-incident-open.png');

    // Then the other healthy APIs and chat assistants, each once; then everyone else.
    const switchApi = session.popup.locator('section.switch[aria-labelledby="switch-api"]');
    expect(await switchApi.locator('h2').textContent()).toBe('Other alternatives (API)');
    expect(await switchApi.locator('.switch__name').allTextContents()).toEqual(APIS_BUT_CLAUDE.slice(1));
    // ChatGPT is degraded: the healthy chat assistants, none whose health nothing says, steadiest first over 30
    // days: those the baseline's history shows quiet this month (DeepSeek, Grok), then Claude (an outage today),
    // then those whose page keeps no history the radar could read yet (a day of its own record is too little),
    // each group in the user's order.
    const switchChat = session.popup.locator('section.switch[aria-labelledby="switch-chat"]');
    expect(await switchChat.locator('.switch__name').allTextContents()).toEqual([
      'DeepSeek',
      'Grok',
      'Claude',
      'Perplexity',
      'Mistral Le Chat',
      'HuggingChat',
      'Poe',
    ]);
    // Nothing in the coding category is affected: its assistants are the rest.
    expect(await session.popup.locator('section.switch[aria-labelledby="switch-coding"]').count()).toBe(0);
    expect(await session.popup.locator('section.others:not(.others--unmonitored) .others__name').allTextContents()).toEqual(
      CODING,
    );
    // Those with no public status page apart, labelled.
    expect(await session.popup.locator('section.others--unmonitored .others__name').allTextContents()).toEqual(NO_STATUS_PAGE);
    const names = await session.popup
      .locator('.best__action, .entry__name, .switch__name, .others__name')
      .evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').replace(/^Switch to /, '')));
    expect(new Set(names).size).toBe(names.length);
  });

  it('the Refresh button polls again; once the incident is gone only ChatGPT is left', async () => {
    // A slow answer keeps the poll going long enough to see the button busy.
    session.server.serve(URLS.claude, fixture(CLAUDE_OPERATIONAL, { delayMs: 2_000 }));
    const button = session.popup.locator('button.refresh');
    await button.click();
    await expect.poll(() => button.textContent(), { timeout: 5_000 }).toBe('Checking…');
    expect(await button.isDisabled()).toBe(true);
    await expect.poll(() => button.textContent(), { timeout: 15_000 }).toBe('Refresh');
    expect(await button.isDisabled()).toBe(false);

    const state = await storedState(session.worker);
    expect(state?.providers['claude-api']?.severity).toBe('operational');
    expect(state?.providers['claude-api']?.reading?.incidents).toEqual([]);
    // The Claude API left the count; ChatGPT (degraded in the only captured OpenAI summary) stays.
    expect(await session.badge()).toEqual({
      text: '1',
      color: BADGE_RGBA.degraded,
      tooltip: ['AI Outage Radar', 'ChatGPT: Degraded'],
    });
    expect(await session.popup.locator('h1.headline').textContent()).toBe('Degraded: ChatGPT');
    expect(await session.popup.locator('details.entry[data-providers~="claude-api"]').count()).toBe(0);
    expect(await session.popup.locator('section.best [data-category="api"]').count()).toBe(0);
    expect(await session.popup.locator('section.switch[aria-labelledby="switch-api"]').count()).toBe(0);
    session.server.serve(URLS.claude, fixture(CLAUDE_OPERATIONAL));
  });

  it('with nothing watched affected, the badge clears and the popup says all clear', async () => {
    // No captured OpenAI summary is all clear, so the user stops watching ChatGPT (as the options page would).
    // The worker polls again when settings change.
    const settings = defaultSettings();
    await saveSettings(session.popup, { ...settings, watched: settings.watched.filter((id) => id !== 'chatgpt') });

    await expect
      .poll(() => session.badge(), { timeout: 15_000 })
      .toEqual({
        text: '',
        color: BADGE_RGBA.operational,
        tooltip: ['AI Outage Radar: every assistant is operational'],
      });
    const state = await storedState(session.worker);
    expect(Object.keys(state?.providers ?? {})).not.toContain('chatgpt');
    // How many were checked: every watched assistant with a public status page.
    await expect
      .poll(() => session.popup.locator('h1.headline').textContent())
      .toBe(
        `All clear: all ${CHATS_WITH_STATUS_PAGE.length + CODING.length + 1 + APIS_BUT_CLAUDE.length} assistants checked are working`,
      );
    expect(await session.popup.locator('section.attention').count()).toBe(0);
    expect(await session.popup.locator('section.best').count()).toBe(0);
    expect(await session.popup.locator('section.switch').count()).toBe(0);
    // Every other watched assistant in the user's order; those with no public status page last, never "operational".
    expect(await session.popup.locator('.others__row a').allTextContents()).toEqual([
      ...CHATS_WITH_STATUS_PAGE,
      ...CODING,
      'Claude API',
      ...APIS_BUT_CLAUDE,
      ...NO_STATUS_PAGE,
    ]);
    const noStatus = session.popup.locator('.others__row', { hasText: 'Meta AI' });
    expect(await noStatus.textContent()).toContain('No public status page');
    expect(await noStatus.locator('.severity').getAttribute('data-severity')).toBe('none');

    // Those with no public status page are kept apart, under a heading of their own.
    expect(await session.popup.locator('section.others--unmonitored .others__name').allTextContents()).toEqual(NO_STATUS_PAGE);

    await firstScreen(session.popup, 'popup-clear.png');
  });

  it('the gear opens the options page', async () => {
    const popup = await openPopup(session.radar);
    const options = session.radar.context.waitForEvent('page', {
      predicate: (page) => page.url().endsWith('/src/options/index.html'),
      timeout: 10_000,
    });
    await popup.getByRole('button', { name: 'Settings', exact: true }).click();
    const page = await options;
    await page.locator('main.options').waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});
