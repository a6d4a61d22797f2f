import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { affectedCategories, alternativesFor } from '../../src/core/alternatives';
import { BADGE_COLORS, badgeFor } from '../../src/core/badge';
import { providerById } from '../../src/core/catalog';
import { translatorFrom } from '../../src/core/i18n';
import type { Provider, ReadError, Reading, Severity, State } from '../../src/core/model';
import { overviewOf } from '../../src/core/overview';
import { emptyState, foldResults, isStale } from '../../src/core/state';

const t = translatorFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));

function reading(severity: Reading['severity'], fetchedAt = '2026-10-07T12:00:00.000Z'): Reading {
  return {
    severity,
    incidents: [],
    components: [],
    maintenances: [],
    source: 'https://status.claude.com/api/v2/summary.json',
    fetchedAt,
  };
}

const timeout: ReadError = {
  kind: 'timeout',
  message: 'no answer within 10 s',
  source: 'https://status.claude.com/api/v2/summary.json',
  at: '2026-10-07T12:02:00.000Z',
};

function stateOf(severities: Record<string, Severity>): State {
  const providers: State['providers'] = {};
  for (const [id, severity] of Object.entries(severities)) {
    providers[id] =
      severity === 'unknown'
        ? { severity, error: timeout, checkedAt: 'x' }
        : { severity, reading: reading(severity), checkedAt: 'x' };
  }
  return { version: 1, checkedAt: '2026-10-07T12:00:00.000Z', providers };
}

function providers(...ids: string[]): Provider[] {
  return ids.map((id) => {
    const provider = providerById(id);
    if (!provider) throw new Error(id);
    return provider;
  });
}

describe('folding readings into the state', () => {
  it('a failed poll keeps the last good reading, marks it stale, and reads unknown', () => {
    const first = foldResults(emptyState(), { claude: { ok: true, reading: reading('degraded') } }, '2026-10-07T12:00:00.000Z');
    expect(first.providers.claude).toMatchObject({ severity: 'degraded' });
    expect(isStale(first.providers.claude ?? { severity: 'unknown', checkedAt: '' })).toBe(false);

    const second = foldResults(first, { claude: { ok: false, error: timeout } }, '2026-10-07T12:02:00.000Z');
    const claude = second.providers.claude;
    expect(claude?.severity).toBe('unknown');
    expect(claude?.reading).toEqual(reading('degraded'));
    expect(claude?.error).toEqual(timeout);
    expect(claude && isStale(claude)).toBe(true);
    expect(second.checkedAt).toBe('2026-10-07T12:02:00.000Z');
  });

  it('a failure with nothing read before has no reading at all', () => {
    const state = foldResults(emptyState(), { claude: { ok: false, error: timeout } }, 'now');
    expect(state.providers.claude).toEqual({ severity: 'unknown', error: timeout, failingSince: timeout.at, checkedAt: 'now' });
  });

  it('recovers by itself: the next good read replaces the error', () => {
    const failed = foldResults(emptyState(), { claude: { ok: false, error: timeout } }, 'a');
    const recovered = foldResults(failed, { claude: { ok: true, reading: reading('operational') } }, 'b');
    expect(recovered.providers.claude).toEqual({ severity: 'operational', reading: reading('operational'), checkedAt: 'b' });
  });

  it('drops providers no longer polled', () => {
    const before = stateOf({ claude: 'operational', chatgpt: 'degraded' });
    const after = foldResults(before, { claude: { ok: true, reading: reading('operational') } }, 'c');
    expect(Object.keys(after.providers)).toEqual(['claude']);
  });
});

