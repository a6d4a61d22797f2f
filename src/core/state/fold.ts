import type { ProviderState, State } from '../model';
import type { SourceResult } from '../poll/read-source';

export function emptyState(): State {
  return { version: 1, providers: {} };
}

/**
 * Fold one poll's results into the next State. A failed read keeps the last good reading (now stale)
 * and reads `unknown`: never operational, never down. Providers no longer polled drop out.
 */
export function foldResults(previous: State, results: Record<string, SourceResult>, checkedAt: string): State {
  const providers: Record<string, ProviderState> = {};
  for (const [id, result] of Object.entries(results)) {
    if (result.ok) {
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

/** A reading kept from an earlier poll because the latest one failed. */
export function isStale(provider: ProviderState): boolean {
  return provider.error !== undefined && provider.reading !== undefined;
}
