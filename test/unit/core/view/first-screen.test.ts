import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG, providerById } from '../../../../src/core/catalog/providers';
import { hasStatusSource, type Provider, type State } from '../../../../src/core/model';
import { emptyState } from '../../../../src/core/state/fold';
import { badgeFor } from '../../../../src/core/view/badge';
import { type FirstScreen, firstScreenOf, type Headline, MAX_NAMED } from '../../../../src/core/view/first-screen';
import { baselineAnswers, CLAUDE_INCIDENT, everyPlatformAnswers, URLS } from '../../../fake-server/baseline';
import { fixture, httpError } from '../../../fake-server/server';
import { CLAUDE_SHARED_INCIDENT, CLAUDE_SHARED_INCIDENT_AT, stateOf } from '../../support/baseline-pages';
import { englishT } from '../../support/english';

/** The first screen of the popup on real payloads (the end-to-end tests' pages), with every built-in assistant watched. */

const AT = '2026-10-08T00:00:00.000Z';
const watched: readonly Provider[] = CATALOG;

/** Every name the popup lists, in the order it lists them. */
function listed(screen: FirstScreen): string[] {
  return [
    ...screen.best.flatMap((offer) => offer.provider?.id ?? []),
    ...screen.affected.flatMap((entry) => entry.assistants.map((assistant) => assistant.row.provider.id)),
    ...screen.alternatives.flatMap((more) => more.offers.map((offer) => offer.provider.id)),
    ...screen.rest.map(({ row }) => row.provider.id),
    ...screen.unmonitored.map((provider) => provider.id),
  ];
}

/** "partial_outage: claude-api" lines: the headline as the tests read it. */
function headlineOf(headline: Headline): string[] {
  if (headline.kind !== 'trouble') return [headline.kind];
  return [
    ...headline.groups.map(
      (group) => `${group.unstated ? 'unstated' : group.severity}: ${group.providers.map((provider) => provider.id).join(', ')}`,
    ),
    ...(headline.more > 0 ? [`+${headline.more}`] : []),
  ];
}

function provider(id: string): Provider {
  const found = providerById(id);
  if (!found) throw new Error(`${id} is in the catalog`);
  return found;
}

let two: State;
let eight: State;

beforeAll(async () => {
  // The Claude API in partial outage (Claude's captured incident) and ChatGPT degraded (OpenAI's captured page).
  two = await stateOf({ ...baselineAnswers(), [URLS.claude]: fixture(CLAUDE_INCIDENT) }, AT);
  eight = await stateOf(everyPlatformAnswers(), AT);
});

describe('the first screen with two assistants affected', () => {
  it('the headline names each with its severity, worst first', () => {
    const screen = firstScreenOf(two, watched);
    expect(headlineOf(screen.headline)).toEqual(['partial_outage: claude-api', 'degraded: chatgpt']);
    expect(screen.headline).toMatchObject({ kind: 'trouble', tone: 'affected' });
  });

  it('offers the best healthy alternative of the worst-affected kind first, then of the other kind', () => {
    const screen = firstScreenOf(two, watched);
    expect(screen.best.map((offer) => [offer.category, offer.provider?.id, offer.severity])).toEqual([
      ['api', 'openai-api', 'operational'],
      ['chat', 'claude', 'operational'],
    ]);
    expect(screen.best[0]?.insteadOf.map((affected) => affected.id)).toEqual(['claude-api']);
    expect(screen.focus).toBe('best');
  });

  it('one row for each affected assistant, with its incident, worst first', () => {
    const screen = firstScreenOf(two, watched);
    expect(
      screen.affected.map((entry) => [entry.key, entry.severity, entry.incidents.map((shared) => shared.incident.title)]),
    ).toEqual([
      ['claude-api', 'partial_outage', ['Elevated errors on platform.claude.com']],
      ['chatgpt', 'degraded', ['Workspace Agents Degraded and Responses Impacted']],
    ]);
    expect(screen.affected[0]?.incidents[0]?.componentNames).toEqual(['Claude Console (platform.claude.com)']);
    expect(screen.affected[0]?.stale).toBeUndefined();
  });

  it('every watched assistant once: affected, alternatives, the rest, and those with no status page', () => {
    const screen = firstScreenOf(two, watched);
    const ids = listed(screen);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(watched.map((each) => each.id).sort());
    // The other alternatives follow the best one in the user's order: only those whose page says they work.
    expect(screen.alternatives.map((more) => [more.category, more.offers.map((offer) => offer.provider.id)])).toEqual([
      ['api', ['gemini-api', 'groq', 'cohere', 'openrouter', 'fal']],
      ['chat', ['gemini', 'perplexity', 'mistral', 'deepseek', 'grok', 'huggingchat', 'poe']],
    ]);
    // Nothing in the coding kind is affected: its assistants are the rest, in the user's order.
    expect(screen.rest.map(({ row }) => row.provider.id)).toEqual(['claude-code', 'codex', 'github-copilot', 'cursor']);
    // The assistants with no public status page are kept apart, never offered as a place that works.
    expect(screen.unmonitored.map((provider) => provider.id)).toEqual(['microsoft-copilot', 'meta-ai']);
  });
});

