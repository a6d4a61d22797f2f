import type { ProviderState, State } from '../model';
import type { SourceResult } from '../poll/read-source';

export function emptyState(): State {
  return { version: 1, providers: {} };
}

/**
 * Fold one poll's results into the next State. A failed read keeps the last good reading (now stale)
 * and reads `unknown`: never operational, never down. A provider whose source was paced (not fetched this
 * poll) keeps its state as it was, times included: nothing was learnt of it. Providers no longer polled drop out.
 */
export function foldResults(previous: State, results: Record<string, SourceResult>, checkedAt: string): State {
  const providers: Record<string, ProviderState> = {};
  for (const [id, result] of Object.entries(results)) {
    const kept = result.ok && result.paced ? previous.providers[id] : undefined;
    if (kept) {
      providers[id] = kept;
    } else if (result.ok) {
      providers[id] = { severity: result.reading.severity, reading: result.reading, checkedAt };
    } else {
      const before = previous.providers[id];
      const lastGood = before?.reading;
      // The first failure of a run starts it; later ones carry its start (older states lack the field).
      const failingSince = before?.error ? (before.failingSince ?? before.error.at) : result.error.at;
      providers[id] = {
        severity: 'unknown',
        ...(lastGood ? { reading: lastGood } : {}),
        error: result.error,
        failingSince,
        checkedAt,
      };
    }
  }
  return { version: 1, checkedAt, providers };
}

/**
 * The State as the notification policy should see it: a provider whose source was paced brought no new
 * reading, so it is shown without one, and the policy keeps what it knew of it (an unconfirmed change is not
 * confirmed by the same reading seen twice).
 */
export function observedState(state: State, results: Record<string, SourceResult>): State {
  const providers: Record<string, ProviderState> = {};
  for (const [id, provider] of Object.entries(state.providers)) {
    const result = results[id];
    if (result?.ok && result.paced) {
      const { reading: _notNew, ...rest } = provider;
      providers[id] = rest;
    } else providers[id] = provider;
  }
  return { ...state, providers };
}

/** A reading kept from an earlier poll because the latest one failed. */
export function isStale(provider: ProviderState): boolean {
  return provider.error !== undefined && provider.reading !== undefined;
}
