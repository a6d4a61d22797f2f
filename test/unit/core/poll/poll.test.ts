import { describe, expect, it } from 'vitest';
import { providerById } from '../../../../src/core/catalog/providers';
import { fetchText, MAX_BODY_CHARS, retryAfterOf } from '../../../../src/core/fetch/fetch-text';
import type { Provider } from '../../../../src/core/model';
import { pollProviders } from '../../../../src/core/poll/poll';
import { readFixture, readSynthetic } from '../../../fixtures';
import { type FakeAnswer, fakeFetch } from '../../support/fake-fetch';

const NOW = Date.parse('2026-10-08T00:00:00Z');
const CLAUDE_PRIMARY = 'https://status.claude.com/api/v2/summary.json';
const CLAUDE_SECONDARY = 'https://anthropic.statuspage.io/api/v2/summary.json';
const INCIDENT = readFixture('statuspage/anthropic-summary-unresolved-major-monitoring-1.json');

function provider(id: string): Provider {
  const found = providerById(id);
  if (!found) throw new Error(id);
  return found;
}

async function pollClaudeApi(routes: Record<string, FakeAnswer>, timeoutMs = 10_000) {
  const fetch = fakeFetch(routes);
  const results = await pollProviders([provider('claude-api')], { fetch, now: () => NOW, timeoutMs });
  const result = results['claude-api'];
  if (!result) throw new Error('no result');
  return { result, fetch };
}

describe('polling one source', () => {
  it('reads a real payload and asks the browser to revalidate, never to skip the cache', async () => {
    const { result, fetch } = await pollClaudeApi({ [CLAUDE_PRIMARY]: { body: INCIDENT } });
    expect(result.ok && result.reading.severity).toBe('partial_outage');
    expect(result.ok && result.reading.source).toBe(CLAUDE_PRIMARY);
    expect(fetch.calls).toEqual([{ url: CLAUDE_PRIMARY, cache: 'no-cache' }]);
  });

  it.each<[string, FakeAnswer, string, number | undefined]>([
    ['a 5xx', { status: 503, body: 'Service Unavailable', contentType: 'text/plain' }, 'http', 503],
    ['a 404 HTML page', { status: 404, body: '<html><body>Not found</body></html>', contentType: 'text/html' }, 'http', 404],
    [
      'a bot-check page with status 200',
      { body: readSynthetic('synthetic-cloudflare-challenge.html'), contentType: 'text/html' },
      'challenge',
      200,
    ],
    [
      'a bot-check page with status 403',
      { status: 403, body: readSynthetic('synthetic-cloudflare-challenge.html'), contentType: 'text/html' },
      'challenge',
      403,
    ],
    ['bad JSON', { body: '{"page": {"id": "tymt9n04zgry"', contentType: 'application/json' }, 'bad_payload', undefined],
    ['an empty body', { body: '' }, 'bad_payload', undefined],
    ['JSON of the wrong shape', { body: '{"ok": true}' }, 'bad_payload', undefined],
    ['the network gone', { networkError: true }, 'offline', undefined],
    ['a 429 with Retry-After', { status: 429, body: 'slow down', headers: { 'retry-after': '120' } }, 'http', 429],
    ['a body that stops halfway', { body: INCIDENT.slice(0, 500), cutOff: true }, 'bad_payload', undefined],
    [
      'a redirect to another host',
      { body: INCIDENT, landedAt: 'https://status.example.net/api/v2/summary.json' },
      'redirected',
      undefined,
    ],
    ['a body over 8 MB', { body: 'x'.repeat(MAX_BODY_CHARS + 1) }, 'too_large', undefined],
    [
      'a body that says it is over 8 MB',
      { body: '{}', headers: { 'content-length': String(10 * 1024 * 1024) } },
      'too_large',
      undefined,
    ],
  ])('%s is a typed error that names the source', async (_, answer, kind, status) => {
    const { result } = await pollClaudeApi({ [CLAUDE_PRIMARY]: answer, [CLAUDE_SECONDARY]: answer });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe(kind);
    expect(result.error.status).toBe(status);
    expect(result.error.source).toBe(CLAUDE_PRIMARY);
    expect(result.error.at).toBe(new Date(NOW).toISOString());
    expect(result.error.message).not.toBe('');
  });

  it('gives up on a request that hangs past the timeout', async () => {
    const { result } = await pollClaudeApi({ [CLAUDE_PRIMARY]: { hang: true }, [CLAUDE_SECONDARY]: { hang: true } }, 50);
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout', source: CLAUDE_PRIMARY } });
  });
});

