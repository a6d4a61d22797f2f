import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import type { Settings, State } from '../../../src/core/model';
import { joinTimes, type StoredTimes } from '../../../src/core/state/times';

/** What the extension's local storage holds under one key. */
export async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

/** The State as the worker stored it: its body, with its times from their own key (core/state/times). */
export async function storedState(): Promise<State | undefined> {
  // Only States are written under this key, and their times under the other, by the code under test.
  // In one storage call, as the worker writes them: two reads could fall on either side of a poll's write.
  const parts = await fakeBrowser.storage.local.get(['state', 'checks']);
  const body = parts.state as State | undefined;
  return body && joinTimes(body, parts.checks as StoredTimes | undefined);
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

/** From now on, a copy of what each storage.local.set call writes, in order; every write still goes through. */
export function recordWrites(): Record<string, unknown>[] {
  const written: Record<string, unknown>[] = [];
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    written.push(structuredClone(items));
    await set(items);
  });
  return written;
}

/** The keys written, once per write that named them. */
export function keysWritten(written: readonly Record<string, unknown>[]): string[] {
  return written.flatMap((items) => Object.keys(items));
}
