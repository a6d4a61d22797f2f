import { describe, expect, it } from 'vitest';
import type { State } from '../../src/core/model';
import { defaultSettings } from '../../src/core/settings/settings';
import { CLAUDE_INCIDENT, URLS } from '../fake-server/baseline';
import { fixture, httpError } from '../fake-server/server';
import { BADGE_RGBA, requestRefresh, saveSettings, storedState } from './browser';
import { firstScreen } from './first-screen';
import { useRadarSession } from './radar-session';

const CLAUDE_PROVIDERS = ['claude', 'claude-api', 'claude-code'] as const;

describe('a failing status source never shows as down', () => {
  // Chromium would otherwise hold back an extension's requests to a URL that keeps failing (see below).
  const session = useRadarSession({ extraArgs: ['--disable-extensions-http-throttling'], popup: true });
  /** The State after the fallback answered: its readings are the ones that must be kept. */
  let fromFallback: State;

  it('status.claude.com answers 503: every Claude product reads from anthropic.statuspage.io', async () => {
    session.server.serve(URLS.claude, httpError(503));
    session.server.serve(URLS.claudeFallback, fixture(CLAUDE_INCIDENT));
    session.server.clearRequests();
    fromFallback = await requestRefresh(session.popup);

    for (const id of CLAUDE_PROVIDERS) {
      expect(fromFallback.providers[id]?.reading?.source, id).toBe(URLS.claudeFallback);
      expect(fromFallback.providers[id]?.error, id).toBeUndefined();
    }
    expect(fromFallback.providers['claude-api']?.severity).toBe('partial_outage');
    expect(fromFallback.providers.claude?.severity).toBe('operational');
    expect(fromFallback.providers['claude-code']?.severity).toBe('operational');
    // Each Claude host once, the failing one first.
    const claudeHosts = session.server
      .requests()
      .map((request) => request.host)
      .filter((host) => host === 'status.claude.com' || host === 'anthropic.statuspage.io');
    expect(claudeHosts).toEqual(['status.claude.com', 'anthropic.statuspage.io']);

    // Claude API (partial outage, read from the fallback) and ChatGPT (degraded, baseline).
    expect(await session.badge()).toMatchObject({ text: '2', color: BADGE_RGBA.partial_outage });
  });

  it('every Claude source fails: unknown, last reading kept as stale, not counted as an outage', async () => {
    session.server.serve(URLS.claudeFallback, httpError(503));
    session.server.serve(URLS.claudeHistory, httpError(502));
    const state = await requestRefresh(session.popup);

    for (const id of CLAUDE_PROVIDERS) {
      const provider = state.providers[id];
      expect(provider?.severity, id).toBe('unknown');
      // The last good reading, unchanged: same source, same time, same incidents.
      expect(provider?.reading, id).toEqual(fromFallback.providers[id]?.reading);
      // The first source's fault is the one reported.
      expect(provider?.error, id).toMatchObject({ kind: 'http', status: 503, source: URLS.claude });
    }
    // The kept reading still says partial outage; the provider does not.
    expect(state.providers['claude-api']?.reading?.severity).toBe('partial_outage');

    // Unreadable for one poll: at a glance each Claude product counts as its last reading, said as such, so
    // the Claude API's partial outage still counts beside ChatGPT; nothing reads down for our failure to read.
    expect(await session.badge()).toEqual({
      text: '2',
      color: BADGE_RGBA.partial_outage,
      tooltip: [
        'AI Outage Radar',
        'ChatGPT: Degraded',
        'Claude API: Could not check just now; last reading: Partial outage',
        'Claude Code: Could not check just now; last reading: Operational',
        'Claude: Could not check just now; last reading: Operational',
      ],
    });

    // The popup says the same: the Claude API's outage as last read, marked as such; never a level of its own.
    await expect
      .poll(() => session.popup.locator('.headline__group').allTextContents())
      .toEqual(['Partial outage: Claude API', 'Degraded: ChatGPT']);
    const row = session.popup.locator('details.entry[data-providers~="claude-api"]');
    expect(await row.locator('summary .severity').getAttribute('data-severity')).toBe('partial_outage');
    expect(await row.locator('.entry__stale').textContent()).toMatch(/^Could not check just now; last read /);
    const error = await row.locator('.stale-note').textContent();
    expect(error).toContain('Could not read the status page: the status page answered with an error (HTTP 503).');
    expect(error).toMatch(/Last read .+: Partial outage\./);
    // Claude and Claude Code, last read operational, are quiet rows that say they could not be checked.
    for (const id of ['claude', 'claude-code']) {
      const quiet = session.popup.locator(`.others__row[data-provider="${id}"]`);
      expect(await quiet.locator('.severity').textContent(), id).toBe('Could not check');
      expect(await quiet.locator('.stale-note').textContent(), id).toMatch(/Last read .+: Operational\./);
    }
    // An unknown Claude is no place to switch to.
    const switchChat = session.popup.locator('section.switch[aria-labelledby="switch-chat"]');
    expect(await session.popup.locator('section.best .best__action').allTextContents()).toEqual([
      'Switch to OpenAI API',
      'Switch to Gemini',
    ]);
    expect(await switchChat.locator('.switch__name').allTextContents()).not.toContain('Claude');
    expect(await switchChat.locator('.switch__name').allTextContents()).toContain('Perplexity');

    await firstScreen(session.popup, 'popup-source-failed.png');
  });

  it('unreadable for three polls, with only unknowns left: the badge shows "?" in grey, never a count', async () => {
    // Stop watching ChatGPT, the baseline's one affected assistant; the worker polls again (the second failed poll).
    const settings = defaultSettings();
    await saveSettings(session.popup, { ...settings, watched: settings.watched.filter((id) => id !== 'chatgpt') });
    await expect.poll(async () => (await storedState(session.worker))?.providers.chatgpt, { timeout: 15_000 }).toBeUndefined();
    await requestRefresh(session.popup);
    await expect.poll(() => session.badge(), { timeout: 15_000 }).toMatchObject({ text: '?', color: BADGE_RGBA.unknown });
    await expect
      .poll(() => session.popup.locator('.headline__group').allTextContents())
      .toEqual(['Could not check: Claude, Claude Code, and Claude API']);
  });

  it('when both summaries still fail, the Atom history answers for every Claude product', async () => {
    session.server.serve(
      URLS.claudeHistory,
      fixture('statuspage/anthropic-history-atom-1.xml', { contentType: 'application/atom+xml' }),
    );
    session.server.clearRequests();
    const state = await requestRefresh(session.popup);

    for (const id of CLAUDE_PROVIDERS) {
      expect(state.providers[id]?.reading?.source, id).toBe(URLS.claudeHistory);
      expect(state.providers[id]?.error, id).toBeUndefined();
      // Every incident in the captured history is resolved.
      expect(state.providers[id]?.severity, id).toBe('operational');
    }
    // In order, in the same poll: the page, Atlassian's host, then the history. (Left alone, Chromium throttles
    // an extension's requests to a URL after repeated 503s without sending them, net::ERR_TEMPORARILY_THROTTLED,
    // which the poller reads as one more failure; this browser runs with that turned off.)
    const claudeUrls = session.server
      .requests()
      .map((request) => `https://${request.host}${request.path}`)
      .filter((url) => url.includes('claude') || url.includes('anthropic'));
    expect(claudeUrls).toEqual([URLS.claude, URLS.claudeFallback, URLS.claudeHistory]);
    await expect.poll(() => session.badge(), { timeout: 5_000 }).toMatchObject({ text: '' });
  });
});
