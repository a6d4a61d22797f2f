import { type Answer, fixture, httpError, synthetic } from './server';

/** The status URLs the catalog polls (src/core/catalog/providers.ts), by what the tests call them. */
export const URLS = {
  claude: 'https://status.claude.com/api/v2/summary.json',
  claudeFallback: 'https://anthropic.statuspage.io/api/v2/summary.json',
  claudeHistory: 'https://status.claude.com/history.atom',
  openai: 'https://status.openai.com/proxy/status.openai.com',
  openaiCompat: 'https://status.openai.com/api/v2/summary.json',
  gemini: 'https://www.google.com/appsstatus/dashboard/incidents.json',
  geminiApi: 'https://status.cloud.google.com/incidents.json',
  perplexity: 'https://status.perplexity.com/proxy/status.perplexity.com',
  perplexityCompat: 'https://status.perplexity.com/api/v2/summary.json',
  mistral: 'https://status.mistral.ai/feed.rss',
  deepseekApi: 'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/active',
  deepseekChanges: 'https://statuspage.flashduty.com/api/status-page/6410630422455/change/list',
  deepseek: 'https://status.deepseek.com/history.rss',
  grok: 'https://status.x.ai/feed.xml',
  huggingchat: 'https://status.huggingface.co/index.json',
  poe: 'https://status.poe.com/api/v2/summary.json',
  github: 'https://www.githubstatus.com/api/v2/summary.json',
  cursor: 'https://status.cursor.com/api/v2/summary.json',
  groq: 'https://groqstatus.com/proxy/groqstatus.com',
  groqCompat: 'https://groqstatus.com/api/v2/summary.json',
  cohere: 'https://status.cohere.com/api/v2/summary.json',
  openrouter: 'https://status.openrouter.ai/incidents.rss',
  fal: 'https://status.fal.ai/summary.json',
} as const;

export const CLAUDE_OPERATIONAL = 'statuspage/anthropic-summary-operational-1.json';
export const CLAUDE_INCIDENT = 'statuspage/anthropic-summary-unresolved-major-monitoring-1.json';

/**
 * What every polled URL answers unless a test says otherwise. Each provider's first source answers with a
 * real capture of its platform; where no capture of that provider's own page exists, a real capture of
 * the same platform stands in (the provider then reads that page's facts, whole-page or through its scope).
 * The baseline is quiet on purpose: only ChatGPT is affected, by the one captured OpenAI page JSON,
 * taken during a real incident. test/e2e/every-platform.e2e.ts checks every severity below in the shipped build.
 *
 * - Claude, Claude API, Claude Code: status.claude.com's all-operational summary.
 * - ChatGPT, Codex, OpenAI API (incident.io page JSON): "Increased Codex latency"... see BASELINE_SEVERITY.
 * - Gemini (Workspace dashboard): Google's captured incident list, every incident resolved.
 * - Gemini API (Google Cloud): the captured Cloud list (no open Vertex Gemini incident).
 * - Perplexity, Groq (incident.io): no page JSON of theirs was captured; their page JSON route answers 404,
 *   and the Statuspage-compatible fallback answers with Groq's real status.json.
 * - Mistral, OpenRouter (feeds): a real Site24x7 StatusIQ RSS feed, all operational.
 * - DeepSeek (Flashduty JSON API): DeepSeek's captured summary, nothing open; its change list and RSS feed behind it. Grok: xAI's captured feed, every item resolved.
 * - HuggingChat (Better Stack): together.ai's captured index.json.
 * - Poe, Cursor, Cohere (Statuspage): real all-operational status.json captures. GitHub: its components.json.
 * - fal (Instatus): no real capture exists; a synthetic all-clear summary in Instatus's documented shape.
 */
