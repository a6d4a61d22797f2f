// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_VIEW_KEY } from '../../../../src/browser/keys';
import { providerById } from '../../../../src/core/catalog/providers';
import { foldRecords } from '../../../../src/core/history/fold/fold';
import type { HistoryDay } from '../../../../src/core/history/model';
import { parseBetterstackHistory } from '../../../../src/core/history/parsers/betterstack';
import { decodeHistoryView, encodeHistoryView } from '../../../../src/core/history/view/stored-view';
import type { AssistantHistory, HistoryView } from '../../../../src/core/history/view/view';
import type { Settings } from '../../../../src/core/model';
import { rosterOf } from '../../../../src/core/settings/roster';
import { defaultSettings } from '../../../../src/core/settings/settings';
import { emptyState } from '../../../../src/core/state/fold';
import { HOUR_MS } from '../../../../src/core/time';
import { App } from '../../../../src/popup/App';
import { loadHistoryParts } from '../../../../src/popup/history/useHistoryParts';
import { readFixture } from '../../../fixtures';
import { text } from '../../support/dom';
import { giveI18n } from '../../support/english';
import { CLAUDE_INCIDENT, CLAUDE_SUMMARY, poll } from '../../support/poll-sequence';
import { unwrap } from '../../support/unwrap';
import { showPopup } from '../../support/views';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/**
 * "Last 90 days" at the end of the popup: closed, below the first screen, every watched assistant with a
 * status source ranked most reliable first, over 30 or 90 days. The days are status.huggingface.co's own
 * resources (a capture of 2026-09-18), each standing for one assistant, so that the ranking is of real pasts.
 */

const NOW = Date.parse('2026-09-18T20:00:00Z');
const page = unwrap(parseBetterstackHistory(readFixture('betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json')));

function resource(providerId: string, componentId: string): AssistantHistory {
  return {
    providerId,
    days: foldRecords(
      page.records.filter((record) => record.componentId === componentId),
      { nowMs: NOW, timeZone: page.timeZone },
    ),
    uptimes: page.uptimes.filter((uptime) => uptime.componentId === componentId),
    basis: 'page',
    readAtMs: NOW,
  };
}

// Hub: 1 outage day in the last 30 (10 min), 3 in 90 (144 min). AWS CDN: none in 30; in 90, 2 outage days
// (48 min) and 8 hours degraded. Jobs: none in 30; in 90, 1 outage day (49 min) and 16 days not monitored.
// Google CDN: nothing at all.
const view: HistoryView = {
  version: 1,
  builtAtMs: NOW,
  assistants: {
    claude: resource('claude', '84641'),
    chatgpt: resource('chatgpt', '8810148'),
    gemini: resource('gemini', '8951453'),
    mistral: resource('mistral', '8810143'),
  },
};

// Meta AI publishes no status page: it is not listed. Perplexity has one, but no history yet.
const settings: Settings = { ...defaultSettings(), watched: ['claude', 'chatgpt', 'gemini', 'mistral', 'meta-ai', 'perplexity'] };

function show(history: HistoryView | undefined, state = emptyState()): HTMLElement {
  return showPopup(NOW, { state, settings, history });
}

function open(root: HTMLElement): HTMLDetailsElement {
  const details = root.querySelector<HTMLDetailsElement>('details.history');
  if (!details) throw new Error('no history section');
  details.querySelector('summary')?.click();
  return details;
}

const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('.history__row')].map((row) => [
    text(row.querySelector('.history__name')),
    text(row.querySelector('.history__figure')),
  ]);

const choice = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('.history__choice')].find((button) => text(button) === label);

