import { describe, expect, it } from 'vitest';
import { affectedCategories, alternativesFor } from '../../../../src/core/view/alternatives';
import { badgeFor } from '../../../../src/core/view/badge';
import { overviewOf } from '../../../../src/core/view/overview';
import { englishT as t } from '../../support/english';
import { providers, stateOf } from '../../support/view-states';

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
