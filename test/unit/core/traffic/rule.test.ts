import { describe, expect, it } from 'vitest';
import type { TrafficOutcome, TrafficSample } from '../../../../src/core/traffic/model';
import { judgeTraffic } from '../../../../src/core/traffic/rule';

const NOW = 29_000_000;

/** One assistant's requests, one a minute apart by default, the last at NOW. */
function requests(providerId: string, outcomes: readonly TrafficOutcome[], minutesApart = 0.5): TrafficSample[] {
  return outcomes.map((outcome, index) => ({
    providerId,
    outcome,
    minute: NOW - Math.floor((outcomes.length - 1 - index) * minutesApart),
  }));
}

describe('the calm rule over the user’s own requests', () => {
  it('warns when 3 of the last 5 requests to Claude failed within 3 minutes, the newest among them', () => {
    const verdict = judgeTraffic(requests('claude', ['ok', 'server_error', 'ok', 'overloaded', 'server_error']), NOW);
    expect(verdict.warnings).toEqual([
      { kind: 'failing', providerId: 'claude', sinceMinute: NOW - 1, failures: 3, outcomes: ['server_error', 'overloaded'] },
    ]);
    expect(verdict.ownNetwork).toBeUndefined();
  });

  it('does not warn for two failures, for failures spread over more than 3 minutes, or once a request succeeds again', () => {
    expect(judgeTraffic(requests('claude', ['ok', 'server_error', 'ok', 'server_error']), NOW).warnings).toEqual([]);
    expect(judgeTraffic(requests('claude', ['server_error', 'server_error', 'server_error'], 2), NOW).warnings).toEqual([]);
    expect(judgeTraffic(requests('claude', ['server_error', 'server_error', 'server_error', 'ok']), NOW).warnings).toEqual([]);
  });

  it('says a 429 is the user’s usage limit, never the assistant failing', () => {
    const verdict = judgeTraffic(requests('chatgpt', ['ok', 'rate_limited', 'rate_limited', 'rate_limited']), NOW);
    expect(verdict.warnings).toEqual([{ kind: 'usage_limit', providerId: 'chatgpt', sinceMinute: NOW - 1 }]);
  });

  it('network failures at two assistants at once, nothing succeeding, are the user’s own network: no assistant is blamed', () => {
    const samples = [
      ...requests('claude', ['network', 'network', 'network']),
      ...requests('chatgpt', ['network', 'network', 'network']),
    ];
    const verdict = judgeTraffic(samples, NOW);
    expect(verdict.warnings).toEqual([]);
    expect(verdict.ownNetwork).toEqual({ sinceMinute: NOW - 1, providerIds: ['claude', 'chatgpt'] });
  });

  it('while another assistant answers, network failures at one are that one failing', () => {
    const samples = [
      ...requests('claude', ['network', 'network', 'network']),
      ...requests('chatgpt', ['network', 'network', 'network']),
      ...requests('gemini', ['ok']),
    ];
    const verdict = judgeTraffic(samples, NOW);
    expect(verdict.ownNetwork).toBeUndefined();
    expect(verdict.warnings.map((warning) => warning.providerId)).toEqual(['claude', 'chatgpt']);
  });

  it('forgets what is older than its window', () => {
    const old = requests('claude', ['server_error', 'server_error', 'server_error']);
    expect(judgeTraffic(old, NOW + 3).warnings).toEqual([]);
  });
});
