import type { ProviderState, State } from './model';
import type { SourceResult } from './read-source';

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
      const lastGood = previous.providers[id]?.reading;
      providers[id] = { severity: 'unknown', ...(lastGood ? { reading: lastGood } : {}), error: result.error, checkedAt };
    }
  }
  return { version: 1, checkedAt, providers };
}

/** A reading kept from an earlier poll because the latest one failed. */
export function isStale(provider: ProviderState): boolean {
  return provider.error !== undefined && provider.reading !== undefined;
}
