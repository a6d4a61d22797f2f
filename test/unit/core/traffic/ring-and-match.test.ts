import { describe, expect, it } from 'vitest';
import { TRAFFIC_SCOPES, trafficHostPattern } from '../../../../src/core/catalog/traffic';
import { providerOfRequest } from '../../../../src/core/traffic/match';
import type { TrafficSample } from '../../../../src/core/traffic/model';
import { addSample, emptyRing, MAX_AGE_MINUTES, SAMPLES_PER_PROVIDER } from '../../../../src/core/traffic/ring';

describe('which assistant a request belongs to', () => {
  const enabled = new Set(['claude', 'chatgpt', 'perplexity']);

  it('the requests that carry a question, on the assistant’s own host, once the user turned it on', () => {
    expect(providerOfRequest('https://claude.ai/api/organizations/4f1c/chat_conversations/9a2b/completion', enabled)).toBe(
      'claude',
    );
    expect(providerOfRequest('https://claude.ai/api/organizations/4f1c/chat_conversations/9a2b/retry_completion', enabled)).toBe(
      'claude',
    );
    expect(providerOfRequest('https://chatgpt.com/backend-api/f/conversation', enabled)).toBe('chatgpt');
    expect(providerOfRequest('https://chatgpt.com/backend-api/conversation', enabled)).toBe('chatgpt');
  });

  it('not its other requests, not another host, not plain http, and nothing for an assistant not turned on', () => {
    expect(providerOfRequest('https://claude.ai/api/organizations/4f1c/chat_conversations', enabled)).toBeUndefined();
    expect(providerOfRequest('https://claude.ai/images/logo.svg', enabled)).toBeUndefined();
    expect(providerOfRequest('https://evil.example/backend-api/conversation', enabled)).toBeUndefined();
    expect(providerOfRequest('http://chatgpt.com/backend-api/conversation', enabled)).toBeUndefined();
    expect(providerOfRequest('https://gemini.google.com/_/BardChatUi/data/x/StreamGenerate', enabled)).toBeUndefined();
    expect(providerOfRequest('not a url', enabled)).toBeUndefined();
  });

  it('the host alone where the app’s request paths are not known', () => {
    expect(providerOfRequest('https://www.perplexity.ai/rest/sse/perplexity_ask', enabled)).toBe('perplexity');
  });

  it('asks for exactly each assistant’s own host', () => {
    expect(TRAFFIC_SCOPES.map(trafficHostPattern)).toContain('https://claude.ai/*');
    for (const scope of TRAFFIC_SCOPES) expect(trafficHostPattern(scope)).toBe(`https://${scope.host}/*`);
  });
});

describe('the ring the samples are kept in', () => {
  const observed = new Set(['claude', 'chatgpt']);
  const sample = (providerId: string, minute: number): TrafficSample => ({ providerId, minute, outcome: 'ok' });

  it('keeps at most a few samples an assistant, and nothing older than half an hour', () => {
    let ring = emptyRing();
    for (let minute = 0; minute < 40; minute += 1) ring = addSample(ring, sample('claude', minute), observed);
    ring = addSample(ring, sample('chatgpt', 40), observed);
    expect(ring.samples.filter((entry) => entry.providerId === 'claude')).toHaveLength(SAMPLES_PER_PROVIDER);
    expect(Math.min(...ring.samples.map((entry) => entry.minute))).toBeGreaterThanOrEqual(40 - MAX_AGE_MINUTES);
    expect(ring.samples.at(-1)).toEqual(sample('chatgpt', 40));
  });

  it('forgets an assistant the user no longer observes', () => {
    const ring = addSample(addSample(emptyRing(), sample('claude', 1), observed), sample('chatgpt', 2), new Set(['chatgpt']));
    expect(ring.samples.map((entry) => entry.providerId)).toEqual(['chatgpt']);
  });

  it('keeps nothing but the assistant, the outcome and the minute', () => {
    const ring = addSample(emptyRing(), sample('claude', 1), observed);
    expect(Object.keys(ring.samples[0] ?? {}).sort()).toEqual(['minute', 'outcome', 'providerId']);
  });
});
