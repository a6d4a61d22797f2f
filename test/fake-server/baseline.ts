import { type Answer, fixture } from './server';

/** The status URLs the catalog polls (src/core/catalog.ts). */
export const URLS = {
  claude: 'https://status.claude.com/api/v2/summary.json',
  claudeFallback: 'https://anthropic.statuspage.io/api/v2/summary.json',
  openai: 'https://status.openai.com/api/v2/summary.json',
  github: 'https://www.githubstatus.com/api/v2/summary.json',
  cursor: 'https://status.cursor.com/api/v2/summary.json',
  perplexity: 'https://status.perplexity.com/api/v2/summary.json',
} as const;

export const CLAUDE_OPERATIONAL = 'statuspage/anthropic-summary-operational-1.json';
export const CLAUDE_INCIDENT = 'statuspage/anthropic-summary-unresolved-major-monitoring-1.json';

/**
 * What every polled host answers unless a test says otherwise: real captured payloads only.
 *
 * - Claude's two hosts: status.claude.com's all-operational summary -> Claude, Claude API and Claude Code
 *   operational.
 * - status.openai.com: the only captured OpenAI summary with components is one taken during an incident
 *   (the "Agent" component degraded, incident "Workspace Agents Degraded and Responses Impacted").
 *   ChatGPT and the OpenAI API read only their own components, so ChatGPT reads DEGRADED and the
 *   OpenAI API OPERATIONAL. No capture shows OpenAI all clear, so ChatGPT is affected in every scenario
 *   where it is watched; the tests count it in their expectations.
 * - www.githubstatus.com: GitHub's components.json, all operational (the Copilot component is there).
 * - status.cursor.com and status.perplexity.com are read whole-page (no component scope), so any real
 *   all-operational status.json of their platform stands in: a Statuspage one (Vercel's) for Cursor,
 *   an incident.io compatible one (Groq's) for Perplexity. Both read operational.
 */
export function baselineAnswers(): Record<string, Answer> {
  return {
    [URLS.claude]: fixture(CLAUDE_OPERATIONAL),
    [URLS.claudeFallback]: fixture(CLAUDE_OPERATIONAL),
    [URLS.openai]: fixture('incidentio/openai-v2-summary-compat-active-minor-1.json'),
    [URLS.github]: fixture('statuspage/github-v2-components-operational-1.json'),
    [URLS.cursor]: fixture('statuspage/vercel-v2-status-operational-1.json'),
    [URLS.perplexity]: fixture('incidentio/groq-v2-status-compat-1.json'),
  };
}

/** Severity of each provider under the baseline, as explained above. */
export const BASELINE_SEVERITY = {
  claude: 'operational',
  'claude-api': 'operational',
  'claude-code': 'operational',
  chatgpt: 'degraded',
  'openai-api': 'operational',
  'github-copilot': 'operational',
  cursor: 'operational',
  perplexity: 'operational',
} as const;
