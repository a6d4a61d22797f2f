import { describe, expect, it } from 'vitest';
import type { HistoryDay } from '../../../../src/core/history/model';
import type { Provider } from '../../../../src/core/model';
import { alternativesFor } from '../../../../src/core/view/alternatives';
import { firstScreenOf } from '../../../../src/core/view/first-screen';
import { type ReliabilityFigure, reliabilityOf } from '../../../../src/core/view/reliability';
import { providers, stateOf } from '../../support/view-states';

/** "Switch to" with each assistant's last 30 days: live health first, then who has been reliable, then the user's order. */

/** A 30-day figure with `outages` days of a one-hour major outage, the other days operational. */
function figure(providerId: string, outages: number): ReliabilityFigure {
  const days: HistoryDay[] = Array.from({ length: 30 }, (_, index) =>
    index < outages
      ? { day: `d${index}`, level: 'major_outage', minutes: { major_outage: 60 }, titles: [] }
      : { day: `d${index}`, level: 'operational', minutes: {}, titles: [] },
  );
  return reliabilityOf({ providerId, days, uptimes: [], basis: 'page' }, 30);
}

const ids = (list: readonly Provider[]) => list.map((provider) => provider.id);

describe('alternatives with recent reliability', () => {
  const watched = providers('chatgpt', 'claude', 'perplexity', 'meta-ai');

  it('of two operational alternatives, the one with fewer outage days is offered first', () => {
    const state = stateOf({ chatgpt: 'major_outage', claude: 'operational', perplexity: 'operational' });
    const reliability = { claude: figure('claude', 3), perplexity: figure('perplexity', 1) };
    expect(ids(alternativesFor('chat', state, watched, reliability))).toEqual(['perplexity', 'claude', 'meta-ai']);
  });

  it('live health still beats reliability: operational now comes before a better month in maintenance', () => {
    const state = stateOf({ chatgpt: 'major_outage', claude: 'operational', perplexity: 'maintenance' });
    const reliability = { claude: figure('claude', 5), perplexity: figure('perplexity', 0) };
    expect(ids(alternativesFor('chat', state, watched, reliability))).toEqual(['claude', 'perplexity', 'meta-ai']);
  });

  it('without history the user’s order decides, with no map or a map that lacks them', () => {
    const state = stateOf({ chatgpt: 'major_outage', claude: 'operational', perplexity: 'operational' });
    expect(ids(alternativesFor('chat', state, watched))).toEqual(['claude', 'perplexity', 'meta-ai']);
    expect(ids(alternativesFor('chat', state, watched, {}))).toEqual(['claude', 'perplexity', 'meta-ai']);
    // One with a figure and one without: the figure ranks first, nothing known ranks after it.
    expect(ids(alternativesFor('chat', state, watched, { perplexity: figure('perplexity', 2) }))).toEqual([
      'perplexity',
      'claude',
      'meta-ai',
    ]);
  });

  it('equal figures keep the user’s order', () => {
    const state = stateOf({ chatgpt: 'major_outage', claude: 'operational', perplexity: 'operational' });
    const reliability = { claude: figure('claude', 1), perplexity: figure('perplexity', 1) };
    expect(ids(alternativesFor('chat', state, watched, reliability))).toEqual(['claude', 'perplexity', 'meta-ai']);
  });
});

describe('the first screen passes the reliability map on', () => {
  const watched = providers('chatgpt', 'claude', 'perplexity');
  const state = stateOf({ chatgpt: 'major_outage', claude: 'operational', perplexity: 'operational' });

  it('offers the more reliable alternative as the best one, the other after it', () => {
    const screen = firstScreenOf(state, watched, {
      reliability: { claude: figure('claude', 2), perplexity: figure('perplexity', 0) },
    });
    expect(screen.best.map((offer) => offer.provider?.id)).toEqual(['perplexity']);
    expect(screen.alternatives.map((more) => ids(more.offers.map((offer) => offer.provider)))).toEqual([['claude']]);
  });

  it('decides as before without it', () => {
    const screen = firstScreenOf(state, watched);
    expect(screen.best.map((offer) => offer.provider?.id)).toEqual(['claude']);
    expect(firstScreenOf(state, watched, {})).toEqual(screen);
  });
});
