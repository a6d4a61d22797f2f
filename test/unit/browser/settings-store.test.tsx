// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateSettings } from '../../../src/browser/settings-store';
import { storedForm } from '../../../src/browser/storage';
import { providerById } from '../../../src/core/catalog/providers';
import type { Settings, State } from '../../../src/core/model';
import { rosterOf } from '../../../src/core/settings/roster';
import { defaultSettings } from '../../../src/core/settings/settings';
import { emptyState } from '../../../src/core/state/fold';
import { App } from '../../../src/popup/App';
import { giveI18n } from '../support/english';
import { CLAUDE_INCIDENT, CLAUDE_SUMMARY, OPENAI_PAGE, poll } from '../support/poll-sequence';
import { storedSettings } from '../support/storage';
import { startWorker } from '../support/worker-harness';
import { routeMessagesToListeners } from '../support/worker-messages';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
  giveI18n();
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('updateSettings, the one way settings are written', () => {
  it('applies each change to what storage holds: two changes made at once are both kept', async () => {
    await fakeBrowser.storage.local.set({ settings: defaultSettings() });
    const first = updateSettings((current) => ({ ...current, pollMinutes: 9 }));
    const second = updateSettings((current) => ({ ...current, focusOpenTabs: true }));
    await Promise.all([first, second]);
    expect(await storedSettings()).toMatchObject({ pollMinutes: 9, focusOpenTabs: true });
  });

  it('a change that throws is not written, and does not stop the next one', async () => {
    await fakeBrowser.storage.local.set({ settings: defaultSettings() });
    const failed = updateSettings(() => {
      throw new Error('no');
    });
    const next = updateSettings((current) => ({ ...current, pollMinutes: 4 }));
    await expect(failed).rejects.toThrow('no');
    await next;
    expect((await storedSettings())?.pollMinutes).toBe(4);
  });

  it('reads stored settings through the one reader: a broken value is read as its good parts', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 3, watched: ['claude', 'nope'], pollMinutes: 'x' } });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const written = await updateSettings((current) => current);
    expect(written).toEqual({ ...defaultSettings(), watched: ['claude'] });
    vi.restoreAllMocks();
  });
});

describe('the popup snoozes through it', () => {
  const NOW = Date.now();
  const settings: Settings = { ...defaultSettings(), watched: ['claude-api', 'chatgpt', 'openai-api'] };

  /** Claude API (an open incident) and ChatGPT (degraded), read from captured pages: two cards to snooze. */
  async function affected(): Promise<State> {
    const openai = 'incidentio/openai-v2-summary-compat-active-minor-1.json';
    const pages = {
      [CLAUDE_SUMMARY]: CLAUDE_INCIDENT,
      [OPENAI_PAGE]: openai,
      'https://status.openai.com/api/v2/summary.json': openai,
    };
    const providers = settings.watched.flatMap((id) => providerById(id) ?? []);
    return poll(emptyState(), pages, new Date(NOW).toISOString(), providers);
  }

  it('two quick snoozes, on two cards, are both kept: the worker writes each onto the stored settings', async () => {
    const state = await affected();
    await fakeBrowser.storage.local.set({ settings, roster: rosterOf(settings), ...storedForm(state) });
    const messages = routeMessagesToListeners();
    await startWorker();
    const root = document.createElement('div');
    document.body.append(root);
    render(<App />, root);
    await vi.waitFor(() => expect(root.querySelectorAll('.snooze__choices').length).toBeGreaterThanOrEqual(2));
    const firstButtons = (id: string) =>
      root.querySelector<HTMLButtonElement>(`details.entry[data-providers~="${id}"] .snooze__choices button`);
    const claude = firstButtons('claude-api');
    const chatgpt = firstButtons('chatgpt');
    if (!claude || !chatgpt) throw new Error('no snooze buttons on the two cards');
    // Both clicks before either write lands: the popup's copy of the settings is the same for both.
    claude.click();
    chatgpt.click();
    await vi.waitFor(async () =>
      expect((await storedSettings())?.notifications.snoozes.map((snooze) => snooze.providerId).sort()).toEqual([
        'chatgpt',
        'claude-api',
      ]),
    );
    // Everything else is as it was.
    expect((await storedSettings())?.watched).toEqual(settings.watched);
    // The popup also asks, once, for a history it has not got (popup/history/due): not a snooze, not counted here.
    expect(messages.received.filter((message) => (message as { type?: unknown }).type === 'snooze')).toEqual([
      { type: 'snooze', providerId: 'claude-api', choice: 'hour' },
      { type: 'snooze', providerId: 'chatgpt', choice: 'hour' },
    ]);
    // The popup shows them: the roster the worker wrote again carries both.
    await vi.waitFor(() => expect(root.querySelectorAll('.snooze--on')).toHaveLength(2));
  });
});
