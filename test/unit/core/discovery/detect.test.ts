import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPlatform } from '../../../../src/core/discovery/detect';
import type { PlatformName } from '../../../../src/core/model';
import { parserFor } from '../../../../src/core/platforms/parsers';
import { FIXTURES_DIR, readFixture, readSynthetic, SYNTHETIC_DIR } from '../../../fixtures';

/**
 * Every payload in test/fixtures and test/synthetic, with the platform its content shows. `undefined`:
 * a format the radar does not read (AI Studio's RPC, products.json, an HTML page, incident.io's Next.js Flight
 * rows, whether un-escaped to JSON or left in the page, xAI's RSC text). Flashduty's `summary/structure` is
 * recognised as Flashduty's, so that it is named for what it is, and refused (see REFUSED): it holds 90 days
 * of impacts and no current status.
 */
const EXPECTED: Record<string, PlatformName | undefined> = {
  'betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json': 'betterstack',
  'betterstack/together-index-json-reduced-operational-resolved-maintenance-report-1.json': 'betterstack',
  'feeds/tmdb-statusiq-site24x7-rss-operational-1.rss': 'feed',
  'flashduty/deepseek-api-change-list-29-resolved-full-outage-partial-degraded-1.json': 'flashduty',
  'flashduty/deepseek-api-summary-active-no-changes-1.json': 'flashduty',
  'flashduty/deepseek-api-summary-structure-90d-impacts-uptimes-1.json': 'flashduty',
  'flashduty/deepseek-feed-rss-excerpt-1.xml': 'feed',
  'google/aistudio-listincidentshistory-excerpt-1.json': undefined,
  'google/aistudio-listincidentshistory-full-2-open-1.json': undefined,
  'google/gcloud-incidents-edited-checkmk-1.json': 'google-cloud',
  'google/gcloud-products-json-full-213-1.json': undefined,
  'google/workspace-appsstatus-incidents-reduced-3-resolved-1.json': 'google-workspace',
  'incidentio/groq-page-flight-data-component-impacts-uptimes-links-excerpt-1.json': undefined,
  'incidentio/groq-v2-components-compat-1.json': 'statuspage',
  'incidentio/groq-v2-status-compat-1.json': 'statuspage',
  'incidentio/openai-page-flight-structure-reduced-1.html': undefined,
  'incidentio/openai-proxy-summary-ongoing-incident-1.json': 'incidentio',
  'incidentio/openai-proxy-widget-structure-1.json': 'incidentio',
  'incidentio/openai-v2-incidents-compat-1.json': 'statuspage',
  'incidentio/openai-v2-incidents-compat-full-1.json': 'statuspage',
  'incidentio/openai-v2-status-compat-1.json': 'statuspage',
  'incidentio/openai-v2-summary-compat-active-minor-1.json': 'statuspage',
  'statuspage/anthropic-history-atom-1.xml': 'feed',
  'statuspage/anthropic-incidents-history-excerpt-1.json': 'statuspage',
  'statuspage/anthropic-scheduled-maintenances-completed-1.json': 'statuspage',
  'statuspage/anthropic-summary-operational-1.json': 'statuspage',
  'statuspage/anthropic-summary-unresolved-major-monitoring-1.json': 'statuspage',
  'statuspage/anthropic-v2-components-operational-1.json': 'statuspage',
  'statuspage/anthropic-v2-status-operational-1.json': 'statuspage',
  'statuspage/cloudflare-summary-trimmed-2-unresolved-1-scheduled-maint-groups-1.json': 'statuspage',
  'statuspage/cursor-v2-incidents-full-50-minor-major-critical-1.json': 'statuspage',
  'statuspage/digitalocean-v2-status-operational-1.json': 'statuspage',
  'statuspage/discord-v2-components-groups-operational-1.json': 'statuspage',
  'statuspage/discord-v2-status-operational-1.json': 'statuspage',
  'statuspage/epicgames-v2-status-operational-1.json': 'statuspage',
  'statuspage/github-v2-components-operational-1.json': 'statuspage',
  'statuspage/github-v2-incidents-excerpt-5-of-50-1.json': 'statuspage',
  'statuspage/github-v2-status-operational-1.json': 'statuspage',
  'statuspage/reddit-v2-components-groups-operational-1.json': 'statuspage',
  'statuspage/reddit-v2-status-operational-1.json': 'statuspage',
  'statuspage/vercel-v2-status-operational-1.json': 'statuspage',
  'xai/xai-feed-rss-105items-all-resolved-1.xml': 'feed',
  'xai/xai-grok-com-product-txt-rsc-1.txt': undefined,
};