describe('the first screen with eight assistants affected (one of every platform)', () => {
  it('names all eight by level, worst first', () => {
    const { headline } = firstScreenOf(eight, watched);
    expect(headlineOf(headline)).toEqual([
      'major_outage: mistral, grok, fal',
      'partial_outage: deepseek, claude-api, gemini-api',
      'degraded: chatgpt, gemini',
    ]);
  });

  it('past eight, names the first, worst first, and counts the rest', () => {
    const worse = structuredClone(eight);
    for (const id of ['cohere', 'groq', 'poe']) {
      const read = worse.providers[id];
      if (!read?.reading) throw new Error(`${id} was read`);
      worse.providers[id] = { ...read, severity: 'degraded', reading: { ...read.reading, severity: 'degraded' } };
    }
    const { headline } = firstScreenOf(worse, watched);
    expect(MAX_NAMED).toBe(8);
    expect(headlineOf(headline)).toEqual([
      'major_outage: mistral, grok, fal',
      'partial_outage: deepseek, claude-api, gemini-api',
      'degraded: chatgpt, gemini',
      '+3',
    ]);
  });

  it('offers the best alternative of the worst-affected kind first: chat, for Mistral Le Chat', () => {
    const screen = firstScreenOf(eight, watched);
    expect(screen.best.map((offer) => [offer.category, offer.provider?.id])).toEqual([
      ['chat', 'claude'],
      ['api', 'openai-api'],
    ]);
    expect(screen.best[0]?.insteadOf.map((affected) => affected.id)).toEqual([
      'mistral',
      'grok',
      'deepseek',
      'chatgpt',
      'gemini',
    ]);
  });

  it("eight rows, worst first; Grok's two incidents in one row, the worse first", () => {
    const screen = firstScreenOf(eight, watched);
    expect(screen.affected.map((entry) => entry.key)).toEqual([
      'mistral',
      'grok',
      'fal',
      'deepseek',
      'claude-api',
      'gemini-api',
      'chatgpt',
      'gemini',
    ]);
    const grok = screen.affected.find((entry) => entry.key === 'grok');
    expect(grok?.incidents.map((shared) => [shared.incident.title, shared.incident.impact])).toEqual([
      ['Grok is unavailable', 'major_outage'],
      ['Image uploads failing for some users', 'degraded'],
    ]);
    const ids = listed(screen);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(watched.length);
  });
});

describe('one incident on a page shared by several products', () => {
  it('"Elevated errors for multiple models" is one row naming Claude, the Claude API and Claude Code, its incident once', async () => {
    const state = await stateOf({ ...baselineAnswers(), [URLS.claude]: CLAUDE_SHARED_INCIDENT }, CLAUDE_SHARED_INCIDENT_AT);
    const screen = firstScreenOf(state, watched);
    const claude = screen.affected.filter((entry) => entry.key.includes('claude'));
    expect(claude).toHaveLength(1);
    const [entry] = claude;
    expect(entry?.assistants.map((assistant) => assistant.row.provider.id)).toEqual(['claude', 'claude-code', 'claude-api']);
    expect(entry?.incidents.map((shared) => shared.incident.title)).toEqual(['Elevated errors for multiple models']);
    expect(entry?.incidents[0]?.affects.map((each) => each.id)).toEqual(['claude', 'claude-code', 'claude-api']);
    // The parts it touches, from each product's own reading, each once.
    expect(entry?.incidents[0]?.componentNames).toEqual(['claude.ai', 'Claude Code', 'Claude API (api.anthropic.com)']);
    // Still three assistants in the headline: the count is of assistants, as the badge counts them.
    expect(headlineOf(screen.headline)[0]).toBe('partial_outage: claude, claude-code, claude-api');
    expect(badgeFor(state, watched, englishT).text).toBe('4');
  });

  it('incidents of one page are not joined across pages: ChatGPT keeps its own row', async () => {
    const state = await stateOf({ ...baselineAnswers(), [URLS.claude]: CLAUDE_SHARED_INCIDENT }, CLAUDE_SHARED_INCIDENT_AT);
    expect(firstScreenOf(state, watched).affected.map((entry) => entry.key)).toEqual([
      'claude claude-code claude-api',
      'chatgpt',
    ]);
  });
});

/** Every page fails without an answer: the fake fetch answers no URL. */
const NOTHING_ANSWERS = {};

