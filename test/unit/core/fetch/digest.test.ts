import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digestBody } from '../../../../src/core/fetch/digest';
import { fetchText } from '../../../../src/core/fetch/fetch-text';
import { FIXTURES_DIR, readFixture } from '../../../fixtures';
import { fakeFetch } from '../../support/fake-fetch';

const CAPTURES = readdirSync(FIXTURES_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(json|xml|rss|html|txt)$/.test(file))
  .map((file) => file.split('\\').join('/'));

describe('the digest of a body', () => {
  it.each(CAPTURES)('%s: its UTF-8 size, and the same hash for the same text', (file) => {
    const body = readFixture(file);
    const digest = digestBody(body);
    expect(digest.bytes).toBe(Buffer.byteLength(body, 'utf8'));
    expect(digestBody(readFixture(file)).hash).toBe(digest.hash);
  });

  it('tells every real capture from every other, and from itself changed by one character or cut short', () => {
    const hashes = new Set(CAPTURES.map((file) => digestBody(readFixture(file)).hash));
    expect(hashes.size).toBe(CAPTURES.length);
    const body = readFixture('statuspage/anthropic-summary-unresolved-major-monitoring-1.json');
    const once = body.replace('"monitoring"', '"identified"');
    expect(once).not.toBe(body);
    expect(digestBody(once).hash).not.toBe(digestBody(body).hash);
    expect(digestBody(body.slice(0, -1)).hash).not.toBe(digestBody(body).hash);
  });

  it('counts what UTF-8 spends on accents, CJK and emoji', () => {
    for (const text of ['é', '服务', '🙂', 'a\u0000b', '']) expect(digestBody(text).bytes, text).toBe(Buffer.byteLength(text));
  });
});

describe('a fetched body', () => {
  const URL = 'https://status.claude.com/api/v2/summary.json';
  const BODY = readFixture('statuspage/anthropic-summary-operational-1.json');
  const deps = (headers: Record<string, string>) => ({
    fetch: fakeFetch({ [URL]: { body: BODY, headers } }),
    now: () => 0,
    timeoutMs: 1_000,
  });

  it('comes with its digest and the validators the answer carried', async () => {
    const fetched = await fetchText(URL, deps({ etag: 'W/"5b1c"', 'last-modified': 'Wed, 07 Oct 2026 23:58:00 GMT' }));
    expect(fetched).toEqual({
      body: BODY,
      digest: digestBody(BODY),
      validators: { etag: 'W/"5b1c"', lastModified: 'Wed, 07 Oct 2026 23:58:00 GMT' },
    });
  });

  it('without validators, says it has none', async () => {
    const fetched = await fetchText(URL, deps({}));
    expect('validators' in fetched && fetched.validators).toEqual({});
  });
});

// The folder walk above must find the captures, or every case passes on nothing.
it('finds the captures', () => {
  expect(CAPTURES.length).toBeGreaterThan(30);
  expect(CAPTURES).toContain('xai/xai-feed-rss-105items-all-resolved-1.xml');
});
