import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../../src/core/model';
import { emptyState } from '../../../../src/core/state/fold';
import { MINUTE_MS } from '../../../../src/core/time';
import { BADGE_COLORS, badgeFor } from '../../../../src/core/view/badge';
import { overviewOf } from '../../../../src/core/view/overview';
import { readSynthetic } from '../../../fixtures';
import { englishT as t } from '../../support/english';
import {
  CLAUDE_INCIDENT,
  CLAUDE_OK,
  CLAUDE_SUMMARY,
  OPENAI_INCIDENT,
  OPENAI_PAGE,
  OPENAI_QUIET,
  type Pages,
  PROVIDERS,
  pollAsTheWorker,
} from '../../support/poll-sequence';
import { providers, stateOf } from '../../support/view-states';

describe('the badge', () => {
  const watched = providers('claude', 'chatgpt', 'claude-api', 'cursor');
  /** The badge when Claude and ChatGPT are as given, the other two watched assistants operational. */
  const badgeWhen = (claude: Severity, chatgpt: Severity) =>
    badgeFor(stateOf({ claude, chatgpt, 'claude-api': 'operational', cursor: 'operational' }), watched, t);

  it('shows nothing when every watched assistant is operational', () => {
    const badge = badgeWhen('operational', 'operational');
    expect(badge.text).toBe('');
    expect(badge.title).toBe('AI Outage Radar: every assistant is operational');
  });

  it('counts affected assistants and takes the colour of the worst', () => {
    const badge = badgeWhen('degraded', 'major_outage');
    expect(badge).toEqual({
      text: '2',
      color: BADGE_COLORS.major_outage,
      title: 'AI Outage Radar\nChatGPT: Major outage\nClaude: Degraded',
    });
  });

  it('never counts could-not-check as an outage, and names it in the tooltip', () => {
    const badge = badgeWhen('partial_outage', 'unknown');
    expect(badge.text).toBe('1');
    expect(badge.color).toBe(BADGE_COLORS.partial_outage);
    expect(badge.title).toContain('ChatGPT: Could not check');
  });

  it('has a look of its own for could-not-check and for maintenance', () => {
    const unknown = badgeWhen('unknown', 'maintenance');
    expect(unknown).toMatchObject({ text: '?', color: BADGE_COLORS.unknown });
    const maintenance = badgeWhen('operational', 'maintenance');
    expect(maintenance).toMatchObject({
      text: 'M',
      color: BADGE_COLORS.maintenance,
      title: 'AI Outage Radar\nChatGPT: Maintenance',
    });
  });

  it('reads a provider never polled yet as could-not-check, not as fine', () => {
    expect(badgeFor(emptyState(), watched, t).text).toBe('?');
  });

  it('uses a distinct colour for every severity', () => {
    expect(new Set(Object.values(BADGE_COLORS)).size).toBe(6);
  });
});

/** Polls at the given minutes after 12:00, each with its pages; the badge after each. */
async function badgesAfter(polls: readonly [minute: number, pages: Pages][], watched = PROVIDERS) {
  let state = emptyState();
  const badges: ReturnType<typeof badgeFor>[] = [];
  for (const [minute, pages] of polls) {
    state = await pollAsTheWorker(
      state,
      pages,
      new Date(Date.parse('2026-11-22T12:00:00.000Z') + minute * MINUTE_MS).toISOString(),
      watched,
    );
    badges.push(badgeFor(state, watched, t));
  }
  return { badges, state };
}

const HEALTHY: Pages = { [CLAUDE_SUMMARY]: CLAUDE_OK, [OPENAI_PAGE]: OPENAI_QUIET };
const CLAUDE_503: Pages = {
  [CLAUDE_SUMMARY]: { status: 503, body: 'Service Unavailable', contentType: 'text/plain' },
  [OPENAI_PAGE]: OPENAI_QUIET,
};
const ALL_OFFLINE: Pages = {};

