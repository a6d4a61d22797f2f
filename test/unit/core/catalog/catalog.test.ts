import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../src/core/catalog/providers';
import { hasStatusSource } from '../../../../src/core/model';
import { readFixture } from '../../../fixtures';

const REQUIRED = [
  'Claude',
  'Claude API',
  'Claude Code',
  'ChatGPT',
  'OpenAI API',
  'Codex',
  'Gemini',
  'Gemini API',
  'Microsoft Copilot',
  'GitHub Copilot',
  'Perplexity',
  'Mistral Le Chat',
  'DeepSeek',
  'Grok',
  'Meta AI',
  'HuggingChat',
  'Cursor',
  'Groq',
  'Cohere',
  'Poe',
  'OpenRouter',
];

describe('the catalog', () => {
  it('covers every assistant and product the users asked for', () => {
    expect(CATALOG.map((provider) => provider.name)).toEqual(expect.arrayContaining(REQUIRED));
    expect(CATALOG.length).toBeGreaterThanOrEqual(18);
  });

  it('has unique ids', () => {
    expect(new Set(CATALOG.map((provider) => provider.id)).size).toBe(CATALOG.length);
  });

  it('gives each entry a category, an https chat URL and https sources on its status page host', () => {
    for (const provider of CATALOG) {
      expect(['chat', 'coding', 'api']).toContain(provider.category);
      expect(new URL(provider.chatUrl).protocol).toBe('https:');
      for (const source of provider.sources) {
        expect(new URL(source.url).protocol, source.url).toBe('https:');
      }
      if (provider.statusPageUrl) expect(new URL(provider.statusPageUrl).protocol).toBe('https:');
    }
  });

  it('lists the assistants with no public status source honestly: no page, no source', () => {
    const unmonitored = CATALOG.filter((provider) => !hasStatusSource(provider)).map((provider) => provider.name);
    expect(unmonitored).toEqual(['Microsoft Copilot', 'Meta AI']);
    for (const provider of CATALOG.filter((entry) => !hasStatusSource(entry))) expect(provider.statusPageUrl).toBeUndefined();
    for (const provider of CATALOG.filter(hasStatusSource)) expect(provider.statusPageUrl).toBeDefined();
  });

  it('falls back for Claude from status.claude.com to anthropic.statuspage.io to the Atom history', () => {
    const claude = CATALOG.find((provider) => provider.id === 'claude');
    expect(claude?.sources.map((source) => [source.platform, source.url])).toEqual([
      ['statuspage', 'https://status.claude.com/api/v2/summary.json'],
      ['statuspage', 'https://anthropic.statuspage.io/api/v2/summary.json'],
      ['feed', 'https://status.claude.com/history.atom'],
    ]);
  });

  it('reads DeepSeek from Flashduty’s JSON API (summary, then change list), which states statuses, then from its RSS history', () => {
    const deepseek = CATALOG.find((provider) => provider.id === 'deepseek');
    expect(deepseek?.sources.map((source) => [source.platform, source.url])).toEqual([
      ['flashduty', 'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/active'],
      ['flashduty', 'https://statuspage.flashduty.com/api/status-page/6410630422455/change/list'],
      ['feed', 'https://status.deepseek.com/history.rss'],
    ]);
    // Links are built on the human page, never on the API host.
    expect(deepseek?.statusPageUrl).toBe('https://status.deepseek.com');
  });

  it('uses at least one source of every platform the core can read', () => {
    const platforms = new Set(CATALOG.flatMap((provider) => provider.sources.map((source) => source.platform)));
    expect([...platforms].sort()).toEqual([
      'betterstack',
      'feed',
      'flashduty',
      'google-cloud',
      'google-workspace',
      'incidentio',
      'instatus',
      'statuspage',
    ]);
  });

  it('every source declares how heavy it is, a whole number of KB', () => {
    for (const source of CATALOG.flatMap((provider) => provider.sources)) {
      expect(Number.isInteger(source.weightKB) && (source.weightKB ?? 0) > 0, source.url).toBe(true);
    }
  });

  it.each([
    ['https://status.x.ai/feed.xml', 'xai/xai-feed-rss-105items-all-resolved-1.xml'],
    ['https://status.huggingface.co/index.json', 'betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json'],
    [
      'https://statuspage.flashduty.com/api/status-page/6410630422455/change/list',
      'flashduty/deepseek-api-change-list-29-resolved-full-outage-partial-degraded-1.json',
    ],
    [
      'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/active',
      'flashduty/deepseek-api-summary-active-no-changes-1.json',
    ],
    ['https://status.claude.com/api/v2/summary.json', 'statuspage/anthropic-summary-operational-1.json'],
    ['https://status.openai.com/proxy/status.openai.com', 'incidentio/openai-proxy-summary-ongoing-incident-1.json'],
  ])('%s weighs what its whole real capture does, within 15 %%', (url, file) => {
    const weightKB = CATALOG.flatMap((provider) => provider.sources).find((source) => source.url === url)?.weightKB ?? 0;
    const body = readFixture(file);
    // Some recorders re-indented the JSON they captured; the smaller of the two forms is what the page sends.
    const served = file.endsWith('.json') ? Math.min(body.length, JSON.stringify(JSON.parse(body)).length) : body.length;
    const asCaptured = Buffer.byteLength(body);
    const candidates = [served, asCaptured].map((bytes) => Math.abs(weightKB * 1000 - bytes) / bytes);
    expect(Math.min(...candidates), `${weightKB} KB against ${served} / ${asCaptured} bytes`).toBeLessThanOrEqual(0.15);
  });
});
