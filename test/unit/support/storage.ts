import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import type { Settings, State } from '../../../src/core/model';

/** What the extension's local storage holds under one key. */
export async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

export async function storedState(): Promise<State | undefined> {
  // Only States are written under this key, by the code under test.
  return (await stored('state')) as State | undefined;
}

export async function storedSettings(): Promise<Settings | undefined> {
  // Only Settings are written under this key, by the code under test.
  return (await stored('settings')) as Settings | undefined;
}

/** Waits until storage holds settings that pass `check`, and returns them: a page saves after the click returns. */
export async function savedSettings(check: (settings: Settings) => boolean): Promise<Settings> {
  return await vi.waitFor(async () => {
    const settings = await storedSettings();
    if (!settings || !check(settings)) throw new Error(`not saved yet: ${JSON.stringify(settings)}`);
    return settings;
  });
}