const EXPECTED_SYNTHETIC: Record<string, PlatformName | undefined> = {
  'synthetic-incidentio-component-impacts.json': undefined,
  'synthetic-statuspage-uptime-showcase.json': undefined,
  'synthetic-cloudflare-challenge.html': undefined,
  'synthetic-flashduty-history-rss-open.xml': 'feed',
  'synthetic-flashduty-summary-active-open-full-outage.json': 'flashduty',
  'synthetic-flashduty-summary-active-open-partial-outage.json': 'flashduty',
  'synthetic-google-cloud-gemini-api-ongoing.json': 'google-cloud',
  'synthetic-google-workspace-gemini-ongoing.json': 'google-workspace',
  'synthetic-hostile-betterstack-index.json': 'betterstack',
  'synthetic-hostile-flashduty-history-rss.xml': 'feed',
  'synthetic-hostile-flashduty-summary.json': 'flashduty',
  'synthetic-hostile-google-workspace.json': 'google-workspace',
  'synthetic-hostile-incidentio-proxy.json': 'incidentio',
  'synthetic-hostile-instatus-summary.json': 'instatus',
  'synthetic-hostile-statuspage-history-atom.xml': 'feed',
  'synthetic-hostile-statuspage-summary.json': 'statuspage',
  'synthetic-incidentio-feed-atom.xml': 'feed',
  'synthetic-instatus-hasissues-documented-example.json': 'instatus',
  'synthetic-instatus-undermaintenance-in-progress.json': 'instatus',
  'synthetic-instatus-up-lists-omitted.json': 'instatus',
  'synthetic-instatus-up-open-incident.json': 'instatus',
  'synthetic-statusiq-rss-major-outage.xml': 'feed',
  'synthetic-statuspage-history-atom-open-maintenance.xml': 'feed',
  'synthetic-statuspage-history-rss.xml': 'feed',
  'synthetic-xai-feed-open-api-only-outage.xml': 'feed',
  'synthetic-xai-feed-open-grok-com-outage.xml': 'feed',
  'synthetic-xai-spacexai-feed-open-outage.xml': 'feed',
};

/**
 * Recognised, but refused by its parser: the recorder kept the incident.io layout and dropped every current
 * status; Flashduty's summary/structure never had one.
 */
const REFUSED = new Set([
  'incidentio/openai-proxy-widget-structure-1.json',
  'flashduty/deepseek-api-summary-structure-90d-impacts-uptimes-1.json',
]);

function payloadFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.md'))
    .map((entry) => relative(dir, `${entry.parentPath}/${entry.name}`))
    .sort();
}

describe('telling the platform from the content alone', () => {
  it('every real and synthetic payload is classified here, so a new capture cannot go untested', () => {
    expect(payloadFiles(FIXTURES_DIR)).toEqual(Object.keys(EXPECTED).sort());
    expect(payloadFiles(SYNTHETIC_DIR)).toEqual(Object.keys(EXPECTED_SYNTHETIC).sort());
  });

  const cases = [
    ...Object.entries(EXPECTED).map(([file, platform]) => ({ file, platform, body: () => readFixture(file) })),
    ...Object.entries(EXPECTED_SYNTHETIC).map(([file, platform]) => ({ file, platform, body: () => readSynthetic(file) })),
  ];

  it.each(cases)('$file: $platform', ({ file, platform, body }) => {
    const text = body();
    expect(detectPlatform(text)).toBe(platform);
    if (!platform) return;
    // What detection names, that platform's parser reads.
    const parsed = parserFor(platform)(text, {
      source: 'https://status.example.com/',
      statusPageUrl: 'https://status.example.com',
      fetchedAt: '2026-11-22T08:00:00.000Z',
    });
    if (REFUSED.has(file)) expect(parsed).toMatchObject({ ok: false, failure: { kind: 'bad_payload' } });
    else expect(parsed.ok).toBe(true);
  });

  it('an empty body, whitespace, or JSON of no known shape is no platform', () => {
    for (const body of ['', '   ', 'null', '[]', '{}', '{"page":{}}', '<html></html>', '<?xml version="1.0"?><svg/>']) {
      expect(detectPlatform(body), body).toBeUndefined();
    }
  });
});