export function baselineAnswers(nowMs: number = Date.now()): Record<string, Answer> {
  return {
    ...historyAnswers(nowMs),
    [URLS.claude]: fixture(CLAUDE_OPERATIONAL),
    [URLS.claudeFallback]: fixture(CLAUDE_OPERATIONAL),
    [URLS.claudeHistory]: fixture('statuspage/anthropic-history-atom-1.xml'),
    [URLS.openai]: fixture('incidentio/openai-proxy-summary-ongoing-incident-1.json'),
    [URLS.openaiCompat]: fixture('incidentio/openai-v2-summary-compat-active-minor-1.json'),
    [URLS.gemini]: fixture('google/workspace-appsstatus-incidents-reduced-3-resolved-1.json'),
    [URLS.geminiApi]: fixture('google/gcloud-incidents-edited-checkmk-1.json'),
    [URLS.perplexityCompat]: fixture('incidentio/groq-v2-status-compat-1.json'),
    [URLS.mistral]: fixture('feeds/tmdb-statusiq-site24x7-rss-operational-1.rss'),
    [URLS.deepseekApi]: fixture('flashduty/deepseek-api-summary-active-no-changes-1.json'),
    [URLS.deepseekChanges]: fixture('flashduty/deepseek-api-change-list-29-resolved-full-outage-partial-degraded-1.json'),
    [URLS.deepseek]: fixture('flashduty/deepseek-feed-rss-excerpt-1.xml'),
    [URLS.grok]: fixture('xai/xai-feed-rss-105items-all-resolved-1.xml'),
    [URLS.huggingchat]: fixture('betterstack/together-index-json-reduced-operational-resolved-maintenance-report-1.json'),
    [URLS.poe]: fixture('statuspage/digitalocean-v2-status-operational-1.json'),
    [URLS.github]: fixture('statuspage/github-v2-components-operational-1.json'),
    [URLS.cursor]: fixture('statuspage/vercel-v2-status-operational-1.json'),
    [URLS.groqCompat]: fixture('incidentio/groq-v2-status-compat-1.json'),
    [URLS.cohere]: fixture('statuspage/epicgames-v2-status-operational-1.json'),
    [URLS.openrouter]: fixture('feeds/tmdb-statusiq-site24x7-rss-operational-1.rss'),
    [URLS.fal]: synthetic('synthetic-instatus-up-lists-omitted.json'),
  };
}

/** Severity of each provider with a status source under the baseline, as explained above. */
export const BASELINE_SEVERITY = {
  claude: 'operational',
  chatgpt: 'degraded',
  gemini: 'operational',
  perplexity: 'operational',
  mistral: 'operational',
  deepseek: 'operational',
  grok: 'operational',
  huggingchat: 'operational',
  poe: 'operational',
  'claude-code': 'operational',
  codex: 'operational',
  'github-copilot': 'operational',
  cursor: 'operational',
  'claude-api': 'operational',
  'openai-api': 'operational',
  'gemini-api': 'operational',
  groq: 'operational',
  cohere: 'operational',
  openrouter: 'operational',
  fal: 'operational',
} as const;

/**
 * What one baseline poll asks for: every provider's first source, and the next only where the first has no
 * answer (Perplexity's and Groq's page JSON). Claude's and OpenAI's later sources are never needed.
 */
const NEVER_NEEDED: readonly string[] = [
  URLS.claudeFallback,
  URLS.claudeHistory,
  URLS.openaiCompat,
  URLS.deepseekChanges,
  URLS.deepseek,
];
export const BASELINE_REQUESTED: readonly string[] = Object.values(URLS).filter((url) => !NEVER_NEEDED.includes(url));

export const COHERE_HISTORY = 'https://status.cohere.com/history.atom';

/**
 * The history endpoints the worker asks every few hours (core/history/pages/plan), by host and path: the server
 * answers whatever the query (incident.io's window, the showcase's component ids).
 */
export const HISTORY_URLS = {
  claudeShowcase: 'https://status.claude.com/uptime_showcase',
  openaiImpacts: 'https://status.openai.com/proxy/status.openai.com/component_impacts',
  openaiList: 'https://status.openai.com/api/v2/incidents.json',
  perplexityImpacts: 'https://status.perplexity.com/proxy/status.perplexity.com/component_impacts',
  perplexityList: 'https://status.perplexity.com/api/v2/incidents.json',
  deepseekStructure: 'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/structure',
  poeList: 'https://status.poe.com/api/v2/incidents.json',
  githubShowcase: 'https://www.githubstatus.com/uptime_showcase',
  githubList: 'https://www.githubstatus.com/api/v2/incidents.json',
  cursorList: 'https://status.cursor.com/api/v2/incidents.json',
  groqImpacts: 'https://groqstatus.com/proxy/groqstatus.com/component_impacts',
  cohereList: 'https://status.cohere.com/api/v2/incidents.json',
} as const;

