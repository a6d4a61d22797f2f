import browser from 'webextension-polyfill';
import type { Settings, State } from '../core/model';
import { readStoredSettings, readStoredState } from '../core/stored';

export const STATE_KEY = 'state';
export const SETTINGS_KEY = 'settings';

export async function loadState(): Promise<State> {
  const stored = await browser.storage.local.get(STATE_KEY);
  return readStoredState(stored[STATE_KEY], reportBadState);
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

export async function saveState(state: State): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: state });
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readStoredSettings(stored[SETTINGS_KEY], (problem) =>
    console.warn(`AI Outage Radar: the stored settings are unreadable (${problem}); the defaults stand in`),
  );
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls back with the new State or Settings whenever either changes in storage.local. */
export function onStoredChange(listener: (change: { state?: State; settings?: Settings }) => void): () => void {
  const handle = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local') return;
    const change: { state?: State; settings?: Settings } = {};
    if (STATE_KEY in changes) change.state = readStoredState(changes[STATE_KEY]?.newValue, reportBadState);
    if (SETTINGS_KEY in changes) change.settings = readStoredSettings(changes[SETTINGS_KEY]?.newValue);
    if (change.state || change.settings) listener(change);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
