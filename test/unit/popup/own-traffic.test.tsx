// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { providerById } from '../../../src/core/catalog/providers';
import type { Provider, State } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings/settings';
import { emptyState } from '../../../src/core/state/fold';
import { readFixture } from '../../fixtures';
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
