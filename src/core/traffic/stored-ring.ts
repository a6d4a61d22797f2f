import { isRecord } from '../fetch/fields';
import type { TrafficOutcome, TrafficRing, TrafficSample } from './model';
import { emptyRing } from './ring';

const OUTCOMES: readonly TrafficOutcome[] = ['ok', 'server_error', 'overloaded', 'network', 'rate_limited'];

function sampleOf(value: unknown): TrafficSample | undefined {
  if (!isRecord(value)) return undefined;
  const { providerId, minute, outcome } = value;
  if (typeof providerId !== 'string' || typeof minute !== 'number' || !Number.isInteger(minute)) return undefined;
  const known = OUTCOMES.find((candidate) => candidate === outcome);
  // Only the three fields are taken: a stored value can carry nothing more into the ring.
  return known ? { providerId, minute, outcome: known } : undefined;
}

/** The ring from storage: a sample that cannot be read is dropped, anything else no ring is an empty one. */
export function readStoredRing(value: unknown): TrafficRing {
  if (!isRecord(value)) return emptyRing();
  const { version, samples } = value;
  if (version !== 1 || !Array.isArray(samples)) return emptyRing();
  return { version: 1, samples: samples.flatMap((sample) => sampleOf(sample) ?? []) };
}
