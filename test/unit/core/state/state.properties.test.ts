import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../src/core/catalog/providers';
import type { State } from '../../../../src/core/model';
import { BACKOFF_MAX_MS, nextBackoff, RETRY_AFTER_MAX_MS, type SourceOutcome } from '../../../../src/core/poll/backoff';
import { pollProviders } from '../../../../src/core/poll/poll';
import type { SourceResult } from '../../../../src/core/poll/read-source';
import { emptyState, foldResults } from '../../../../src/core/state/fold';
import { readStoredState } from '../../../../src/core/state/read-stored';
import { ERROR_KINDS } from '../../../../src/core/state/stored-state';
import { everyPlatformAnswers } from '../../../fake-server/baseline';
import { type FakeAnswer, fakeFetch } from '../../support/fake-fetch';
import { PROPERTY_RUNS } from '../../support/parser-properties';

const START = Date.parse('2026-10-08T00:00:00Z');
const KINDS = ERROR_KINDS;

/** Real readings: every built-in provider read from its platform's real payload (the e2e baseline). */
const READINGS = await (async () => {
  const routes: Record<string, FakeAnswer> = Object.fromEntries(
    Object.entries(everyPlatformAnswers()).map(([url, answer]) => [
      url,
      { status: answer.status, body: answer.body, contentType: answer.contentType },
    ]),
  );
  const results = await pollProviders(CATALOG, { fetch: fakeFetch(routes), now: () => START, timeoutMs: 1000 });
  return Object.entries(results).flatMap(([id, result]) => (result.ok ? [[id, result] as const] : []));
})();
const IDS = READINGS.map(([id]) => id);
const readingOf = new Map(READINGS);

/** One provider's turn in one poll: it read (its real reading) or failed in one of the typed ways. */
const turn = fc.oneof(
  fc.constant<{ read: true }>({ read: true }),
  fc.record({
    read: fc.constant(false as const),
    kind: fc.constantFrom(...KINDS),
    retryAfterMs: fc.option(fc.nat({ max: 3 * 60 * 60_000 }), { nil: undefined }),
  }),
);
/** A poll: some of the providers (a watch list that changes), each with its turn, some minutes after the last. */
const poll = fc.record({
  minutes: fc.integer({ min: 1, max: 30 }),
  turns: fc.dictionary(fc.constantFrom(...IDS), turn, { minKeys: 1 }),
});

describe('folding polls into the State, over random sequences of real readings and faults', () => {
  it('a failure is unknown with the last good reading; a read is its reading; the table of waits stays bounded', () => {
    fc.assert(
      fc.property(fc.array(poll, { minLength: 1, maxLength: 12 }), (polls) => {
        let state: State = emptyState();
        let nowMs = START;
        const lastGood = new Map<string, SourceResult>();
        const failingSince = new Map<string, string>();
        const failuresInARow = new Map<string, number>();
        for (const { minutes, turns } of polls) {
          nowMs += minutes * 60_000;
          const at = new Date(nowMs).toISOString();
          const results: Record<string, SourceResult> = {};
          const outcomes = new Map<string, SourceOutcome>();
          for (const [id, outcome] of Object.entries(turns)) {
            const url = `https://${id}.example/status`;
            if (outcome.read) {
              results[id] = readingOf.get(id) as SourceResult;
              outcomes.set(url, { read: true });
            } else {
              const failure = {
                kind: outcome.kind,
                message: `failed: ${outcome.kind}`,
                ...(outcome.retryAfterMs === undefined ? {} : { retryAfterMs: outcome.retryAfterMs }),
              };
              results[id] = { ok: false, error: { ...failure, source: url, at } };
              outcomes.set(url, { read: false, failure });
            }
          }
          state = { ...foldResults(state, results, at), backoff: nextBackoff(state.backoff, outcomes, nowMs, Math.random) };

          expect(Object.keys(state.providers).sort()).toEqual(Object.keys(turns).sort());
          // A provider left out of a poll (no longer watched) is forgotten: watched again, it starts afresh.
          for (const id of IDS.filter((known) => !(known in turns))) {
            lastGood.delete(id);
            failingSince.delete(id);
            failuresInARow.delete(id);
          }
          for (const [id, outcome] of Object.entries(turns)) {
            const provider = state.providers[id];
            const url = `https://${id}.example/status`;
            if (outcome.read) {
              const result = readingOf.get(id);
              expect(provider?.severity).toBe(result?.ok ? result.reading.severity : undefined);
              expect(provider?.error).toBeUndefined();
              expect(state.backoff?.[url]).toBeUndefined();
              lastGood.set(id, result as SourceResult);
              failingSince.delete(id);
              failuresInARow.delete(id);
            } else {
              // Never operational, never an outage: could not check.
              expect(provider?.severity).toBe('unknown');
              expect(provider?.error?.kind).toBe(outcome.kind);
              const good = lastGood.get(id);
              expect(provider?.reading).toEqual(good?.ok ? good.reading : undefined);
              if (!failingSince.has(id)) failingSince.set(id, at);
              expect(provider?.failingSince).toBe(failingSince.get(id));
              const failures = (failuresInARow.get(id) ?? 0) + 1;
              failuresInARow.set(id, failures);
              const wait = state.backoff?.[url];
              expect(wait?.failures).toBe(failures);
              expect(wait?.retryAt).toBeGreaterThanOrEqual(nowMs);
              expect((wait?.retryAt ?? 0) - nowMs).toBeLessThanOrEqual(Math.max(BACKOFF_MAX_MS, RETRY_AFTER_MAX_MS));
            }
          }
          // Only sources polled this time are remembered: the table never outgrows the watch list.
          expect(Object.keys(state.backoff ?? {}).length).toBeLessThanOrEqual(Object.keys(turns).length);
          // Whatever was folded is a State the schema reads back unchanged.
          expect(readStoredState(JSON.parse(JSON.stringify(state)))).toEqual(state);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
    // A thousand sequences of up to twelve polls, each State checked against the schema: seconds, not ms.
  }, 60_000);
});
