import { describe, expect, it } from 'vitest';
import { CATALOG, providerById } from '../../../../../src/core/catalog/providers';
import * as scope from '../../../../../src/core/catalog/scopes';
import { historyPlans } from '../../../../../src/core/history/pages/plan';
import { hasStatusSource, type Provider } from '../../../../../src/core/model';

const NOW = Date.parse('2026-09-29T10:30:00Z');

function provider(id: string): Provider {
  const found = providerById(id);
  if (!found) throw new Error(`no ${id} in the catalog`);
  return found;
}

describe('where each assistant’s past is read', () => {
  const plans = historyPlans(CATALOG, NOW);
  const planOf = (id: string) => plans.find((plan) => plan.providerIds.includes(id));

  it('asks each page once, not each assistant: the three Claude products share status.claude.com', () => {
    const claude = planOf('claude');
    expect(claude?.providerIds).toEqual(['claude', 'claude-code', 'claude-api']);
    const keys = plans.map((plan) => plan.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Every assistant with a status source of a platform that keeps a past is in exactly one plan.
    const planned = plans.flatMap((plan) => plan.providerIds);
    expect(new Set(planned).size).toBe(planned.length);
  });

  it('asks Statuspage’s showcase for the watched components of the page, then its incident list if it has not moved', () => {
    const ids = [...scope.CLAUDE_AI, ...scope.CLAUDE_CODE, ...scope.CLAUDE_API].sort().join(',');
    expect(planOf('claude')?.requests).toEqual([
      { format: 'statuspage-uptime', url: `https://status.claude.com/uptime_showcase?components=${ids}` },
      { format: 'incident-list', url: 'https://status.claude.com/api/v2/incidents.json' },
    ]);
    expect(planOf('claude')?.key).toBe('https://status.claude.com/uptime_showcase');
  });

  it('reads a whole-page Statuspage assistant (Cursor) from its incident list: the showcase answers only ids it is asked', () => {
    expect(planOf('cursor')?.requests).toEqual([
      { format: 'incident-list', url: 'https://status.cursor.com/api/v2/incidents.json' },
    ]);
  });

  it('asks incident.io for 90 whole UTC days of component impacts, so the address holds for the day', () => {
    const [impacts, list] = planOf('chatgpt')?.requests ?? [];
    expect(planOf('chatgpt')?.providerIds).toEqual(['chatgpt', 'codex', 'openai-api']);
    expect(impacts).toEqual({
      format: 'incidentio-impacts',
      url: 'https://status.openai.com/proxy/status.openai.com/component_impacts?start_at=2026-07-02T00%3A00%3A00.000Z&end_at=2026-09-30T00%3A00%3A00.000Z',
    });
    expect(list).toEqual({ format: 'incident-list', url: 'https://status.openai.com/api/v2/incidents.json' });
    const later = historyPlans([provider('chatgpt')], NOW + 10 * 3_600_000);
    expect(later[0]?.requests[0]?.url).toBe(impacts?.url);
  });

  it('reads Better Stack’s own index, Flashduty’s structure, Google’s incident lists and feeds', () => {
    expect(planOf('huggingchat')?.requests).toEqual([{ format: 'betterstack', url: 'https://status.huggingface.co/index.json' }]);
    expect(planOf('deepseek')?.requests).toEqual([
      {
        format: 'flashduty-structure',
        url: 'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/structure',
      },
    ]);
    expect(planOf('gemini')?.requests[0]?.format).toBe('google-workspace');
    expect(planOf('gemini-api')?.requests[0]?.format).toBe('google-cloud');
    expect(planOf('grok')?.requests).toEqual([{ format: 'feed', url: 'https://status.x.ai/feed.xml' }]);
  });

  it('plans nothing for a platform with no past (Instatus) or an assistant with no status page: their strip is the radar’s own', () => {
    expect(planOf('fal')).toBeUndefined();
    const unmonitored = CATALOG.filter((entry) => !hasStatusSource(entry));
    expect(unmonitored.length).toBeGreaterThan(0);
    for (const entry of unmonitored) expect(planOf(entry.id)).toBeUndefined();
  });

  it('asks only for the components of the assistants watched', () => {
    const [only] = historyPlans([provider('claude-code')], NOW);
    expect(only?.requests[0]?.url).toBe(`https://status.claude.com/uptime_showcase?components=${scope.CLAUDE_CODE.join(',')}`);
  });
});
