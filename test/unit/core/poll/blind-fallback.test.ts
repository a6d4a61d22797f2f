import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../src/core/catalog/providers';
import { parseStatuspage } from '../../../../src/core/platforms/statuspage';
import { pollProviders } from '../../../../src/core/poll/poll';
import { foldResults } from '../../../../src/core/state/fold';
import { readFixture } from '../../../fixtures';
import { fakeFetch } from '../../support/fake-fetch';

const OPENAI_PAGE = 'https://status.openai.com/proxy/status.openai.com';
const OPENAI_COMPAT = 'https://status.openai.com/api/v2/summary.json';
/** The Statuspage-compatible summary stops at 25 components: most of Codex's are past that. */
const COMPAT = readFixture('incidentio/openai-v2-summary-compat-active-minor-1.json');
const OPENAI = CATALOG.filter((provider) => ['chatgpt', 'codex', 'openai-api'].includes(provider.id));
const AT = '2026-10-07T12:00:00.000Z';

describe('a fallback that cannot see most of what matters never reads operational', () => {
  it("the real compatible summary shows 1 of Codex's 5 components: Codex reads could-not-check, not operational", () => {
    const codex = CATALOG.find((provider) => provider.id === 'codex');
    const read = parseStatuspage(COMPAT, {
      source: OPENAI_COMPAT,
      statusPageUrl: 'https://status.openai.com',
      componentIds: codex?.componentIds ?? [],
      fetchedAt: AT,
    });
    expect(read).toMatchObject({ ok: false, failure: { kind: 'partial_view' } });
    expect(read.ok ? '' : read.failure.message).toMatch(/shows 1 of the 5 watched components/);
  });

  it('when the page JSON fails, Codex is unknown with its last reading kept, while what the summary does show still reads', async () => {
    const fetch = fakeFetch({ [OPENAI_PAGE]: { status: 503, body: '' }, [OPENAI_COMPAT]: { body: COMPAT } });
    const results = await pollProviders(OPENAI, { fetch, now: () => Date.parse(AT), timeoutMs: 1_000 });
    const state = foldResults({ version: 1, providers: {} }, results, AT);
    expect(state.providers.codex?.severity).toBe('unknown');
    // The page's own fault is the one told, not the blind fallback's.
    expect(state.providers.codex?.error).toMatchObject({ kind: 'http', status: 503, source: OPENAI_PAGE });
    for (const id of ['chatgpt', 'openai-api']) {
      const provider = state.providers[id];
      expect(provider?.severity === 'unknown' || provider?.reading?.source === OPENAI_COMPAT, id).toBe(true);
    }
  });

  it('trouble a partial view does show is shown: a visible component in outage is a real signal', () => {
    const doc = JSON.parse(COMPAT) as { components: { id: string; status: string }[] };
    const codex = CATALOG.find((provider) => provider.id === 'codex');
    const visible = doc.components.find((component) => codex?.componentIds?.includes(component.id));
    if (!visible) throw new Error('one Codex component is in the compatible summary');
    visible.status = 'major_outage';
    const read = parseStatuspage(JSON.stringify(doc), {
      source: OPENAI_COMPAT,
      statusPageUrl: 'https://status.openai.com',
      componentIds: codex?.componentIds ?? [],
      fetchedAt: AT,
    });
    expect(read.ok && read.value.severity).toBe('major_outage');
  });
});
