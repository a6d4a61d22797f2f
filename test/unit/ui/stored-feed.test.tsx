// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storedForm } from '../../../src/browser/storage';
import { providerById } from '../../../src/core/catalog/providers';
import type { Settings } from '../../../src/core/model';
import { rosterOf } from '../../../src/core/settings/roster';
import { defaultSettings } from '../../../src/core/settings/settings';
import { emptyState } from '../../../src/core/state/fold';
import { App } from '../../../src/popup/App';
import { openStoredFeed } from '../../../src/ui/useStored';
import { giveI18n } from '../support/english';
import { CLAUDE_INCIDENT, CLAUDE_SUMMARY, poll } from '../support/poll-sequence';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/**
 * The popup opens on what is stored: one storage read, started before the first render, so the first
 * frame already answers; and a change the worker writes while the popup is opening is not lost.
 * The worker writes the roster (the settings resolved against the catalog) beside the State.
 */
const settings: Settings = { ...defaultSettings(), watched: ['claude-api'] };
const claude = [providerById('claude-api')].flatMap((provider) => provider ?? []);
const at = new Date().toISOString();
const roster = rosterOf(settings);

beforeEach(() => {
  fakeBrowser.reset();
  giveI18n();
});

afterEach(() => {
  document.body.innerHTML = '';
});

function headline(root: HTMLElement): string {
  return root.querySelector('h1')?.textContent ?? '';
}

describe('the stored feed', () => {
  it('reads State, its times and the roster in one storage call, and the first render shows them', async () => {
    const state = await poll(emptyState(), { [CLAUDE_SUMMARY]: CLAUDE_INCIDENT }, at, claude);
    await fakeBrowser.storage.local.set({ roster, ...storedForm(state) });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const feed = openStoredFeed();
    const initial = await feed.first;
    expect(get).toHaveBeenCalledTimes(1);
    const root = document.createElement('div');
    document.body.append(root);
    render(<App feed={feed} initial={initial} />, root);
    // No wait: what was read before the render is in its first frame.
    expect(headline(root)).toContain('Claude API');
    expect(headline(root)).toContain('Partial outage');
  });

  it('a change written between the read and the first render is shown, not lost', async () => {
    await fakeBrowser.storage.local.set({ roster, state: emptyState() });
    const feed = openStoredFeed();
    const initial = await feed.first;
    // The worker's poll lands while the popup is still opening.
    const state = await poll(emptyState(), { [CLAUDE_SUMMARY]: CLAUDE_INCIDENT }, at, claude);
    await fakeBrowser.storage.local.set(storedForm(state));
    const root = document.createElement('div');
    document.body.append(root);
    render(<App feed={feed} initial={initial} />, root);
    await vi.waitFor(() => expect(headline(root)).toContain('Partial outage'));
  });
});
