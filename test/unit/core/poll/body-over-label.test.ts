import { describe, expect, it } from 'vitest';
import { providerById } from '../../../../src/core/catalog/providers';
import { looksLikeHtml } from '../../../../src/core/fetch/body';
import type { Provider } from '../../../../src/core/model';
import { pollProviders } from '../../../../src/core/poll/poll';
import type { SourceResult } from '../../../../src/core/poll/read-source';
import { readFixture, readSynthetic } from '../../../fixtures';
import { type FakeAnswer, fakeFetch } from '../../support/fake-fetch';

/**
 * Body over label: what a status page sends is judged by what it is, not by its Content-Type. Hugging Face
 * serves its `index.json` as `text/html; charset=utf-8` (live probe 2026-09-19); a CDN's bot check can come
 * under any label.
 */

const NOW = Date.parse('2026-09-19T04:00:00Z');
const HUGGINGFACE = 'https://status.huggingface.co/index.json';
const HUGGINGFACE_INDEX = readFixture('betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json');
const CLAUDE_SUMMARY = 'https://status.claude.com/api/v2/summary.json';
const CURSOR_SUMMARY = 'https://status.cursor.com/api/v2/summary.json';
const CURSOR_ATOM = 'https://status.cursor.com/history.atom';
const CHALLENGE = readSynthetic('synthetic-cloudflare-challenge.html');

function provider(id: string): Provider {
  const found = providerById(id);
  if (!found) throw new Error(id);
  return found;
}

async function pollOne(id: string, routes: Record<string, FakeAnswer>): Promise<SourceResult> {
  const results = await pollProviders([provider(id)], { fetch: fakeFetch(routes), now: () => NOW, timeoutMs: 1_000 });
  const result = results[id];
  if (!result) throw new Error(`no result for ${id}`);
  return result;
}

describe('a body that is data reads as data, whatever its label', () => {
  it("HuggingChat reads status.huggingface.co's real index.json served as text/html", async () => {
    const result = await pollOne('huggingchat', {
      [HUGGINGFACE]: { body: HUGGINGFACE_INDEX, contentType: 'text/html; charset=utf-8' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reading.severity).toBe('operational');
    expect(result.reading.components.map((component) => component.name)).toContain('Huggingface Hub');
    expect(result.reading.components).toHaveLength(8);
  });

  it('a real summary.json served as text/plain reads', async () => {
    const result = await pollOne('claude-api', {
      [CLAUDE_SUMMARY]: {
        body: readFixture('statuspage/anthropic-summary-unresolved-major-monitoring-1.json'),
        contentType: 'text/plain',
      },
    });
    expect(result).toMatchObject({ ok: true, reading: { severity: 'partial_outage', source: CLAUDE_SUMMARY } });
  });

  it('an Atom feed labelled text/html is a feed: the fallback source still reads', async () => {
    // status.claude.com's real history.atom stands in for Cursor's: the same Statuspage feed.
    const result = await pollOne('cursor', {
      [CURSOR_SUMMARY]: { status: 503, body: 'Service Unavailable', contentType: 'text/plain' },
      [CURSOR_ATOM]: { body: readFixture('statuspage/anthropic-history-atom-1.xml'), contentType: 'text/html' },
    });
    expect(result).toMatchObject({ ok: true, reading: { source: CURSOR_ATOM } });
  });
});

describe('an HTML page is recognised by its content, whatever its label', () => {
  it('a bot check served as application/json is still a challenge, not bad JSON', async () => {
    const result = await pollOne('huggingchat', { [HUGGINGFACE]: { body: CHALLENGE, contentType: 'application/json' } });
    expect(result).toMatchObject({ ok: false, error: { kind: 'challenge', status: 200, source: HUGGINGFACE } });
  });

  it('a bot check served as text/html with status 200 stays a challenge', async () => {
    const result = await pollOne('huggingchat', { [HUGGINGFACE]: { body: CHALLENGE, contentType: 'text/html' } });
    expect(result).toMatchObject({ ok: false, error: { kind: 'challenge', status: 200 } });
  });

  it('an HTML error page with no bot markers, labelled JSON, is told as an HTML page', async () => {
    const page = '\uFEFF<!-- served by the CDN -->\n<!DOCTYPE html><html><body><h1>Site under construction</h1></body></html>';
    const result = await pollOne('huggingchat', { [HUGGINGFACE]: { body: page, contentType: 'application/json' } });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'bad_payload', message: 'an HTML page was served instead of data' },
    });
  });

  it.each<[string, string, boolean]>([
    ['a doctype html after a byte-order mark', '\uFEFF  <!doctype html><title>x</title>', true],
    ['XHTML with an XML declaration', '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">\n<html>', true],
    ['a page without its outer tags that opens a body', '<meta charset="utf-8"><title>502</title><body>Bad gateway</body>', true],
    ['JSON that quotes HTML', '{"message": "<html><body>down</body></html>"}', false],
    ['an RSS feed whose items carry HTML', '<?xml version="1.0"?><rss><channel><description><![CDATA[<body>]]>', false],
    ['an RSS feed with a DTD', '<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "rss.dtd">\n<rss version="0.91"><channel>', false],
    ['an Atom feed after a comment', '<!-- generated --><feed xmlns="http://www.w3.org/2005/Atom"><title>Status</title>', false],
    ['plain text', 'Service Unavailable', false],
  ])('%s: HTML is %s', (_, body, html) => {
    expect(looksLikeHtml(body)).toBe(html);
  });

  it('the real captured feeds are not HTML', () => {
    for (const file of [
      'statuspage/anthropic-history-atom-1.xml',
      'flashduty/deepseek-feed-rss-excerpt-1.xml',
      'xai/xai-feed-rss-105items-all-resolved-1.xml',
      'feeds/tmdb-statusiq-site24x7-rss-operational-1.rss',
    ]) {
      expect(looksLikeHtml(readFixture(file)), file).toBe(false);
    }
  });
});
