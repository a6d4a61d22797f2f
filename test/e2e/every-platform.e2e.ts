import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/catalog/providers';
import { BASELINE_SEVERITY, COHERE_HISTORY, everyPlatformAnswers, URLS } from '../fake-server/baseline';
import { BADGE_RGBA } from './browser';
import { bestAlternativeBottom, firstScreen } from './first-screen';
import { useRadarSession } from './radar-session';

/** Per provider: its severity, the URL that answered, and the titles of its open incidents. */
const EXPECTED: Record<string, { severity: string; source: string; incidents: string[] }> = {
  // Atlassian Statuspage summary, scoped by component: only the API is touched.
  claude: { severity: 'operational', source: URLS.claude, incidents: [] },
  'claude-api': {
    severity: 'partial_outage',
    source: URLS.claude,
    incidents: ['Elevated errors on platform.claude.com'],
  },
  // incident.io page JSON, scoped by component.
  chatgpt: {
    severity: 'degraded',
    source: URLS.openai,
    incidents: ['Workspace Agents Degraded and Responses Impacted'],
  },
  codex: { severity: 'operational', source: URLS.openai, incidents: [] },
  // incident.io: the page JSON is missing (404), the compatible summary answers.
  perplexity: { severity: 'operational', source: URLS.perplexityCompat, incidents: [] },
  // Google Workspace dashboard, the Gemini product.
  gemini: {
    severity: 'degraded',
    source: URLS.gemini,
    incidents: ["We're investigating reports of an issue with Gemini. We will provide more information shortly."],
  },
  // Google Cloud, the Vertex Gemini products.
  'gemini-api': {
    severity: 'partial_outage',
    source: URLS.geminiApi,
    incidents: ['Multiple Gemini models on Vertex AI are returning elevated 429 and 500 errors'],
  },
  // RSS whose titles state the severity in words.
  mistral: { severity: 'major_outage', source: URLS.mistral, incidents: ['tmdb-api - Major Outage'] },
  // Flashduty's JSON API: the open change's component statuses state the severity.
  deepseek: {
    severity: 'partial_outage',
    source: URLS.deepseekApi,
    incidents: ['DeepSeek 网页/API 部分中断（DeepSeek Web/API partially unavailable)'],
  },
  // xAI's feed: categories carry the severity words.
  grok: {
    severity: 'major_outage',
    source: URLS.grok,
    incidents: ['Grok is unavailable', 'Image uploads failing for some users'],
  },
  // Better Stack.
  huggingchat: { severity: 'operational', source: URLS.huggingchat, incidents: [] },
  // Instatus.
  fal: { severity: 'major_outage', source: URLS.fal, incidents: ["We're facing an issue with our API"] },
  // Statuspage failed, Atom history answered.
  cohere: { severity: 'operational', source: COHERE_HISTORY, incidents: [] },
};

describe('one provider of every platform at once', () => {
  const session = useRadarSession({ answers: everyPlatformAnswers, popup: true });

  it('reads each platform: severity, the source that answered, the open incidents', () => {
    // What the poll on install stored.
    const state = session.firstState;
    for (const [id, expected] of Object.entries(EXPECTED)) {
      const provider = state.providers[id];
      expect(provider?.error, id).toBeUndefined();
      expect(
        {
          severity: provider?.severity,
          source: provider?.reading?.source,
          incidents: provider?.reading?.incidents.map((incident) => incident.title),
        },
        id,
      ).toEqual(expected);
    }
    // Everyone else reads as in the quiet baseline; the assistants with no status page are never polled.
    for (const [id, severity] of Object.entries(BASELINE_SEVERITY)) {
      if (!(id in EXPECTED)) expect(state.providers[id]?.severity, id).toBe(severity);
    }
    expect(Object.keys(state.providers)).not.toContain('microsoft-copilot');
    expect(Object.keys(state.providers)).not.toContain('meta-ai');
  });

  it('the badge counts the eight affected assistants, coloured by the worst', async () => {
    await expect
      .poll(() => session.badge(), { timeout: 5_000 })
      .toEqual({
        text: '8',
        color: BADGE_RGBA.major_outage,
        tooltip: [
          'AI Outage Radar',
          'ChatGPT: Degraded',
          'Claude API: Partial outage',
          'DeepSeek: Partial outage',
          'Gemini API: Partial outage',
          'Gemini: Degraded',
          'Grok: Major outage',
          'Mistral Le Chat: Major outage',
          'fal: Major outage',
        ],
      });
  });

  it('the first screen names them, offers where to go within 600 px, and lists each as one row, worst first', async () => {
    await expect
      .poll(() => session.popup.locator('.headline__group').allTextContents())
      .toEqual([
        'Major outage: Mistral Le Chat, Grok, and fal',
        'Partial outage: DeepSeek, Claude API, and Gemini API',
        'Degraded: ChatGPT and Gemini',
      ]);
    // The worst-affected is a chat assistant: the best healthy chat assistant first, then the best API.
    expect(await session.popup.locator('section.best .best__action').allTextContents()).toEqual([
      'Switch to Claude',
      'Switch to OpenAI API',
    ]);
    expect(await bestAlternativeBottom(session.popup)).toBeLessThanOrEqual(600);

    const rows = session.popup.locator('section.attention details.entry');
    expect(await rows.locator('.entry__names').allTextContents()).toEqual([
      'Mistral Le Chat',
      'Grok',
      'fal',
      'DeepSeek',
      'Claude API',
      'Gemini API',
      'ChatGPT',
      'Gemini',
    ]);
    for (const [id, expected] of Object.entries(EXPECTED)) {
      if (expected.severity === 'operational') continue;
      const row = session.popup.locator(`details.entry[data-providers~="${id}"]`);
      expect(await row.locator('summary .severity').getAttribute('data-severity'), id).toBe(expected.severity);
      // The row names the worst incident; the detail holds each.
      expect(await row.locator('.entry__title').textContent(), id).toBe(expected.incidents[0]);
      expect(await row.locator('.incident__title').allTextContents(), id).toEqual(expected.incidents);
      // Hovering the name says which source answered.
      expect(await row.locator('.entry__name').getAttribute('title'), id).toBe(`Read from ${expected.source}`);
      // Every incident link stays on the provider's own status page (DeepSeek's API host is not one).
      const statusPage = CATALOG.find((provider) => provider.id === id)?.statusPageUrl ?? '';
      for (const href of await row
        .locator('.incident__title a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
        expect(new URL(href ?? '').host, id).toBe(new URL(statusPage).host);
      }
    }
    // fal's open incident began in June 2022: a date, not a count of days.
    expect(await session.popup.locator('details.entry[data-providers~="fal"] .entry__line').textContent()).toContain(
      'Started Jun 11, 2022',
    );

    // Healthy ones read from other platforms are offered with their source on hover.
    expect(await session.popup.locator('section.switch li', { hasText: 'HuggingChat' }).getAttribute('title')).toBe(
      `Read from ${URLS.huggingchat}`,
    );
    expect(await session.popup.locator('section.switch li', { hasText: 'Cohere' }).getAttribute('title')).toBe(
      `Read from ${COHERE_HISTORY}`,
    );

    await firstScreen(session.popup, 'popup-many-incidents.png');
  });
});
