import type { TrafficVerdict } from './rule';
import { KEEP_RUN_MINUTES, SAME_RUN_GAP_MINUTES } from './thresholds';

/**
 * The latest run of the user's own failing requests to each assistant: when it began, when it was last seen
 * failing, and whether (and when) the user was notified of it. It outlives the verdict, which ends with the
 * rule's few minutes, so that the popup can still say how much earlier the user's failures began when the
 * status page posts later, and so that a run that flickers is told once. One run an assistant, minutes only.
 */
export interface TrafficEpisode {
  providerId: string;
  firstMinute: number;
  lastMinute: number;
  /** The minute the user was notified of this run; absent while untold. */
  toldMinute?: number;
}

export interface TrafficEpisodes {
  version: 1;
  episodes: TrafficEpisode[];
}

export function noEpisodes(): TrafficEpisodes {
  return { version: 1, episodes: [] };
}

/**
 * The runs after a verdict judged at `nowMinute`: each assistant the verdict says is failing extends its run or
 * begins a new one; runs not seen for KEEP_RUN_MINUTES are forgotten. The same object when nothing changed, so
 * that nothing is written.
 */
export function withVerdict(before: TrafficEpisodes, verdict: TrafficVerdict, nowMinute: number): TrafficEpisodes {
  let changed = false;
  const byProvider = new Map(before.episodes.map((episode) => [episode.providerId, episode]));
  for (const warning of verdict.warnings) {
    if (warning.kind !== 'failing') continue;
    const run = byProvider.get(warning.providerId);
    if (run && warning.sinceMinute <= run.lastMinute + SAME_RUN_GAP_MINUTES && run.firstMinute <= nowMinute) {
      if (run.lastMinute >= nowMinute) continue;
      byProvider.set(warning.providerId, { ...run, lastMinute: nowMinute });
    } else {
      byProvider.set(warning.providerId, {
        providerId: warning.providerId,
        firstMinute: warning.sinceMinute,
        lastMinute: nowMinute,
      });
    }
    changed = true;
  }
  const kept = [...byProvider.values()].filter((episode) => nowMinute - episode.lastMinute <= KEEP_RUN_MINUTES);
  if (kept.length !== byProvider.size) changed = true;
  return changed ? { version: 1, episodes: kept } : before;
}

/** The runs with these assistants' marked as told at `minute`. */
export function markedTold(episodes: TrafficEpisodes, providerIds: readonly string[], minute: number): TrafficEpisodes {
  if (providerIds.length === 0) return episodes;
  const told = new Set(providerIds);
  return {
    version: 1,
    episodes: episodes.episodes.map((episode) => (told.has(episode.providerId) ? { ...episode, toldMinute: minute } : episode)),
  };
}
