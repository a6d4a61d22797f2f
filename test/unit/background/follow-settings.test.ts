import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { decideNotice } from '../../../src/background/decide';
import type { FetchLike } from '../../../src/core/fetch/fetch-text';
import type { Settings, State } from '../../../src/core/model';
import { pollScope } from '../../../src/core/poll/scope';
import { defaultSettings } from '../../../src/core/settings/settings';
import { readFixture } from '../../fixtures';
import { EXAMPLE_PAGE as PAGE } from '../support/custom-pages';
import { giveI18n } from '../support/english';
import { type FakeAnswer, fakeFetch } from '../support/fake-fetch';
import { storedState } from '../support/storage';
import { CLAUDE, realPages, refresh, settle, startWorker, stopWorker } from '../support/worker-harness';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
// The notification policy is not under test here (it has its own tests): the poll decides nothing.
vi.mock('../../../src/background/decide', () => ({
  decideNotice: (...[, ledger]: Parameters<typeof decideNotice>): ReturnType<typeof decideNotice> => ({
    ledger,
    notice: undefined,
  }),
}));

const OPENAI = 'https://status.openai.com/proxy/status.openai.com';
const PAGE_URL = PAGE.sources[0]?.url ?? '';

let routes: Record<string, FakeAnswer>;
let calls: string[];
/** While set, every request waits for it: a poll held in flight. */
let gate: Promise<void> | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  giveI18n();
  routes = { ...realPages(), [PAGE_URL]: { body: readFixture('statuspage/anthropic-summary-operational-1.json') } };
  const answer = fakeFetch(routes);
  calls = [];
  gate = undefined;
  const held: FetchLike = async (url, init) => {
    calls.push(url);
    if (gate) await gate;
    return answer(url, init);
  };
  vi.stubGlobal('fetch', held);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await fakeBrowser.storage.local.set({ settings: defaultSettings() });
  await startWorker();
  await refresh();
  calls.length = 0;
});

afterEach(() => {
  stopWorker();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function save(change: (settings: Settings) => Settings): Promise<void> {
  await fakeBrowser.storage.local.set({ settings: change(defaultSettings()) });
}

/** How many polls read Claude's page since the test began (every settings here keeps Claude watched). */
function claudeReads(): number {
  return calls.filter((url) => url === CLAUDE).length;
}

/** Starts a poll whose requests wait, once it has read Claude's page, until `release` is called. */
async function heldPoll(): Promise<{ poll: Promise<State>; release: () => void }> {
  let open = () => {};
  gate = new Promise((resolve) => {
    open = resolve;
  });
  const poll = refresh();
  await vi.waitFor(() => expect(claudeReads()).toBe(1));
  return {
    poll,
    release: () => {
      gate = undefined;
      open();
    },
  };
}

describe('the worker follows settings exactly', () => {
  it('a new order polls nothing, and paints the badge again from what is stored', async () => {
    const setTitle = vi.spyOn(fakeBrowser.action, 'setTitle');
    await save((settings) => ({ ...settings, watched: [...settings.watched].reverse() }));
    await vi.waitFor(() => expect(setTitle).toHaveBeenCalled());
    await settle();
    expect(calls).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('a snooze or a notification switch polls nothing', async () => {
    await save((settings) => ({
      ...settings,
      notifications: {
        ...settings.notifications,
        enabled: false,
        snoozes: [{ providerId: 'claude', until: Date.now() + 60_000 }],
      },
    }));
    await settle();
    expect(calls).toEqual([]);
  });

  it('a component choice polls once', async () => {
    // The catalog's choice for claude.ai is its one component; the user adds Claude Code's.
    await save((settings) => ({ ...settings, components: { claude: ['rwppv331jlwc', 'yyzkbfz2thpt'] } }));
    await vi.waitFor(() => expect(claudeReads()).toBe(1));
    await settle();
    expect(claudeReads()).toBe(1);
  });

  it('a page added polls once, and reads the new page', async () => {
    await save((settings) => ({ ...settings, customPages: [PAGE], watched: [...settings.watched, PAGE.id] }));
    await vi.waitFor(async () => expect((await storedState())?.providers[PAGE.id]?.severity).toBe('operational'));
    await settle();
    expect(calls.filter((url) => url === PAGE_URL)).toHaveLength(1);
    expect(claudeReads()).toBe(1);
  });

  it('a change of the watched set polls once, and respects backoff', async () => {
    // OpenAI's page fails twice in a row, so it waits (core/poll/backoff); a scope change does not hammer it.
    routes[OPENAI] = { status: 503, body: 'down' };
    routes['https://status.openai.com/api/v2/summary.json'] = { status: 503, body: 'down' };
    await refresh();
    await refresh();
    expect((await storedState())?.backoff?.[OPENAI]?.retryAt).toBeGreaterThan(Date.now());
    calls.length = 0;
    await save((settings) => ({ ...settings, watched: settings.watched.filter((id) => id !== 'gemini') }));
    await vi.waitFor(() => expect(claudeReads()).toBe(1));
    await settle();
    expect(claudeReads()).toBe(1);
    expect(calls).not.toContain(OPENAI);
  });

  it('a new period moves the alarm and polls nothing', async () => {
    await save((settings) => ({ ...settings, pollMinutes: 7 }));
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get('poll'))?.periodInMinutes).toBe(7));
    await settle();
    expect(calls).toEqual([]);
  });

  it('changes made during a poll are followed by exactly one more poll, which reads them', async () => {
    const first = await heldPoll();
    await save((settings) => ({ ...settings, watched: ['claude', 'chatgpt'] }));
    await save((settings) => ({ ...settings, watched: ['claude', 'claude-api'] }));
    await settle(50);
    // Nothing more starts while the first poll is under way.
    expect(claudeReads()).toBe(1);
    first.release();
    await first.poll;
    await vi.waitFor(async () =>
      expect(Object.keys((await storedState())?.providers ?? {}).sort()).toEqual(['claude', 'claude-api']),
    );
    await settle();
    expect(claudeReads()).toBe(2);
  });

  it('a refresh during a poll still shares it', async () => {
    const first = await heldPoll();
    const second = refresh();
    first.release();
    expect(await second).toEqual(await first.poll);
    await settle();
    expect(claudeReads()).toBe(1);
  });
});

describe('the scope of a poll', () => {
  it('is a set: the order of the watched list and of component choices does not change it', () => {
    const settings = { ...defaultSettings(), components: { claude: ['a', 'b'] } };
    expect(pollScope({ ...settings, watched: [...settings.watched].reverse(), components: { claude: ['b', 'a'] } })).toBe(
      pollScope(settings),
    );
  });

  it('changes with what is watched, the components chosen, and a page added', () => {
    const settings = defaultSettings();
    const scope = pollScope(settings);
    expect(pollScope({ ...settings, watched: settings.watched.slice(1) })).not.toBe(scope);
    expect(pollScope({ ...settings, components: { claude: ['a'] } })).not.toBe(scope);
    expect(pollScope({ ...settings, customPages: [PAGE], watched: [...settings.watched, PAGE.id] })).not.toBe(scope);
    // A page added but not watched is not read.
    expect(pollScope({ ...settings, customPages: [PAGE] })).toBe(scope);
  });
});
