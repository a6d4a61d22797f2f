import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storedForm } from '../../../src/browser/storage';
import { loadStoredView, onStoredViewChange } from '../../../src/browser/stored-view';
import { rosterOf } from '../../../src/core/settings/roster';
import { defaultSettings } from '../../../src/core/settings/settings';
import { emptyState } from '../../../src/core/state/fold';
import { CLAUDE_INCIDENT, CLAUDE_OK, CLAUDE_SUMMARY, poll } from '../support/poll-sequence';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/** The popup reads what the worker wrote, as the worker wrote it: no schema, only the version stamp. */
const AT = '2026-11-22T12:00:00.000Z';
const roster = rosterOf({ ...defaultSettings(), watched: ['claude-api', 'chatgpt', 'meta-ai'] });

beforeEach(() => {
  fakeBrowser.reset();
});

describe("the popup's view of storage", () => {
  it('reads the State (its body joined with its times) and the roster in one storage call', async () => {
    const state = await poll(emptyState(), { [CLAUDE_SUMMARY]: CLAUDE_INCIDENT }, AT);
    await fakeBrowser.storage.local.set({ roster, ...storedForm(state) });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const view = await loadStoredView();
    expect(get).toHaveBeenCalledTimes(1);
    expect(view.state).toEqual(state);
    expect(view.roster?.watched.map((provider) => provider.id)).toEqual(['claude-api', 'chatgpt', 'meta-ai']);
    // The worker keeps the component ids: the popup never reads them.
    expect(view.roster?.watched.some((provider) => 'componentIds' in provider)).toBe(false);
  });

  it('a value of another version (an update under way) or none is absent, never read as ours', async () => {
    expect(await loadStoredView()).toEqual({});
    await fakeBrowser.storage.local.set({ state: { version: 2, providers: 'elsewhere' }, roster: { version: 7 } });
    expect(await loadStoredView()).toEqual({});
    await fakeBrowser.storage.local.set({ state: 'garbage', roster: null });
    expect(await loadStoredView()).toEqual({});
  });

  it('follows every write: a quiet poll (times only), a new reading, a new roster', async () => {
    const first = await poll(emptyState(), { [CLAUDE_SUMMARY]: CLAUDE_INCIDENT }, AT);
    await fakeBrowser.storage.local.set({ roster, ...storedForm(first) });
    const seen: (string | undefined)[] = [];
    const stop = onStoredViewChange((view) =>
      seen.push(`${view.state?.checkedAt} ${view.state?.providers['claude-api']?.severity}`),
    );

    const quiet = await poll(first, { [CLAUDE_SUMMARY]: CLAUDE_INCIDENT }, '2026-11-22T12:02:00.000Z');
    await fakeBrowser.storage.local.set({ checks: storedForm(quiet).checks });
    await vi.waitFor(() => expect(seen).toEqual(['2026-11-22T12:02:00.000Z partial_outage']));

    const over = await poll(quiet, { [CLAUDE_SUMMARY]: CLAUDE_OK }, '2026-11-22T12:04:00.000Z');
    await fakeBrowser.storage.local.set(storedForm(over));
    await vi.waitFor(() => expect(seen.at(-1)).toBe('2026-11-22T12:04:00.000Z operational'));
    stop();
    await fakeBrowser.storage.local.set({ roster: { ...roster, watched: [] } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
  });
});