describe('the badge is a glance: a brief failure does not cry "?"', () => {
  it('one page answering 503 for one poll among healthy ones keeps the badge all clear, and the tooltip says so', async () => {
    const { badges, state } = await badgesAfter([
      [0, HEALTHY],
      [2, CLAUDE_503],
    ]);
    expect(badges[1]?.text).toBe('');
    expect(badges[1]?.color).toBe(BADGE_COLORS.operational);
    expect(badges[1]?.title.split('\n')).toEqual([
      'AI Outage Radar: every assistant is operational',
      'Claude: Could not check just now; last reading: Operational',
      'Claude Code: Could not check just now; last reading: Operational',
      'Claude API: Could not check just now; last reading: Operational',
    ]);
    // The popup still says it could not check them.
    const overview = overviewOf(state, PROVIDERS);
    expect(overview.unknownCount).toBe(3);
    expect(overview.glance.unknownCount).toBe(0);
    expect(overview.attention.map((row) => [row.provider.id, row.severity, row.glanceSeverity])).toContainEqual([
      'claude',
      'unknown',
      'operational',
    ]);
  });

  it('the same page failing for 15 minutes shows "?", and the tooltip names it and for how long', async () => {
    const { badges } = await badgesAfter([
      [0, HEALTHY],
      [5, CLAUDE_503],
      [20, CLAUDE_503],
    ]);
    expect(badges.map((badge) => badge.text)).toEqual(['', '', '?']);
    expect(badges[2]?.color).toBe(BADGE_COLORS.unknown);
    expect(badges[2]?.title.split('\n')).toEqual([
      'AI Outage Radar',
      'Claude: could not check for 15 min',
      'Claude Code: could not check for 15 min',
      'Claude API: could not check for 15 min',
    ]);
  });

  it('at the default two-minute interval, the third failed poll in a row is no blip, though under ten minutes', async () => {
    const { badges } = await badgesAfter([
      [0, HEALTHY],
      [2, CLAUDE_503],
      [4, CLAUDE_503],
      [6, CLAUDE_503],
    ]);
    expect(badges.map((badge) => badge.text)).toEqual(['', '', '', '?']);
    expect(badges[3]?.title).toContain('Claude: could not check for 4 min');
  });

  it('recovers at once: the next good read clears the tooltip too', async () => {
    const { badges } = await badgesAfter([
      [0, HEALTHY],
      [5, CLAUDE_503],
      [20, CLAUDE_503],
      [22, HEALTHY],
    ]);
    expect(badges[3]).toEqual({
      text: '',
      color: BADGE_COLORS.operational,
      title: 'AI Outage Radar: every assistant is operational',
    });
  });

  it('an outage and a brief failure elsewhere: the count stays', async () => {
    const { badges } = await badgesAfter([
      [0, { [CLAUDE_SUMMARY]: CLAUDE_OK, [OPENAI_PAGE]: OPENAI_INCIDENT }],
      [2, { ...CLAUDE_503, [OPENAI_PAGE]: OPENAI_INCIDENT }],
    ]);
    expect(badges.map((badge) => badge.text)).toEqual(['1', '1']);
    expect(badges[1]?.color).toBe(BADGE_COLORS.degraded);
    expect(badges[1]?.title.split('\n').slice(0, 2)).toEqual(['AI Outage Radar', 'ChatGPT: Degraded']);
  });

  it('the page of the outage failing briefly keeps its count, shown as its last reading', async () => {
    const { badges } = await badgesAfter([
      [0, { [CLAUDE_SUMMARY]: CLAUDE_INCIDENT, [OPENAI_PAGE]: OPENAI_QUIET }],
      [2, { [CLAUDE_SUMMARY]: { status: 502, body: 'Bad Gateway' }, [OPENAI_PAGE]: OPENAI_QUIET }],
    ]);
    expect(badges.map((badge) => [badge.text, badge.color])).toEqual([
      ['1', BADGE_COLORS.partial_outage],
      ['1', BADGE_COLORS.partial_outage],
    ]);
    expect(badges[1]?.title).toContain('Claude API: Could not check just now; last reading: Partial outage');
  });

  it('a page never read that fails is unknown at once: there is no last reading to show', async () => {
    const { badges } = await badgesAfter([[0, CLAUDE_503]]);
    expect(badges[0]?.text).toBe('?');
    expect(badges[0]?.title).toContain('Claude: Could not check');
  });
});

describe('the badge when the connection is down', () => {
  it('every page failing with a network error reads as the connection, not as the assistants', async () => {
    const { badges } = await badgesAfter([
      [0, HEALTHY],
      [2, ALL_OFFLINE],
    ]);
    expect(badges[1]).toEqual({
      text: 'off',
      color: BADGE_COLORS.unknown,
      title:
        'AI Outage Radar: no status page could be reached. Your connection seems to be down; this says nothing about the assistants.',
    });
  });

  it('timeouts count as the network too; an outage read just before is still named', async () => {
    const { badges } = await badgesAfter([
      [0, { [CLAUDE_SUMMARY]: CLAUDE_OK, [OPENAI_PAGE]: OPENAI_INCIDENT }],
      [2, { [CLAUDE_SUMMARY]: { hang: true } }],
    ]);
    expect(badges[1]?.text).toBe('off');
    expect(badges[1]?.title.split('\n').slice(1)).toEqual(['ChatGPT: Could not check just now; last reading: Degraded']);
  });

  it('one page answering, even with an error, shows the network works: no offline badge', async () => {
    const { badges, state } = await badgesAfter([
      [0, HEALTHY],
      [5, { [CLAUDE_SUMMARY]: { status: 503, body: 'down' } }],
      [20, { [CLAUDE_SUMMARY]: { status: 503, body: 'down' } }],
    ]);
    expect(overviewOf(state, PROVIDERS).connectionDown).toBe(false);
    expect(badges[2]?.text).toBe('?');
    expect(badges[2]?.title).toContain('ChatGPT: could not check for 15 min');
  });
});

describe('the badge for a page that states no severity', () => {
  it("says an incident is posted rather than calling it Degraded (DeepSeek's feed with open incidents)", async () => {
    const deepseek = providers('deepseek');
    const { badges } = await badgesAfter(
      [[0, { 'https://status.deepseek.com/history.rss': { body: readSynthetic('synthetic-flashduty-history-rss-open.xml') } }]],
      deepseek,
    );
    expect(badges[0]?.text).toBe('1');
    expect(badges[0]?.title).toBe('AI Outage Radar\nDeepSeek: Incident posted (no severity stated)');
  });
});
