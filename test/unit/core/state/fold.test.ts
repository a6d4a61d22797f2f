import { describe, expect, it } from 'vitest';
import { providerById } from '../../../../src/core/catalog/providers';
import type { Provider } from '../../../../src/core/model';
import { pollProviders } from '../../../../src/core/poll/poll';
import type { SourceResult } from '../../../../src/core/poll/read-source';
import { emptyState, foldResults, isStale, observedState } from '../../../../src/core/state/fold';
import { readFixture } from '../../../fixtures';
import { fakeFetch } from '../../support/fake-fetch';

const XAI = 'https://status.x.ai/feed.xml';
const CLAUDE = 'https://status.claude.com/api/v2/summary.json';
const NOW = Date.parse('2026-10-08T00:00:00Z');

function provider(id: string): Provider {
  const found = providerById(id);
  if (!found) throw new Error(id);
  return found;
}

/** Grok and the Claude API read from their real pages, folded into a first State. */
async function firstState() {
  const fetch = fakeFetch({
    [XAI]: { body: readFixture('xai/xai-feed-rss-105items-all-resolved-1.xml') },
    [CLAUDE]: { body: readFixture('statuspage/anthropic-summary-unresolved-major-monitoring-1.json') },
  });
  const results = await pollProviders([provider('grok'), provider('claude-api')], { fetch, now: () => NOW, timeoutMs: 1000 });
  return foldResults(emptyState(), results, '2026-10-08T00:00:00.000Z');
}

describe('folding a paced provider', () => {
  it('keeps its state as it was, times included: not stale, no error', async () => {
    const previous = await firstState();
    const grok = previous.providers.grok;
    if (!grok?.reading) throw new Error('Grok did not read');
    const claude = previous.providers['claude-api'];
    if (!claude?.reading) throw new Error('Claude API did not read');
    const results: Record<string, SourceResult> = {
      grok: { ok: true, reading: grok.reading, paced: true },
      'claude-api': { ok: true, reading: { ...claude.reading, fetchedAt: '2026-10-08T00:02:00.000Z' } },
    };
    const next = foldResults(previous, results, '2026-10-08T00:02:00.000Z');
    expect(next.providers.grok).toEqual(grok);
    expect(isStale(next.providers.grok ?? grok)).toBe(false);
    expect(next.providers['claude-api']?.checkedAt).toBe('2026-10-08T00:02:00.000Z');

    // For the notification policy it brought nothing new; the others are as folded.
    const observed = observedState(next, results);
    expect(observed.providers.grok).toEqual({ severity: grok.severity, checkedAt: grok.checkedAt });
    expect(observed.providers['claude-api']).toEqual(next.providers['claude-api']);
  });
});
