import browser from 'webextension-polyfill';
import { ROSTER_KEY } from '../browser/keys';
import { loadSettings } from '../browser/storage';
import { rosterOf } from '../core/settings/roster';
import { sameStoredValue } from '../core/stored-schema';

/**
 * Writes the roster (core/settings/roster) when it differs from what is stored: at every worker start (a
 * new version may bring a new catalog) and after every settings change, so the popup's copy is current.
 */
export async function writeRoster(): Promise<void> {
  const [settings, stored] = await Promise.all([loadSettings(), browser.storage.local.get(ROSTER_KEY)]);
  const roster = rosterOf(settings);
  if (!sameStoredValue(stored[ROSTER_KEY], roster)) await browser.storage.local.set({ [ROSTER_KEY]: roster });
}