describe('"it is you": the connection, not the assistants', () => {
  it('every page failing with a network error in one poll says so once, with no row for any assistant', async () => {
    const offline = await stateOf(NOTHING_ANSWERS, '2026-10-08T00:02:00.000Z', CATALOG, two);
    const screen = firstScreenOf(offline, watched);
    expect(screen.headline.kind).toBe('offline');
    expect(listed(screen)).toEqual([]);
    expect(screen.focus).toBe('refresh');
    // The same rule as the badge's "off".
    expect(badgeFor(offline, watched, englishT).text).toBe('off');
    // What was known a moment ago is still said, as the badge's tooltip says it.
    expect(screen.headline.kind === 'offline' && screen.headline.lastKnown.map((group) => group.severity)).toEqual([
      'partial_outage',
      'degraded',
    ]);
  });

  it('a scheduled poll that left some pages for later (heavy ones at their own pace) still says it is the connection', async () => {
    const offline = await stateOf(NOTHING_ANSWERS, '2026-10-08T00:02:00.000Z', CATALOG, two);
    // Hugging Face's heavy index.json was not asked this round: it keeps its reading from the poll before.
    const kept = two.providers.huggingchat;
    expect(kept?.error).toBeUndefined();
    const partly: State = { ...offline, providers: { ...offline.providers, ...(kept ? { huggingchat: kept } : {}) } };
    expect(firstScreenOf(partly, watched).headline.kind).toBe('offline');
    expect(badgeFor(partly, watched, englishT).text).toBe('off');
    // But a page this poll asked that answered says the network works.
    const answered = offline.providers.claude && kept ? { ...kept, checkedAt: offline.providers.claude.checkedAt } : undefined;
    const working: State = { ...offline, providers: { ...offline.providers, ...(answered ? { huggingchat: answered } : {}) } };
    expect(firstScreenOf(working, watched).headline.kind).not.toBe('offline');
  });

  it('the browser saying it is offline is enough, whatever the last poll read', () => {
    const screen = firstScreenOf(two, watched, { browserOffline: true });
    expect(screen.headline.kind).toBe('offline');
    expect(listed(screen)).toEqual([]);
  });

  it('one page failing is one quiet row among the rest, saying why and what it said last; the headline is unmoved', async () => {
    const failing = await stateOf(
      { ...baselineAnswers(), [URLS.github]: httpError(503) },
      '2026-10-08T00:02:00.000Z',
      CATALOG,
      await stateOf(baselineAnswers(), AT),
    );
    const screen = firstScreenOf(failing, watched);
    expect(headlineOf(screen.headline)).toEqual(['degraded: chatgpt']);
    expect(screen.affected.map((entry) => entry.key)).toEqual(['chatgpt']);
    const copilot = screen.rest.find(({ row }) => row.provider.id === 'github-copilot');
    expect(copilot?.row.severity).toBe('unknown');
    expect(copilot?.stale).toMatchObject({
      error: { kind: 'http', status: 503 },
      lastRead: { at: AT, severity: 'operational', unstated: false },
    });
    expect(screen.rest.filter(({ stale }) => stale)).toHaveLength(1);
  });

  it('a page that failed just now after reading an outage keeps its row, its incidents marked as the last reading', async () => {
    const failing = await stateOf(
      {
        ...baselineAnswers(),
        [URLS.claude]: httpError(503),
        [URLS.claudeFallback]: httpError(503),
        [URLS.claudeHistory]: httpError(502),
      },
      '2026-10-08T00:02:00.000Z',
      CATALOG,
      two,
    );
    const entry = firstScreenOf(failing, watched).affected[0];
    expect(entry?.key).toBe('claude-api');
    expect(entry?.severity).toBe('partial_outage');
    expect(entry?.incidents.map((shared) => shared.incident.title)).toEqual(['Elevated errors on platform.claude.com']);
    expect(entry?.stale?.lastRead).toEqual({ at: AT, severity: 'partial_outage', unstated: false });
  });
});

describe('the first screen when nothing is affected', () => {
  it('all clear says how many assistants were checked; focus starts at Refresh', async () => {
    const settled = await stateOf(baselineAnswers(), AT);
    const withoutChatGpt = watched.filter((each) => each.id !== 'chatgpt');
    const screen = firstScreenOf(settled, withoutChatGpt);
    expect(screen.headline).toEqual({ kind: 'all_clear', checked: withoutChatGpt.filter(hasStatusSource).length });
    expect(screen.best).toEqual([]);
    expect(screen.focus).toBe('refresh');
    // Those with no public status page kept apart, after everyone else.
    expect(screen.unmonitored.map((each) => each.id)).toEqual(['microsoft-copilot', 'meta-ai']);
    expect(screen.rest).toHaveLength(withoutChatGpt.filter(hasStatusSource).length);
  });

  it('before the first check, and with nothing watched', () => {
    expect(firstScreenOf(emptyState(), watched).headline.kind).toBe('not_checked');
    expect(firstScreenOf(emptyState(), []).headline.kind).toBe('nothing_watched');
  });

  it('no healthy alternative of the kind: the best slot says so, and focus goes to the affected row', async () => {
    const claudeApi = [provider('claude-api'), provider('claude')];
    const state = await stateOf({ [URLS.claude]: fixture(CLAUDE_INCIDENT) }, AT, claudeApi);
    const screen = firstScreenOf(state, claudeApi);
    expect(screen.best).toEqual([{ category: 'api', insteadOf: [provider('claude-api')] }]);
    expect(screen.focus).toBe('affected');
  });
});
