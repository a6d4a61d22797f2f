import browser from 'webextension-polyfill';
import type { Settings } from '../core/model';
import { readStoredSettings } from '../core/settings/stored-settings';
import { SETTINGS_KEY } from './keys';
import { loadSettings } from './storage';

/** One change the user made, applied to the freshest Settings in storage. */
export type SettingsChange = (current: Settings) => Settings;

const LOCK = 'ai-outage-radar-settings';

// Changes made in this page, one after another: two quick clicks never read the same Settings.
let queue: Promise<unknown> = Promise.resolve();

/**
 * The only way settings are written: read what storage holds now, apply the change, write. Serialised
 * in this page by a promise queue and, where the browser has Web Locks, across every page of the
 * extension (the popup and the options page may both be open), so no change overwrites another.
 * Answers with what was written.
 */
export function updateSettings(change: SettingsChange): Promise<Settings> {
  const run = queue.then(() => exclusive(() => readChangeWrite(change)));
  queue = run.catch(() => undefined);
  return run;
}

async function readChangeWrite(change: SettingsChange): Promise<Settings> {
  const next = change(await loadSettings());
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(LOCK, task) : task();
}

/**
 * Stored settings that do not fit their schema are read part by part (core/settings/stored-settings); this writes
 * what was read back, once, so that the warning is not repeated at every read and every page sees the same.
 */
export async function repairStoredSettings(): Promise<void> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  let broken = false;
  readStoredSettings(stored, () => {
    broken = true;
  });
  if (broken) await updateSettings((current) => current);
}
