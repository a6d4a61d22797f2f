import type { Storage } from 'webextension-polyfill';
import type { State } from '../core/model';
import type { Roster } from '../core/settings/roster';
import { joinTimes, type StoredTimes } from '../core/state/times';
import { api } from './ext';
import { ROSTER_KEY, STATE_KEY, TIMES_KEY } from './keys';

const KEYS = [STATE_KEY, TIMES_KEY, ROSTER_KEY];

/** What the popup shows: the worker's State and its roster. Absent until the worker has written them. */
export interface StoredView {
  state?: State;
  roster?: Roster;
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
  const state = isVersioned(body, 1) ? joinTimes(body as State, isTimes(times) ? times : undefined) : undefined;
  // Both casts stand on the version stamp of a value only the worker writes, after checking it.
  return { ...(state ? { state } : {}), ...(isVersioned(roster, 1) ? { roster: roster as Roster } : {}) };
}

// Not core/fetch/body's isRecord: the popup would load that module whole, in the chunk it shares with the worker.
function isVersioned(value: unknown, version: number): boolean {
  return typeof value === 'object' && value !== null && (value as { version?: unknown }).version === version;
}

function isTimes(value: unknown): value is StoredTimes {
  return typeof value === 'object' && value !== null && typeof (value as { checkedAt?: unknown }).checkedAt === 'string';
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
