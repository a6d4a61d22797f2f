import type { NotificationSettings, State } from '../model';
import { isAffected } from '../severity';
import { MINUTE_MS } from '../time';
import { markedTold, type TrafficEpisodes } from '../traffic/episodes';
import type { TrafficVerdict } from '../traffic/rule';
import { activeSnooze } from './active-snooze';
import { isQuietTime } from './quiet-hours';

export interface OwnTrafficNoticeInput {
  verdict: TrafficVerdict;
  /** The runs after this verdict (traffic/episodes withVerdict). */
  episodes: TrafficEpisodes;
  settings: NotificationSettings;
  /** What the status pages say now: the page's own notices speak once it says anything is wrong. */
  state: State;
  nowMs: number;
  timeZone: string;
}

export interface OwnTrafficNoticeDecision {
  /** The assistants to tell of now, in the verdict's order; empty: nothing to show. */
  tell: string[];
  /** The runs with those marked told, to store. */
  episodes: TrafficEpisodes;
}

/**
 * Whether the user's own failing requests interrupt them (issue 17), off unless the user turned it on. Pure.
 * It is the early word, before a status page says anything: told once a run (traffic/episodes), only while the
 * page says nothing is wrong (once it does, the page's notices speak, under the user's own threshold), and
 * under the same switch, mutes, snoozes and quiet hours as every notice. Held back, a run stays untold and is
 * told when it may interrupt, if it still lasts; a rate limit or the user's own network is never a notice.
 */
export function decideOwnTrafficNotices(input: OwnTrafficNoticeInput): OwnTrafficNoticeDecision {
  const { verdict, episodes, settings, state, nowMs } = input;
  if (!settings.enabled || !settings.ownTraffic) return { tell: [], episodes };
  if (isQuietTime(settings.quietHours, nowMs, input.timeZone)) return { tell: [], episodes };
  const untold = new Set(episodes.episodes.flatMap((episode) => (episode.toldMinute === undefined ? [episode.providerId] : [])));
  const tell = verdict.warnings.flatMap((warning) => {
    const id = warning.providerId;
    if (warning.kind !== 'failing' || !untold.has(id) || settings.muted.includes(id)) return [];
    if (isAffected(state.providers[id]?.severity ?? 'unknown')) return [];
    return activeSnooze(settings, id, state, nowMs) ? [] : [id];
  });
  return { tell, episodes: markedTold(episodes, tell, Math.floor(nowMs / MINUTE_MS)) };
}