const DAY_MS = 86_400_000;
/** The day the synthetic showcase was answered: its last day. */
const SHOWCASE_LAST_DAY = '2026-09-22';

/**
 * The synthetic showcase (test/synthetic/synthetic-statuspage-uptime-showcase.md) with every `date` moved by
 * the same number of days, so that its last day is today (UTC): the browser's clock is the real one, and the
 * strip shows the last 90 days of it. Nothing else in it changes.
 */
export function showcaseEndingToday(nowMs: number): Answer {
  const answer = synthetic('synthetic-statuspage-uptime-showcase.json');
  const shift = Math.round((Date.parse(new Date(nowMs).toISOString().slice(0, 10)) - Date.parse(SHOWCASE_LAST_DAY)) / DAY_MS);
  const body = answer.body.replace(/"date": "(\d{4}-\d{2}-\d{2})"/g, (_, day: string) => {
    const moved = new Date(Date.parse(day) + shift * DAY_MS).toISOString().slice(0, 10);
    return `"date": "${moved}"`;
  });
  return { ...answer, body };
}

/** Where a date of the synthetic showcase lands once moved to end today. */
export function showcaseDayToday(day: string, nowMs: number): string {
  const shift = Date.parse(new Date(nowMs).toISOString().slice(0, 10)) - Date.parse(SHOWCASE_LAST_DAY);
  return new Date(Date.parse(day) + shift).toISOString().slice(0, 10);
}

/**
 * Each page's history, as the baseline answers it: a real capture where one exists (Flashduty's structure,
 * OpenAI's, GitHub's and Cursor's incident lists), the synthetic showcase and component impacts where none does,
 * and 404 where the page has not moved to the form asked (the worker then asks its incident list).
 */
export function historyAnswers(nowMs: number): Record<string, Answer> {
  return {
    [HISTORY_URLS.claudeShowcase]: showcaseEndingToday(nowMs),
    [HISTORY_URLS.openaiImpacts]: httpError(404),
    [HISTORY_URLS.openaiList]: fixture('incidentio/openai-v2-incidents-compat-full-1.json'),
    [HISTORY_URLS.deepseekStructure]: fixture('flashduty/deepseek-api-summary-structure-90d-impacts-uptimes-1.json'),
    [HISTORY_URLS.githubShowcase]: httpError(404),
    [HISTORY_URLS.githubList]: fixture('statuspage/github-v2-incidents-excerpt-5-of-50-1.json'),
    [HISTORY_URLS.cursorList]: fixture('statuspage/cursor-v2-incidents-full-50-minor-major-critical-1.json'),
    [HISTORY_URLS.groqImpacts]: synthetic('synthetic-incidentio-component-impacts.json'),
  };
}

/** Every history request of the baseline's first poll: each page's first form, and its list where that is a 404. */
export const BASELINE_HISTORY_REQUESTED: readonly string[] = Object.values(HISTORY_URLS);

/**
 * One provider of every platform has something to say at once. Real captures where they exist (Statuspage,
 * the incident.io page JSON, Better Stack, the Atom history); synthetic payloads in each platform's documented
 * shape where no capture shows an open incident (Google's two dashboards, Flashduty's JSON API, xAI, StatusIQ, Instatus).
 */
export function everyPlatformAnswers(): Record<string, Answer> {
  return {
    ...baselineAnswers(),
    [URLS.claude]: fixture(CLAUDE_INCIDENT),
    [URLS.gemini]: synthetic('synthetic-google-workspace-gemini-ongoing.json'),
    [URLS.geminiApi]: synthetic('synthetic-google-cloud-gemini-api-ongoing.json'),
    [URLS.mistral]: synthetic('synthetic-statusiq-rss-major-outage.xml'),
    [URLS.deepseekApi]: synthetic('synthetic-flashduty-summary-active-open-partial-outage.json'),
    [URLS.grok]: synthetic('synthetic-xai-spacexai-feed-open-outage.xml'),
    [URLS.fal]: synthetic('synthetic-instatus-hasissues-documented-example.json'),
    // Cohere's summary fails: its Atom history (a real Statuspage history, every incident resolved) answers.
    [URLS.cohere]: httpError(503),
    [COHERE_HISTORY]: fixture('statuspage/anthropic-history-atom-1.xml'),
  };
}
