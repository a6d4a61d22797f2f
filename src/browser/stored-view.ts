import type { Storage } from 'webextension-polyfill';
import { fieldsOf, isRecord } from '../core/fetch/fields';
import type { State } from '../core/model';
import type { Roster } from '../core/settings/roster';
import { joinTimes, type StoredTimes } from '../core/state/times';
import type { ReliabilityFigure } from '../core/view/reliability-order';
import { api } from './ext';
import { RELIABILITY_KEY, ROSTER_KEY, STATE_KEY, TIMES_KEY, TRAFFIC_EPISODES_KEY, TRAFFIC_VERDICT_KEY } from './keys';

const KEYS = [STATE_KEY, TIMES_KEY, ROSTER_KEY, RELIABILITY_KEY, TRAFFIC_VERDICT_KEY, TRAFFIC_EPISODES_KEY];

/** What the popup shows: the worker's State and its roster. Absent until the worker has written them. */
export interface StoredView {
  state?: State;
  roster?: Roster;
  /** Each assistant's 30-day reliability, by id: the "Switch to" order among equally healthy ones. */
  reliability?: Record<string, ReliabilityFigure>;
  /** What the user's own requests say, as stored: read, with its age, where it is shown (core/traffic/verdict). */
  trafficVerdict?: unknown;
  /** Each assistant's latest run of the user's own failing requests, as stored: read where shown (core/traffic/episodes). */
  trafficEpisodes?: unknown;
}

/** The reliability key as the worker writes it (background/history). */
export interface StoredReliability {
  version: 1;
  figures: Record<string, ReliabilityFigure>;
}

/**
 * Values only this extension's worker writes, each checked by it before writing: the popup trusts their
 * shape, and looks only at the version stamp, so a value from another version (mid-update) is not read as
 * ours. It reads no schema: that is the worker's job (browser/storage), done once, not at every open.
 */
function viewOf(stored: Record<string, unknown>): StoredView {
  const body = stored[STATE_KEY];
  const roster = stored[ROSTER_KEY];
  const times = stored[TIMES_KEY];
  const reliability = stored[RELIABILITY_KEY];
  const state = isVersioned(body, 1) ? joinTimes(body as State, isTimes(times) ? times : undefined) : undefined;
  // The casts stand on the version stamp of a value only the worker writes, after checking it.
  // Figures only order the offers: a value that is not ours orders nothing, and no figure is ever shown from it.
  const figures = isVersioned(reliability, 1) ? (reliability as StoredReliability).figures : undefined;
  return {
    ...(state ? { state } : {}),
    ...(isVersioned(roster, 1) ? { roster: roster as Roster } : {}),
    ...(isRecord(figures) ? { reliability: figures } : {}),
    ...(stored[TRAFFIC_VERDICT_KEY] !== undefined ? { trafficVerdict: stored[TRAFFIC_VERDICT_KEY] } : {}),
    ...(stored[TRAFFIC_EPISODES_KEY] !== undefined ? { trafficEpisodes: stored[TRAFFIC_EPISODES_KEY] } : {}),
  };
}

function isVersioned(value: unknown, version: number): boolean {
  return fieldsOf(value)?.version === version;
}

function isTimes(value: unknown): value is StoredTimes {
  return typeof fieldsOf(value)?.checkedAt === 'string';
}

/** State and roster in one storage call: what the popup needs for its first paint. */
export async function loadStoredView(): Promise<StoredView> {
  return viewOf(await api().storage.local.get(KEYS));
}

/** Calls back with the whole view whenever a part of it changes. */
export function onStoredViewChange(listener: (view: StoredView) => void): () => void {
  const handle = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !KEYS.some((key) => key in changes)) return;
    loadStoredView().then(listener, (error: unknown) => console.error('AI Outage Radar: could not read storage', error));
  };
  api().storage.onChanged.addListener(handle);
  return () => api().storage.onChanged.removeListener(handle);
}