describe('what a failure tells', () => {
  it("keeps the server's Retry-After, in seconds or as a date", async () => {
    const deps = { now: () => NOW, timeoutMs: 1000 };
    const seconds = await fetchText(CLAUDE_PRIMARY, {
      ...deps,
      fetch: fakeFetch({ [CLAUDE_PRIMARY]: { status: 503, headers: { 'retry-after': '90' } } }),
    });
    expect(seconds).toMatchObject({ failure: { kind: 'http', status: 503, retryAfterMs: 90_000 } });
    expect(retryAfterOf(new Date(NOW + 300_000).toUTCString(), NOW)).toBe(300_000);
    expect(retryAfterOf('soon', NOW)).toBeUndefined();
    expect(retryAfterOf(null, NOW)).toBeUndefined();
  });

  it('a redirect the browser refused to follow is told apart from the network being gone, when asked to', async () => {
    const fetch = fakeFetch({ [CLAUDE_PRIMARY]: { blockedRedirect: true } });
    const probed = await fetchText(CLAUDE_PRIMARY, { fetch, now: () => NOW, timeoutMs: 1000, probeRedirects: true });
    expect(probed).toMatchObject({ failure: { kind: 'redirected' } });
    expect(fetch.calls.map((call) => call.redirect)).toEqual([undefined, 'manual']);
    // Offline, the second question fails too: still offline.
    const offline = await fetchText(CLAUDE_PRIMARY, {
      fetch: fakeFetch({}),
      now: () => NOW,
      timeoutMs: 1000,
      probeRedirects: true,
    });
    expect(offline).toMatchObject({ failure: { kind: 'offline' } });
    // Node follows every redirect: the CLI does not ask twice.
    const unprobed = fakeFetch({ [CLAUDE_PRIMARY]: { blockedRedirect: true } });
    expect(await fetchText(CLAUDE_PRIMARY, { fetch: unprobed, now: () => NOW, timeoutMs: 1000 })).toMatchObject({
      failure: { kind: 'offline' },
    });
    expect(unprobed.calls).toHaveLength(1);
  });
});

describe('sources in order', () => {
  it('falls back to anthropic.statuspage.io when status.claude.com fails, and says which answered', async () => {
    const { result, fetch } = await pollClaudeApi({
      [CLAUDE_PRIMARY]: { status: 503, body: 'down' },
      [CLAUDE_SECONDARY]: { body: INCIDENT },
    });
    expect(result.ok && result.reading.source).toBe(CLAUDE_SECONDARY);
    expect(result.ok && result.reading.severity).toBe('partial_outage');
    expect(fetch.calls.map((call) => call.url)).toEqual([CLAUDE_PRIMARY, CLAUDE_SECONDARY]);
  });

  it('does not try the next source once one has read', async () => {
    const { fetch } = await pollClaudeApi({ [CLAUDE_PRIMARY]: { body: INCIDENT }, [CLAUDE_SECONDARY]: { body: INCIDENT } });
    expect(fetch.calls.map((call) => call.url)).toEqual([CLAUDE_PRIMARY]);
  });
});

describe('polling many providers', () => {
  it('fetches a page shared by several products once, and reads it for each', async () => {
    const fetch = fakeFetch({ [CLAUDE_PRIMARY]: { body: INCIDENT } });
    const results = await pollProviders([provider('claude'), provider('claude-api'), provider('claude-code')], {
      fetch,
      now: () => NOW,
      timeoutMs: 1000,
    });
    expect(fetch.calls).toHaveLength(1);
    expect(Object.fromEntries(Object.entries(results).map(([id, result]) => [id, result.ok && result.reading.severity]))).toEqual(
      {
        claude: 'operational',
        'claude-api': 'partial_outage',
        'claude-code': 'operational',
      },
    );
  });

  it('a broken feed never breaks another provider', async () => {
    const fetch = fakeFetch({
      [CLAUDE_PRIMARY]: { body: INCIDENT },
      'https://www.githubstatus.com/api/v2/summary.json': { body: 'not json at all' },
    });
    const results = await pollProviders([provider('claude-api'), provider('github-copilot')], {
      fetch,
      now: () => NOW,
      timeoutMs: 1000,
    });
    expect(results['claude-api']).toMatchObject({ ok: true, reading: { severity: 'partial_outage' } });
    expect(results['github-copilot']).toMatchObject({ ok: false, error: { kind: 'bad_payload' } });
  });
});
