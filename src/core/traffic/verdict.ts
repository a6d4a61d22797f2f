import { fieldsOf } from '../fetch/fields';
import type { TrafficEpisode, TrafficEpisodes } from './episodes';
import { FAILURES, type FailureOutcome } from './model';
import type { TrafficVerdict, TrafficWarning } from './rule';
import { WINDOW_MINUTES } from './thresholds';

/** The verdict as the worker stores it, with the minute it was judged at. */
export interface StoredTrafficVerdict extends TrafficVerdict {
  version: 1;
  atMinute: number;
}

const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

function warningOf(value: unknown): TrafficWarning | undefined {
  const fields = fieldsOf(value);
  if (!fields) return undefined;
  const { kind, providerId, sinceMinute, failures, outcomes } = fields;
  if (typeof providerId !== 'string' || !isInteger(sinceMinute)) return undefined;
  if (kind === 'usage_limit') return { kind, providerId, sinceMinute };
  if (kind !== 'failing' || !isInteger(failures) || !Array.isArray(outcomes)) return undefined;
  const known = outcomes.filter((outcome): outcome is FailureOutcome => FAILURES.some((failure) => failure === outcome));
  return { kind, providerId, sinceMinute, failures, outcomes: known };
}

/**
 * The stored verdict, if it still holds at `nowMinute`: judged within the rule's window. Older, no request has
 * been seen since, and nothing is known of now: no warning stands on it. The popup reads this without a schema;
 * anything it cannot read is no verdict.
 */
export function readStoredVerdict(value: unknown, nowMinute: number): TrafficVerdict | undefined {
  const fields = fieldsOf(value);
  if (!fields) return undefined;
  const { version, atMinute, warnings, ownNetwork } = fields;
  if (version !== 1 || !isInteger(atMinute) || !Array.isArray(warnings)) return undefined;
  if (nowMinute - atMinute >= WINDOW_MINUTES || atMinute > nowMinute + 1) return undefined;
  const network = fieldsOf(ownNetwork);
  const ids = Array.isArray(network?.providerIds) ? network.providerIds.filter((id): id is string => typeof id === 'string') : [];
  return {
    warnings: warnings.flatMap((warning) => warningOf(warning) ?? []),
    ...(network && isInteger(network.sinceMinute) && ids.length > 0
      ? { ownNetwork: { sinceMinute: network.sinceMinute, providerIds: ids } }
      : {}),
  };
}

function episodeOf(value: unknown): TrafficEpisode | undefined {
  const fields = fieldsOf(value);
  if (!fields) return undefined;
  const { providerId, firstMinute, lastMinute, toldMinute } = fields;
  if (typeof providerId !== 'string' || !isInteger(firstMinute) || !isInteger(lastMinute)) return undefined;
  if (firstMinute > lastMinute) return undefined;
  return { providerId, firstMinute, lastMinute, ...(isInteger(toldMinute) ? { toldMinute } : {}) };
}

/**
 * The runs from storage, read by hand (the popup reads them too, without a schema): an entry that cannot be read
 * is dropped, one an assistant, and anything else no record is none.
 */
export function readEpisodes(value: unknown): TrafficEpisodes {
  const fields = fieldsOf(value);
  if (fields?.version !== 1 || !Array.isArray(fields.episodes)) return { version: 1, episodes: [] };
  const byProvider = new Map<string, TrafficEpisode>();
  for (const entry of fields.episodes) {
    const episode = episodeOf(entry);
    if (episode) byProvider.set(episode.providerId, episode);
  }
  return { version: 1, episodes: [...byProvider.values()] };
}
