import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Roster } from '../../../src/core/settings/roster';
import { defaultSettings } from '../../../src/core/settings/settings';
import { giveI18n } from '../support/english';
import { fakeFetch } from '../support/fake-fetch';
import { stored } from '../support/storage';
import { realPages, settle, startWorker } from '../support/worker-harness';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/** The worker resolves the settings against the catalog for the popup, which then loads neither. */
const roster = async () => (await stored('roster')) as Roster | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  giveI18n();
  vi.stubGlobal('fetch', fakeFetch(realPages()));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the popup's roster", () => {
  it('is written at the worker start: every watched assistant in the user order, with its status page and kind', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), watched: ['gemini', 'claude-api', 'meta-ai'] } });
    await startWorker();
    await vi.waitFor(async () =>
      expect((await roster())?.watched.map((provider) => provider.id)).toEqual(['gemini', 'claude-api', 'meta-ai']),
    );
    const [gemini, , meta] = (await roster())?.watched ?? [];
    expect(gemini).toMatchObject({ name: 'Gemini', category: 'chat', chatUrl: 'https://gemini.google.com/' });
    // Meta AI has no public status page: the popup must see that, to never offer it as working.
    expect(meta?.sources).toEqual([]);
  });

  it('follows a settings change: a new order, a snooze, the tab switch', async () => {
    await startWorker();
    await vi.waitFor(async () => expect(await roster()).toBeDefined());
    const settings = { ...defaultSettings(), watched: ['chatgpt', 'claude'], focusOpenTabs: true };
    settings.notifications = { ...settings.notifications, snoozes: [{ providerId: 'chatgpt', until: Date.now() + 60_000 }] };
    await fakeBrowser.storage.local.set({ settings });
    await vi.waitFor(async () => expect((await roster())?.watched.map((provider) => provider.id)).toEqual(['chatgpt', 'claude']));
    expect((await roster())?.focusOpenTabs).toBe(true);
    expect((await roster())?.snoozes).toEqual(settings.notifications.snoozes);
  });

  it('is not written again when it would be the same', async () => {
    await startWorker();
    await vi.waitFor(async () => expect(await roster()).toBeDefined());
    await settle();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await startWorker();
    await settle();
    expect(set.mock.calls.filter(([items]) => 'roster' in items)).toEqual([]);
  });
});
