// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { providerById } from '../../../src/core/catalog/providers';
import type { Provider, State } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings/settings';
import { emptyState } from '../../../src/core/state/fold';
import { baselineAnswers } from '../../fake-server/baseline';
import { readFixture } from '../../fixtures';
import { stateOf } from '../support/baseline-pages';
import { text } from '../support/dom';
import { poll } from '../support/poll-sequence';
import { showPopup } from '../support/views';

const AT = '2026-10-08T10:00:30.000Z';
const NOW = Date.parse(AT);
const MINUTE = Math.floor(NOW / 60_000);
const CLAUDE_SUMMARY = 'https://status.claude.com/api/v2/summary.json';
const claude = [providerById('claude')].filter((provider): provider is Provider => provider !== undefined);

/** Claude's real all-operational summary: its page says nothing is wrong. */
let operational: State;
beforeAll(async () => {
  operational = await poll(
    emptyState(),
    { [CLAUDE_SUMMARY]: { body: readFixture('statuspage/anthropic-summary-operational-1.json') } },
    AT,
    claude,
  );
});

const settings = { ...defaultSettings(), watched: ['claude', 'chatgpt'], ownTraffic: ['claude'] };
const failing = { kind: 'failing', providerId: 'claude', sinceMinute: MINUTE - 1, failures: 3, outcomes: ['server_error'] };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the popup, with the user’s own requests', () => {
  it('says right under the headline that the user’s requests to Claude fail while its page says operational', () => {
    const root = showPopup(NOW, {
      state: operational,
      settings,
      trafficVerdict: { version: 1, atMinute: MINUTE, warnings: [failing] },
    });
    const section = root.querySelector('section.own-traffic');
    expect(text(section?.querySelector('h2'))).toBe('Your own requests');
    expect([...(section?.querySelectorAll('li') ?? [])].map(text)).toEqual([
      'Claude: your requests are failing · status page: Operational',
    ]);
    // Right after the header: before where to go, before any row.
    expect(root.querySelector('main > header + section.own-traffic')).not.toBeNull();
  });

  it('says nothing once the verdict is older than the rule’s window, or when there is none', () => {
    const old = showPopup(NOW, {
      state: operational,
      settings,
      trafficVerdict: { version: 1, atMinute: MINUTE - 5, warnings: [failing] },
    });
    expect(old.querySelector('section.own-traffic')).toBeNull();
    const none = showPopup(NOW, { state: operational, settings });
    expect(none.querySelector('section.own-traffic')).toBeNull();
    const garbage = showPopup(NOW, { state: operational, settings, trafficVerdict: 'garbage' });
    expect(garbage.querySelector('section.own-traffic')).toBeNull();
  });

  it('says a usage limit as the user’s own, and the user’s own connection as such', () => {
    const root = showPopup(NOW, {
      state: operational,
      settings,
      trafficVerdict: {
        version: 1,
        atMinute: MINUTE,
        warnings: [{ kind: 'usage_limit', providerId: 'chatgpt', sinceMinute: MINUTE }],
        ownNetwork: { sinceMinute: MINUTE, providerIds: ['claude'] },
      },
    });
    expect([...root.querySelectorAll('section.own-traffic li')].map(text)).toEqual([
      'Your requests to Claude do not get through: your own connection, it seems',
      'ChatGPT: you have reached your usage limit',
    ]);
  });
});

describe('the popup, joining the user’s own requests with what a page posts (the end-to-end baseline’s real pages)', () => {
  /** ChatGPT degraded: "Workspace Agents Degraded and Responses Impacted", begun 2026-10-06T22:52:00Z. */
  let baseline: State;
  const POSTED = Math.floor(Date.parse('2026-10-06T22:52:00Z') / 60_000);
  const BASELINE_NOW = Date.parse('2026-10-06T23:10:00Z');
  beforeAll(async () => {
    baseline = await stateOf(baselineAnswers(), '2026-10-06T23:10:00Z');
  });

  const chatgptRow = (root: HTMLElement) => root.querySelector('details.entry[data-providers~="chatgpt"]');

  it('says in ChatGPT’s row how much earlier than its page the user’s own requests failed', () => {
    const root = showPopup(BASELINE_NOW, {
      state: baseline,
      settings: { ...defaultSettings(), ownTraffic: ['chatgpt'] },
      trafficEpisodes: { version: 1, episodes: [{ providerId: 'chatgpt', firstMinute: POSTED - 14, lastMinute: POSTED + 3 }] },
    });
    const line = text(chatgptRow(root)?.querySelector('summary .entry__own'));
    expect(line).toMatch(
      /^Your own requests failed from \d{1,2}:\d{2}(\s?[AP]M)?, 14 minutes before the status page's incident began$/,
    );
  });

  it('claims no lead when the page was first, or the run had ended long before', () => {
    for (const run of [
      { providerId: 'chatgpt', firstMinute: POSTED + 2, lastMinute: POSTED + 9 },
      { providerId: 'chatgpt', firstMinute: POSTED - 200, lastMinute: POSTED - 120 },
    ]) {
      const root = showPopup(BASELINE_NOW, {
        state: baseline,
        settings: defaultSettings(),
        trafficEpisodes: { version: 1, episodes: [run] },
      });
      expect(chatgptRow(root)?.querySelector('.entry__own')).toBeNull();
      document.body.innerHTML = '';
    }
  });

  it('offers, in the affected row’s detail, to warn when the user’s own requests fail; asks from within the click', async () => {
    let answer: (granted: boolean) => void = () => {};
    const onWatch = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const root = showPopup(BASELINE_NOW, { state: baseline, settings: defaultSettings(), onWatchOwnTraffic: onWatch });
    const button = [...(chatgptRow(root)?.querySelectorAll('button') ?? [])].find(
      (element) => text(element) === 'Warn me when my own requests to ChatGPT fail',
    );
    if (!button) throw new Error('no offer in ChatGPT’s detail');
    button.click();
    // Within the click: browsers grant optional access only on a user gesture.
    expect(onWatch).toHaveBeenCalledWith('chatgpt', 'https://chatgpt.com/*');
    await vi.waitFor(() =>
      expect(text(chatgptRow(root)?.querySelector('[role="status"]'))).toBe(
        'Allow access to chatgpt.com when your browser asks, and the radar starts watching.',
      ),
    );
    answer(false);
    await vi.waitFor(() =>
      expect(text(chatgptRow(root)?.querySelector('[role="alert"]'))).toBe(
        'The browser did not allow access to chatgpt.com, so this stays off.',
      ),
    );
  });

  it('once on, says it is watched instead of offering it', () => {
    const root = showPopup(BASELINE_NOW, { state: baseline, settings: { ...defaultSettings(), ownTraffic: ['chatgpt'] } });
    expect(text(chatgptRow(root)?.querySelector('.own-offer--on'))).toBe('Your own requests to ChatGPT are watched.');
    expect(chatgptRow(root)?.querySelector('.own-offer button')).toBeNull();
  });
});
