import browser from 'webextension-polyfill';
import type { Settings, State } from '../core/model';
import { readStoredSettings } from '../core/settings/stored-settings';
import { readStoredState } from '../core/state/read-stored';
import { shedSteps } from '../core/state/shed';
import { readStoredTimes } from '../core/state/stored-times';
import { joinTimes, splitTimes } from '../core/state/times';
import { SETTINGS_KEY, STATE_KEY, TIMES_KEY } from './keys';
import { isQuotaError } from './quota';

/**
 * A stored value did not fit its schema: said in the console with the key and the first failing path.
 * The reader has already put something that fits in its place, which the next write stores.
 */
export function reportBadStored(key: string, problem: string): void {
  console.warn(`AI Outage Radar: the stored "${key}" does not fit its schema (${problem}); it is replaced`);
}

export async function loadState(): Promise<State> {
  return stateOf(await browser.storage.local.get([STATE_KEY, TIMES_KEY]));
}

/** The State from what storage holds under its two keys, each checked. */
function stateOf(stored: Record<string, unknown>): State {
  const body = readStoredState(stored[STATE_KEY], reportBadState);
  return joinTimes(
    body,
    readStoredTimes(stored[TIMES_KEY], (problem) => reportBadStored(TIMES_KEY, problem)),
  );
}

/** The State as it is stored: its body, and its times apart (see core/state/times). */
export function storedForm(state: State): Record<string, unknown> {
  const { body, times } = splitTimes(state);
  return times ? { [STATE_KEY]: body, [TIMES_KEY]: times } : { [STATE_KEY]: body };
}

/** The stored State did not fit its schema: said in the console, then a fresh poll replaces it. */
export function reportBadState(problem: string): void {
  console.warn(`AI Outage Radar: the stored state is unreadable (${problem}); a fresh poll replaces it`);
}

/** True when a State is stored but does not read: the worker then polls at once rather than at the next alarm. */
export async function storedStateIsBroken(): Promise<boolean> {
  let broken = false;
  const stored = await browser.storage.local.get(STATE_KEY);
  readStoredState(stored[STATE_KEY], () => {
    broken = true;
  });
  return broken;
}

/**
 * Writes the State. When it does not fit the storage quota, history is shed (core/state/shed) step by step until
 * it does: the readings themselves are what must survive. Answers with what was written; throws only when
 * not even the smallest copy fits, or for a failure that is no quota.
 */
export async function saveState(state: State): Promise<State> {
  let refused: unknown;
  for (const candidate of [state, ...shedSteps(state)]) {
    try {
      await browser.storage.local.set(storedForm(candidate));
      if (candidate.shed) console.warn('AI Outage Radar: the state did not fit the storage quota; its history was left out');
      return candidate;
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      refused = error;
    }
  }
  throw refused;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readStoredSettings(stored[SETTINGS_KEY], (problem) => reportBadStored(SETTINGS_KEY, problem));
}

/** State and Settings in one storage call: what a page needs for its first paint. */
export async function loadStored(): Promise<{ state: State; settings: Settings }> {
  const stored = await browser.storage.local.get([STATE_KEY, TIMES_KEY, SETTINGS_KEY]);
  return {
    state: stateOf(stored),
    settings: readStoredSettings(stored[SETTINGS_KEY], (problem) => reportBadStored(SETTINGS_KEY, problem)),
  };
}

/** Calls back with the new State or Settings whenever either changes in storage.local. */
export function onStoredChange(listener: (change: { state?: State; settings?: Settings }) => void): () => void {
  const handle = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local') return;
    if (SETTINGS_KEY in changes) listener({ settings: readStoredSettings(changes[SETTINGS_KEY]?.newValue) });
    // A quiet poll changes only the times: the State is read whole again, body and times together.
    if (STATE_KEY in changes || TIMES_KEY in changes) {
      loadState().then(
        (state) => listener({ state }),
        (error: unknown) => console.error('AI Outage Radar: could not read the state', error),
      );
    }
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
