import { describe, expect, it } from 'vitest';
import { discover } from '../../../../src/core/discovery/discover';
import { readFixture, readSynthetic } from '../../../fixtures';
import { type FakeAnswer, fakeFetch } from '../../support/fake-fetch';

const HTML_PAGE = {
  body: '<!doctype html><html><head><title>Status</title></head><body>…</body></html>',
  contentType: 'text/html',
};

/** Discover with a fake network; unknown URLs fail as the network would. */
async function discoverWith(pageUrl: string, routes: Record<string, FakeAnswer>) {
  const fetch = fakeFetch(routes);
  const result = await discover(pageUrl, { fetch, now: () => Date.parse('2026-11-22T08:00:00Z'), timeoutMs: 1_000 });
  return { result, asked: fetch.calls.map((call) => call.url) };
}

describe('finding the platform behind a status page address', () => {
  it('Atlassian Statuspage: the small status.json answers first; the summary, then the Atom history, are polled', async () => {
    const { result, asked } = await discoverWith('https://status.claude.com/', {
      'https://status.claude.com/api/v2/status.json': { body: readFixture('statuspage/anthropic-v2-status-operational-1.json') },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        platform: 'statuspage',
        statusPageUrl: 'https://status.claude.com',
        sources: [
          { platform: 'statuspage', url: 'https://status.claude.com/api/v2/summary.json' },
          { platform: 'feed', url: 'https://status.claude.com/history.atom' },
        ],
      },
    });
    // Cheapest first, and nothing more once it answered.
    expect(asked).toEqual(['https://status.claude.com/api/v2/status.json']);
  });

  it("incident.io: a ULID page id in status.json leads to the page's own JSON, with the compatible summary after it", async () => {
    const { result, asked } = await discoverWith('https://status.openai.com', {
      'https://status.openai.com/api/v2/status.json': { body: readFixture('incidentio/openai-v2-status-compat-1.json') },
      'https://status.openai.com/proxy/status.openai.com': {
        body: readFixture('incidentio/openai-proxy-summary-ongoing-incident-1.json'),
      },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        platform: 'incidentio',
        statusPageUrl: 'https://status.openai.com',
        sources: [
          { platform: 'incidentio', url: 'https://status.openai.com/proxy/status.openai.com' },
          { platform: 'statuspage', url: 'https://status.openai.com/api/v2/summary.json' },
        ],
      },
    });
    expect(asked).toEqual(['https://status.openai.com/api/v2/status.json', 'https://status.openai.com/proxy/status.openai.com']);
  });

  it("incident.io whose page JSON does not answer: the compatible summary alone, with no Atlassian history that doesn't exist", async () => {
    const { result } = await discoverWith('https://groqstatus.com/', {
      'https://groqstatus.com/api/v2/status.json': { body: readFixture('incidentio/groq-v2-status-compat-1.json') },
      'https://groqstatus.com/proxy/groqstatus.com': { status: 404, body: 'not found' },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        platform: 'statuspage',
        statusPageUrl: 'https://groqstatus.com',
        sources: [{ platform: 'statuspage', url: 'https://groqstatus.com/api/v2/summary.json' }],
      },
    });
  });

  it('Instatus: no status.json, a summary.json with a page status word', async () => {
    const { result, asked } = await discoverWith('https://status.fal.ai/', {
      'https://status.fal.ai/api/v2/status.json': HTML_PAGE,
      'https://status.fal.ai/summary.json': { body: readSynthetic('synthetic-instatus-up-lists-omitted.json') },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        platform: 'instatus',
        statusPageUrl: 'https://status.fal.ai',
        sources: [{ platform: 'instatus', url: 'https://status.fal.ai/summary.json' }],
      },
    });
    expect(asked).toEqual(['https://status.fal.ai/api/v2/status.json', 'https://status.fal.ai/summary.json']);
  });

  it('Better Stack: index.json, after the Statuspage and Instatus endpoints came back empty-handed', async () => {
    const { result, asked } = await discoverWith('https://status.together.ai/', {
      'https://status.together.ai/index.json': {
        body: readFixture('betterstack/together-index-json-reduced-operational-resolved-maintenance-report-1.json'),
      },
    });
    expect(result).toMatchObject({
      ok: true,
      value: { platform: 'betterstack', sources: [{ platform: 'betterstack', url: 'https://status.together.ai/index.json' }] },
    });
    expect(asked.at(-1)).toBe('https://status.together.ai/index.json');
  });

  it('a page with only a feed: the first feed path that reads as a feed (Flashduty, DeepSeek)', async () => {
    const { result } = await discoverWith('https://status.deepseek.com/', {
      // A single-page app answers every path with its HTML: that is no feed.
      'https://status.deepseek.com/history.atom': HTML_PAGE,
      'https://status.deepseek.com/history.rss': { body: readFixture('flashduty/deepseek-feed-rss-excerpt-1.xml') },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        platform: 'feed',
        statusPageUrl: 'https://status.deepseek.com',
        sources: [{ platform: 'feed', url: 'https://status.deepseek.com/history.rss' }],
      },
    });
  });

  it('a Flashduty API address: the summary of active changes is read, whichever endpoint of the page was given', async () => {
    const summary = 'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/active';
    const { result, asked } = await discoverWith('https://statuspage.flashduty.com/api/status-page/6410630422455/change/list', {
      [summary]: { body: readFixture('flashduty/deepseek-api-summary-active-no-changes-1.json') },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        platform: 'flashduty',
        statusPageUrl: 'https://statuspage.flashduty.com',
        sources: [{ platform: 'flashduty', url: summary }],
      },
    });
    expect(asked).toEqual([summary]);
  });

  it("the feed's own address is read as given, detected from its content", async () => {
    const { result, asked } = await discoverWith('https://status.x.ai/feed.xml', {
      'https://status.x.ai/feed.xml': { body: readFixture('xai/xai-feed-rss-105items-all-resolved-1.xml') },
    });
    expect(result).toMatchObject({ ok: true, value: { platform: 'feed', sources: [{ url: 'https://status.x.ai/feed.xml' }] } });
    expect(asked).toEqual(['https://status.x.ai/feed.xml']);
  });

  it("Google's two dashboards are known by their address; incident links stay under the dashboard", async () => {
    const cloud = await discoverWith('https://status.cloud.google.com/summary', {
      'https://status.cloud.google.com/incidents.json': { body: readFixture('google/gcloud-incidents-edited-checkmk-1.json') },
    });
    expect(cloud.result).toEqual({
      ok: true,
      value: {
        platform: 'google-cloud',
        statusPageUrl: 'https://status.cloud.google.com/',
        sources: [{ platform: 'google-cloud', url: 'https://status.cloud.google.com/incidents.json' }],
      },
    });
    const workspace = await discoverWith('https://www.google.com/appsstatus/dashboard/summary', {
      'https://www.google.com/appsstatus/dashboard/incidents.json': {
        body: readFixture('google/workspace-appsstatus-incidents-reduced-3-resolved-1.json'),
      },
    });
    expect(workspace.result).toEqual({
      ok: true,
      value: {
        platform: 'google-workspace',
        statusPageUrl: 'https://www.google.com/appsstatus/dashboard/',
        sources: [{ platform: 'google-workspace', url: 'https://www.google.com/appsstatus/dashboard/incidents.json' }],
      },
    });
  });

  it('a bot check on status.json is passed over, not taken for a platform', async () => {
    const { result } = await discoverWith('https://status.poe.com/', {
      'https://status.poe.com/api/v2/status.json': {
        status: 403,
        body: readSynthetic('synthetic-cloudflare-challenge.html'),
        contentType: 'text/html',
      },
      'https://status.poe.com/history.atom': { body: readFixture('statuspage/anthropic-history-atom-1.xml') },
    });
    expect(result).toMatchObject({
      ok: true,
      value: { platform: 'feed', sources: [{ url: 'https://status.poe.com/history.atom' }] },
    });
  });

  it('nothing any platform wrote: a typed error saying so', async () => {
    const { result } = await discoverWith('https://example.com/status', { 'https://example.com/status': HTML_PAGE });
    expect(result).toEqual({
      ok: false,
      failure: { kind: 'bad_payload', message: 'no known status platform answers at this address' },
    });
  });

  it('not a web address, or not https: a typed error before any request', async () => {
    for (const address of ['status.claude.com', 'http://status.claude.com/', 'javascript:alert(1)']) {
      const { result, asked } = await discoverWith(address, {});
      expect(result.ok, address).toBe(false);
      expect(asked, address).toEqual([]);
    }
  });
});