// The section comes in the history's own chunk; loaded once here, every render has it at once, as a popup does
// once the chunk has come (the lazy load itself is test/e2e/history.e2e.ts's, in the shipped build).
beforeAll(async () => {
  await loadHistoryParts();
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the "Last 90 days" section', () => {
  it('comes last in the popup, closed, and leaves the first screen as it was', () => {
    const without = show(undefined).querySelector('main');
    const root = show(view);
    const main = root.querySelector('main');
    const details = main?.querySelector('details.history');
    expect(main?.lastElementChild).toBe(details);
    expect(details?.hasAttribute('open')).toBe(false);
    expect(text(details?.querySelector('summary'))).toBe('Last 90 days');
    // Closed, it draws no strip at all: nothing to lay out or to tab through.
    expect(details?.querySelectorAll('.strip')).toHaveLength(0);
    details?.remove();
    expect(main?.innerHTML).toBe(without?.innerHTML);
  });

  it('opened, lists every watched assistant with a status source, most reliable over 30 days first', async () => {
    const root = show(view);
    open(root);
    await vi.waitFor(() => expect(root.querySelectorAll('.history__row')).toHaveLength(5));
    expect(rows(root)).toEqual([
      ['ChatGPT', 'No incidents'],
      ['Gemini', 'No incidents'],
      ['Mistral Le Chat', 'No incidents'],
      ['Claude', '1 outage day · 10 min of outage'],
      ['Perplexity', 'No data yet'],
    ]);
    expect(text(root.querySelector('.history'))).not.toContain('Meta AI');
    // Each with a history has its strip; Perplexity, with none yet, has none.
    expect(root.querySelector('[data-provider="claude"] [role="toolbar"]')?.getAttribute('aria-label')).toBe(
      'Claude: the last 90 days',
    );
    expect(root.querySelector('[data-provider="perplexity"] .strip')).toBeNull();
    expect(choice(root, '30 days')?.getAttribute('aria-pressed')).toBe('true');
    expect(choice(root, '90 days')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('90 days ranks again and counts again; days with no data are said', async () => {
    const root = show(view);
    open(root);
    await vi.waitFor(() => expect(choice(root, '90 days')).toBeDefined());
    choice(root, '90 days')?.click();
    await vi.waitFor(() => expect(choice(root, '90 days')?.getAttribute('aria-pressed')).toBe('true'));
    expect(choice(root, '30 days')?.getAttribute('aria-pressed')).toBe('false');
    expect(rows(root)).toEqual([
      ['Mistral Le Chat', 'No incidents'],
      ['Gemini', '1 outage day · 49 min of outage · 16 days without data'],
      ['ChatGPT', '2 outage days · 48 min of outage'],
      ['Claude', '3 outage days · 2 h 24 min of outage'],
      ['Perplexity', 'No data yet'],
    ]);
    choice(root, '30 days')?.click();
    await vi.waitFor(() => expect(rows(root)[0]).toEqual(['ChatGPT', 'No incidents']));
  });

  it('a page that gives no durations is counted in days with incidents, never in minutes made up for it', async () => {
    const quiet = view.assistants.mistral;
    if (!quiet) throw new Error('fixture changed');
    // The last two days degraded with no duration, as an incident list without end times gives them.
    const days = quiet.days.map(
      (day, index): HistoryDay => (index >= 88 ? { ...day, level: 'degraded', titles: ['Slow responses'] } : day),
    );
    const root = show({ ...view, assistants: { mistral: { ...quiet, days } } });
    open(root);
    // The one assistant with a history ranks before those with none.
    await vi.waitFor(() => expect(rows(root)[0]).toEqual(['Mistral Le Chat', '2 days with incidents']));
    expect(rows(root)[1]).toEqual(['Claude', 'No data yet']);
  });

  it('trouble that never reached an outage is said as such, with its time', async () => {
    const quiet = view.assistants.mistral;
    if (!quiet) throw new Error('fixture changed');
    const days = quiet.days.map(
      (day, index): HistoryDay => (index === 89 ? { ...day, level: 'degraded', minutes: { degraded: 480 } } : day),
    );
    const root = show({ ...view, assistants: { ...view.assistants, mistral: { ...quiet, days } } });
    open(root);
    await vi.waitFor(() => expect(rows(root)).toContainEqual(['Mistral Le Chat', 'No outage · 8 h degraded']));
  });

  it('an affected assistant’s detail shows its strip too', async () => {
    const claudeApi = [providerById('claude-api')].flatMap((provider) => provider ?? []);
    const state = await poll(emptyState(), { [CLAUDE_SUMMARY]: CLAUDE_INCIDENT }, new Date(NOW).toISOString(), claudeApi);
    const root = showPopup(NOW, {
      state,
      settings: { ...defaultSettings(), watched: ['claude-api'] },
      history: { ...view, assistants: { 'claude-api': resource('claude-api', '84641') } },
    });
    const entry = root.querySelector('details.entry[data-providers~="claude-api"]');
    // The strips come in their own chunk, loaded once the history is read (after the first paint).
    await vi.waitFor(() => expect(entry?.querySelectorAll('.entry__history .strip__day')).toHaveLength(90));
    expect(text(entry?.querySelector('.entry__history-heading'))).toBe('Claude API: the last 90 days');
  });
});

describe('a view that is missing or damaged', () => {
  it('shows no section, and does not throw', () => {
    for (const garbage of ['garbage', 42, null, { version: 2 }, { version: 1, builtAtMs: 'x', assistants: {} }]) {
      const damaged = decodeHistoryView(garbage);
      expect(damaged).toBeUndefined();
      expect(show(damaged).querySelector('.history')).toBeNull();
    }
    // Readable, but none of its assistants is: nothing to say either.
    const unreadable = decodeHistoryView({ version: 1, builtAtMs: NOW, assistants: { claude: 'junk', chatgpt: { first: 1 } } });
    expect(unreadable?.assistants).toEqual({});
    expect(show(unreadable).querySelector('.history')).toBeNull();
  });
});

describe('the popup reads the view after its first render', () => {
  let sent: unknown[];

  beforeEach(async () => {
    fakeBrowser.reset();
    giveI18n();
    sent = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return undefined;
    });
    await fakeBrowser.storage.local.set({ roster: rosterOf(settings), state: emptyState() });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  function mount(): HTMLElement {
    const root = document.createElement('div');
    document.body.append(root);
    render(<App />, root);
    return root;
  }

  it('a fresh view shows the section, and the worker is not asked for more', async () => {
    await fakeBrowser.storage.local.set({ [HISTORY_VIEW_KEY]: encodeHistoryView({ ...view, builtAtMs: Date.now() }) });
    const root = mount();
    await vi.waitFor(() => expect(root.querySelector('details.history')).not.toBeNull());
    expect(sent).toEqual([]);
  });

  it('a view older than 6 hours is shown, and the worker is asked once for what is due', async () => {
    await fakeBrowser.storage.local.set({
      [HISTORY_VIEW_KEY]: encodeHistoryView({ ...view, builtAtMs: Date.now() - 7 * HOUR_MS }),
    });
    const root = mount();
    await vi.waitFor(() => expect(root.querySelector('details.history')).not.toBeNull());
    expect(sent).toEqual([{ type: 'history-due' }]);
  });

  it('a damaged stored view: no section, no error, and the worker is asked to build one', async () => {
    await fakeBrowser.storage.local.set({ [HISTORY_VIEW_KEY]: { version: 1, builtAtMs: 'soon', assistants: [] } });
    const root = mount();
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'history-due' }]));
    expect(root.querySelector('main')).not.toBeNull();
    expect(root.querySelector('.history')).toBeNull();
  });

  it('a view the worker writes later appears', async () => {
    const root = mount();
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'history-due' }]));
    expect(root.querySelector('.history')).toBeNull();
    await fakeBrowser.storage.local.set({ [HISTORY_VIEW_KEY]: encodeHistoryView({ ...view, builtAtMs: Date.now() }) });
    await vi.waitFor(() => expect(root.querySelector('details.history')).not.toBeNull());
  });
});