describe('the badge', () => {
  const watched = providers('claude', 'chatgpt', 'claude-api', 'cursor');

  it('shows nothing when every watched assistant is operational', () => {
    const badge = badgeFor(
      stateOf({ claude: 'operational', chatgpt: 'operational', 'claude-api': 'operational', cursor: 'operational' }),
      watched,
      t,
    );
    expect(badge.text).toBe('');
    expect(badge.title).toBe('AI Outage Radar: every assistant is operational');
  });

  it('counts affected assistants and takes the colour of the worst', () => {
    const badge = badgeFor(
      stateOf({ claude: 'degraded', chatgpt: 'major_outage', 'claude-api': 'operational', cursor: 'operational' }),
      watched,
      t,
    );
    expect(badge).toEqual({
      text: '2',
      color: BADGE_COLORS.major_outage,
      title: 'AI Outage Radar\nChatGPT: Major outage\nClaude: Degraded',
    });
  });

  it('never counts could-not-check as an outage, and names it in the tooltip', () => {
    const badge = badgeFor(
      stateOf({ claude: 'partial_outage', chatgpt: 'unknown', 'claude-api': 'operational', cursor: 'operational' }),
      watched,
      t,
    );
    expect(badge.text).toBe('1');
    expect(badge.color).toBe(BADGE_COLORS.partial_outage);
    expect(badge.title).toContain('ChatGPT: Could not check');
  });

  it('has a look of its own for could-not-check and for maintenance', () => {
    const unknown = badgeFor(
      stateOf({ claude: 'unknown', chatgpt: 'maintenance', 'claude-api': 'operational', cursor: 'operational' }),
      watched,
      t,
    );
    expect(unknown).toMatchObject({ text: '?', color: BADGE_COLORS.unknown });
    const maintenance = badgeFor(
      stateOf({ claude: 'operational', chatgpt: 'maintenance', 'claude-api': 'operational', cursor: 'operational' }),
      watched,
      t,
    );
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

describe('alternatives', () => {
  it('offers healthy assistants of the affected category, operational first, in the user order', () => {
    const watched = providers('chatgpt', 'perplexity', 'claude', 'cursor');
    const state = stateOf({ chatgpt: 'major_outage', perplexity: 'maintenance', claude: 'operational', cursor: 'degraded' });
    expect(affectedCategories(state, watched)).toEqual(['chat', 'coding']);
    expect(alternativesFor('chat', state, watched).map((provider) => provider.id)).toEqual(['claude', 'perplexity']);
    expect(alternativesFor('coding', state, watched)).toEqual([]);
  });

  it('offers an assistant with no status page after the healthy ones, never before', () => {
    const watched = providers('meta-ai', 'chatgpt', 'claude', 'perplexity');
    const state = stateOf({ chatgpt: 'major_outage', claude: 'maintenance', perplexity: 'operational' });
    expect(alternativesFor('chat', state, watched).map((provider) => provider.id)).toEqual(['perplexity', 'claude', 'meta-ai']);
  });

  it('never offers an assistant that could not be checked', () => {
    const watched = providers('chatgpt', 'claude');
    const state = stateOf({ chatgpt: 'major_outage', claude: 'unknown' });
    expect(alternativesFor('chat', state, watched)).toEqual([]);
  });
});

describe('the overview', () => {
  it('lists what needs attention worst first, could-not-check last, and the rest apart', () => {
    const watched = providers('claude', 'chatgpt', 'claude-api', 'cursor', 'perplexity');
    const overview = overviewOf(
      stateOf({
        claude: 'unknown',
        chatgpt: 'degraded',
        'claude-api': 'major_outage',
        cursor: 'operational',
        perplexity: 'maintenance',
      }),
      watched,
    );
    expect(overview.attention.map((row) => row.provider.id)).toEqual(['claude-api', 'chatgpt', 'perplexity', 'claude']);
    expect(overview.operational.map((row) => row.provider.id)).toEqual(['cursor']);
    expect([overview.affectedCount, overview.unknownCount, overview.maintenanceCount]).toEqual([2, 1, 1]);
  });

  it('leaves assistants with no public status page out of every count, and never calls them operational', () => {
    const watched = providers('chatgpt', 'microsoft-copilot', 'claude');
    const overview = overviewOf(stateOf({ chatgpt: 'major_outage', claude: 'operational' }), watched);
    expect(overview.unmonitored.map((provider) => provider.id)).toEqual(['microsoft-copilot']);
    expect(overview.operational.map((row) => row.provider.id)).toEqual(['claude']);
    expect(overview.attention.map((row) => row.provider.id)).toEqual(['chatgpt']);
    expect(badgeFor(stateOf({ chatgpt: 'operational', claude: 'operational' }), watched, t).text).toBe('');
  });
});
