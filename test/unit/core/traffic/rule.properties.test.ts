import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, type Observation } from '../../../../src/core/traffic/classify';
import type { TrafficSample } from '../../../../src/core/traffic/model';
import { FAILING_OF, judgeTraffic, LAST, WINDOW_MINUTES } from '../../../../src/core/traffic/rule';
import { PROPERTY_RUNS } from '../../support/parser-properties';

const NOW = 29_000_000;
const PROVIDERS = ['claude', 'chatgpt', 'gemini'];

/** What a browser reports that is never the assistant failing: aborts, offline, blocked, 4xx, successes. */
const harmless: fc.Arbitrary<Observation> = fc.oneof(
  fc
    .constantFrom('net::ERR_ABORTED', 'NS_BINDING_ABORTED', 'net::ERR_INTERNET_DISCONNECTED', 'NS_ERROR_OFFLINE')
    .map((error) => ({ error })),
  fc
    .integer({ min: 400, max: 499 })
    .filter((status) => status !== 429)
    .map((statusCode) => ({ statusCode })),
  fc.integer({ min: 200, max: 399 }).map((statusCode) => ({ statusCode })),
);

const failing: fc.Arbitrary<Observation> = fc.oneof(
  fc.integer({ min: 500, max: 599 }).map((statusCode) => ({ statusCode })),
  fc.constantFrom('net::ERR_CONNECTION_RESET', 'NS_ERROR_NET_TIMEOUT').map((error) => ({ error })),
);

/** Observations at minutes counted back from NOW, the last at NOW, classified as the worker would. */
function samplesOf(observations: readonly { providerId: string; back: number; observation: Observation }[]): TrafficSample[] {
  return observations
    .map(({ providerId, back, observation }) => ({ providerId, minute: NOW - back, outcome: classify(observation) }))
    .filter((sample): sample is TrafficSample => sample.outcome !== undefined)
    .sort((a, b) => a.minute - b.minute);
}

describe('the calm rule, over any run of requests', () => {
  it('safety: never a warning from aborts, being offline, 4xx or successes, at any assistant', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ providerId: fc.constantFrom(...PROVIDERS), back: fc.nat({ max: 10 }), observation: harmless }), {
          maxLength: 40,
        }),
        (observations) => {
          const verdict = judgeTraffic(samplesOf(observations), NOW);
          expect(verdict.warnings).toEqual([]);
          expect(verdict.ownNetwork).toBeUndefined();
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('liveness: when at least 3 of the last 5 within 3 minutes failed, the newest among them, it always warns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(harmless, failing), { minLength: LAST - 1, maxLength: LAST - 1 }),
        failing,
        fc.array(fc.nat({ max: WINDOW_MINUTES - 1 }), { minLength: LAST, maxLength: LAST }),
        (before, newest, backs) => {
          const sorted = [...backs].sort((a, b) => b - a);
          sorted[LAST - 1] = 0;
          const observations = [...before, newest].map((observation, index) => ({
            providerId: 'claude',
            back: sorted[index] ?? 0,
            observation,
          }));
          const samples = samplesOf(observations);
          const last = samples.slice(-LAST);
          const failures = last.filter((sample) => sample.outcome !== 'ok').length;
          fc.pre(failures >= FAILING_OF);
          const verdict = judgeTraffic(samples, NOW);
          expect(verdict.warnings).toContainEqual(expect.objectContaining({ kind: 'failing', providerId: 'claude' }));
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('recovery: a request that succeeds after any run clears that assistant’s warning', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(harmless, failing), { maxLength: 12 }), fc.integer({ min: 200, max: 299 }), (run, status) => {
        const observations = [...run, { statusCode: status }].map((observation, index, all) => ({
          providerId: 'claude',
          back: Math.floor((all.length - 1 - index) / 4),
          observation,
        }));
        const verdict = judgeTraffic(samplesOf(observations), NOW);
        expect(verdict.warnings.filter((warning) => warning.providerId === 'claude')).toEqual([]);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
