import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../src/core/catalog/providers';
import type { State } from '../../../../src/core/model';
import type { TrafficVerdict } from '../../../../src/core/traffic/rule';
import { readStoredVerdict } from '../../../../src/core/traffic/verdict';
import { BADGE_COLORS, badgeFor } from '../../../../src/core/view/badge';
import { baselineAnswers, CLAUDE_INCIDENT, URLS } from '../../../fake-server/baseline';
import { fixture } from '../../../fake-server/server';
import { stateOf } from '../../support/baseline-pages';
import { englishT } from '../../support/english';

const AT = '2026-10-08T00:00:00.000Z';
const MINUTE = Math.floor(Date.parse(AT) / 60_000);
const watched = CATALOG;

/** The real baseline: only ChatGPT degraded. With Claude's real incident: the Claude API in partial outage too. */
let quiet: State;
let claudeDown: State;
beforeAll(async () => {
  quiet = await stateOf(baselineAnswers(), AT);
  claudeDown = await stateOf({ ...baselineAnswers(), [URLS.claude]: fixture(CLAUDE_INCIDENT) }, AT);
});

/** The baseline with ChatGPT's page read operational too: nothing any page says is wrong. */
function withoutChatgpt(): State {
  const chatgpt = quiet.providers.chatgpt;
  if (!chatgpt) throw new Error('no ChatGPT in the baseline');
  return { ...quiet, providers: { ...quiet.providers, chatgpt: { ...chatgpt, severity: 'operational' } } };
}

const failing = (providerId: string): TrafficVerdict['warnings'][number] => ({
  kind: 'failing',
  providerId,
  sinceMinute: MINUTE - 1,
  failures: 3,
  outcomes: ['server_error'],
});

describe('the badge, with the user’s own requests', () => {
  it('says the user’s requests to Claude fail while its page says operational: a mark of its own, and why', () => {
    const badge = badgeFor(quiet, watched, englishT, { warnings: [failing('claude')] });
    // ChatGPT's degraded page still counts first: the pages' word is never replaced.
    expect(badge.text).toBe('1');
    expect(badge.title.split('\n')).toEqual([
      'AI Outage Radar',
      'ChatGPT: Degraded',
      'Claude: your requests are failing · status page: Operational',
    ]);
  });

  it('with no page saying anything is wrong, the mark is "!", never a count of assistants down', () => {
    const calm = withoutChatgpt();
    const badge = badgeFor(calm, watched, englishT, { warnings: [failing('claude')] });
    expect(badge).toMatchObject({ text: '!', color: BADGE_COLORS.degraded });
    expect(badge.title).toContain('Claude: your requests are failing · status page: Operational');
    const none = badgeFor(calm, watched, englishT, { warnings: [] });
    expect(none.text).toBe('');
  });

  it('says a usage limit as the user’s own, and changes no mark for it', () => {
    const badge = badgeFor(claudeDown, watched, englishT, {
      warnings: [{ kind: 'usage_limit', providerId: 'chatgpt', sinceMinute: MINUTE }],
    });
    expect(badge.text).toBe(badgeFor(claudeDown, watched, englishT).text);
    expect(badge.title).toContain('ChatGPT: you have reached your usage limit');
  });

  it('says the user’s own connection when requests everywhere fail, blaming no assistant', () => {
    const calm = withoutChatgpt();
    const badge = badgeFor(calm, watched, englishT, {
      warnings: [],
      ownNetwork: { sinceMinute: MINUTE, providerIds: ['claude', 'chatgpt'] },
    });
    expect(badge).toMatchObject({ text: '!', color: BADGE_COLORS.unknown });
    expect(badge.title).toContain('Your requests to Claude, ChatGPT do not get through: your own connection, it seems');
    expect(badge.title).not.toContain('are failing');
  });

  it('names no assistant the user no longer watches', () => {
    const badge = badgeFor(
      quiet,
      watched.filter((provider) => provider.id !== 'claude'),
      englishT,
      { warnings: [failing('claude')] },
    );
    expect(badge.title).not.toContain('Claude:');
  });
});

describe('the stored verdict', () => {
  const stored = { version: 1, atMinute: MINUTE, warnings: [failing('claude')] };

  it('holds within the rule’s window, and not after: with no request since, nothing is known of now', () => {
    expect(readStoredVerdict(stored, MINUTE + 2)?.warnings).toEqual([failing('claude')]);
    expect(readStoredVerdict(stored, MINUTE + 3)).toBeUndefined();
  });

  it('reads nothing from what is not a verdict, and drops a warning it cannot read', () => {
    for (const garbage of [undefined, null, 'x', { version: 2, atMinute: MINUTE, warnings: [] }, { version: 1, warnings: [] }]) {
      expect(readStoredVerdict(garbage, MINUTE)).toBeUndefined();
    }
    const odd = { ...stored, warnings: [{ kind: 'failing', providerId: 7 }, failing('chatgpt')] };
    expect(readStoredVerdict(odd, MINUTE)?.warnings).toEqual([failing('chatgpt')]);
  });
});
