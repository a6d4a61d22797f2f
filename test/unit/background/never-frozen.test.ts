import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { decideNotice } from '../../../src/background/decide';
import { storedForm } from '../../../src/browser/storage';
import type { State } from '../../../src/core/model';
import { MAX_OUTBOX, MAX_SHOW_ATTEMPTS } from '../../../src/core/notify/stored-notices';
import { shedSteps } from '../../../src/core/state/shed';
import { readFixture } from '../../fixtures';
import { giveI18n } from '../support/english';
import { fakeFetch } from '../support/fake-fetch';
import { noticeAbout } from '../support/notices';
import { CLAUDE_OK } from '../support/poll-sequence';
import { stored, storedState } from '../support/storage';
import { CLAUDE, realPages, refresh, settle, startWorker, stopWorker } from '../support/worker-harness';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/**
 * What the notification policy decides is not under test here (it is being rewritten, and has its own
 * tests): the poll's decision step is replaced, so that each test says what it decides, or that it throws.
 */
type Decide = typeof decideNotice;
type Decided = ReturnType<Decide>;
const decide = vi.hoisted(() => ({
  /** What the next polls decide, given the ledger they read. */
  next: (ledger: Decided['ledger']): Decided => ({ ledger, notice: undefined }),
}));
vi.mock('../../../src/background/decide', () => ({
  decideNotice: (...[, ledger]: Parameters<Decide>): Decided => decide.next(ledger),
}));

let warn: MockInstance<typeof console.warn>;
let error: MockInstance<typeof console.error>;

beforeEach(async () => {
  fakeBrowser.reset();
  giveI18n();
  vi.stubGlobal('fetch', fakeFetch(realPages()));
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
  decide.next = (ledger) => ({ ledger, notice: undefined });
});

afterEach(() => {
  stopWorker();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The poll completed: a State with readings is stored, and the badge shows it (the real pages: two affected). */
async function expectPollCommitted(): Promise<State> {
  const state = await storedState();
  expect(state?.providers['claude-api']?.severity).toBe('partial_outage');
  expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  return state as State;
}

function warnedAbout(key: string): boolean {
  return warn.mock.calls.some((call) => String(call[0]).includes(`"${key}"`));
}

describe('a stored value that does not fit its schema', () => {
  it('a ledger of the old shape, {version:1, providers:{claude:{}}, pending:{}}: replaced, warned, and the poll completes', async () => {
    const corrupted = { version: 1, providers: { claude: {} }, pending: {} };
    await fakeBrowser.storage.local.set({ notified: corrupted });
    await startWorker();
    await refresh();
    await expectPollCommitted();
    expect(warnedAbout('notified')).toBe(true);
    expect(await stored('notified')).not.toEqual(corrupted);
  });

  it.each([
    ['state', 'garbage', 'the stored state is unreadable'],
    ['state', { version: 1, providers: { claude: { severity: 'awful' } } }, 'the stored state is unreadable'],
    ['settings', 'garbage', '"settings"'],
    ['settings', { version: 3, watched: 'claude', pollMinutes: 'often' }, '"settings"'],
    ['notified', 'garbage', '"notified"'],
    ['notified', { version: 2, providers: [], unreadable: 'no' }, '"notified"'],
    ['outbox', 'garbage', '"outbox"'],
    ['outbox', [{ id: 5 }], '"outbox"'],
    ['noticeTargets', 'garbage', '"noticeTargets"'],
    ['noticeTargets', { 'radar-1': { buttons: 'none' } }, '"noticeTargets"'],
  ])('%s = %j: the next poll completes, and the console says which key', async (key, value, said) => {
    await fakeBrowser.storage.local.set({ [key]: value });
    // Notices go through every notice key: the outbox and the targets are read too.
    decide.next = (ledger) => ({ ledger, notice: noticeAbout('radar-poll') });
    await startWorker();
    await refresh();
    await expectPollCommitted();
    await vi.waitFor(() => expect(warn.mock.calls.some((call) => String(call[0]).includes(said))).toBe(true));
    await vi.waitFor(async () => expect(await stored('outbox')).toEqual([]));
  });

  it('settings that do not fit are written back as read, part by part: the good parts are kept', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 3, watched: ['claude', 'chatgpt'], pollMinutes: 'often' } });
    await startWorker();
    await vi.waitFor(async () =>
      expect(await stored('settings')).toMatchObject({ version: 3, watched: ['claude', 'chatgpt'], pollMinutes: 2 }),
    );
    expect(warnedAbout('settings')).toBe(true);
  });
});

describe('deciding notices fails', () => {
  it('the State and the badge are committed all the same, with the previous ledger and no notice', async () => {
    const ledger = { version: 2, providers: {}, unreadable: ['claude'] };
    await fakeBrowser.storage.local.set({ notified: ledger });
    decide.next = () => {
      throw new Error('the policy broke');
    };
    await startWorker();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const answered = await refresh();
    expect(answered.providers['claude-api']?.severity).toBe('partial_outage');
    await expectPollCommitted();
    expect(await stored('notified')).toEqual(ledger);
    expect(create).not.toHaveBeenCalled();
    expect(error.mock.calls.some((call) => String(call[0]).includes('deciding notifications failed'))).toBe(true);
  });
});

/** What a write stores under the State's key, if anything (only States are written there, by the code under test). */
function stateWritten(items: unknown): State | undefined {
  return (items as { state?: State }).state;
}

/** A State that still holds resolved incidents: what shedding leaves out first. */
function carriesHistory(state: State | undefined): boolean {
  return Object.values(state?.providers ?? {}).some((provider) => (provider.reading?.recent?.length ?? 0) > 0);
}

/** A State that still holds the text of an update: what shedding leaves out next. */
function carriesUpdateTexts(state: State | undefined): boolean {
  return Object.values(state?.providers ?? {}).some((provider) =>
    provider.reading?.incidents.some((incident) => (incident.latestUpdate?.body ?? '') !== ''),
  );
}

describe('the storage quota', () => {
  /**
   * storage.local.set refuses, as Chrome does past QUOTA_BYTES, every write of a State that `tooBig` says does
   * not fit: a rule on what the State holds, so the test does not hang on a poll's exact byte count.
   */
  function quotaRefusing(tooBig: (state: State | undefined) => boolean): void {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (tooBig(stateWritten(items))) throw new Error('QUOTA_BYTES quota exceeded');
      await set(items);
    });
  }

  it('a State too big to store: history is shed, the State kept, and it says so', async () => {
    await startWorker();
    const full = await refresh();
    const [withoutRecent] = shedSteps(full);
    if (!withoutRecent) throw new Error('no step to shed');
    // The real pages carry resolved incidents (Google's list is all resolved): there is history to shed.
    expect(carriesHistory(full)).toBe(true);
    expect(JSON.stringify(storedForm(withoutRecent)).length).toBeLessThan(JSON.stringify(storedForm(full)).length - 100);
    quotaRefusing(carriesHistory);
    // Storage lost the State meanwhile: the next poll must write it whole again.
    await fakeBrowser.storage.local.remove('state');

    const answered = await refresh();
    const state = await expectPollCommitted();
    expect(state.shed).toBe(true);
    expect(answered.shed).toBe(true);
    expect(Object.values(state.providers).filter((provider) => provider.reading?.recent)).toEqual([]);
    // What is going on now is all there.
    expect(Object.keys(state.providers).sort()).toEqual(Object.keys(full.providers).sort());
    expect(state.providers['claude-api']?.reading?.incidents).toHaveLength(1);
  });

  it('when even the State without history does not fit, update texts go too', async () => {
    await startWorker();
    const full = await refresh();
    expect(carriesUpdateTexts(full)).toBe(true);
    quotaRefusing((state) => carriesHistory(state) || carriesUpdateTexts(state));
    await fakeBrowser.storage.local.remove('state');

    const state = await refresh();
    expect(state.shed).toBe(true);
    expect(state.providers['claude-api']?.reading?.incidents[0]?.latestUpdate?.body).toBe('');
    expect((await storedState())?.shed).toBe(true);
  });

  it('the next write that fits whole drops the mark', async () => {
    await startWorker();
    await refresh();
    // Only a State without its history fits now; and a page says something new, so the State is written.
    quotaRefusing(carriesHistory);
    vi.stubGlobal('fetch', fakeFetch({ ...realPages(), [CLAUDE]: { body: readFixture(CLAUDE_OK) } }));
    expect((await refresh()).shed).toBe(true);
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    vi.stubGlobal('fetch', fakeFetch(realPages()));
    const state = await refresh();
    expect(state.shed).toBeUndefined();
    expect((await storedState())?.shed).toBeUndefined();
  });
});

describe('showing notices', () => {
  async function queue(...ids: string[]): Promise<void> {
    await fakeBrowser.storage.local.set({ outbox: ids.map((id) => ({ notice: noticeAbout(id), attempts: 0 })) });
  }

  /** notifications.create rejects for these ids, as Chrome does for options it cannot show. */
  function refuse(ids: readonly string[]): MockInstance {
    // The fake's create is overloaded (callbacks, no id); the worker always calls it as (id, options).
    type Create = (id: string, options: object) => Promise<string>;
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as unknown as Create;
    const refusing: Create = async (id, options) => {
      if (ids.includes(id)) throw new Error('Unable to show the notification');
      return create(id, options);
    };
    return vi
      .spyOn(fakeBrowser.notifications, 'create')
      .mockImplementation(refusing as unknown as typeof fakeBrowser.notifications.create);
  }

  async function shownIds(): Promise<string[]> {
    return Object.keys(await fakeBrowser.notifications.getAll());
  }

  it('one refused notice does not block the others; it is tried again, then dropped with a warning', async () => {
    await queue('radar-a', 'radar-b', 'radar-c');
    const create = refuse(['radar-b']);
    await startWorker();
    await vi.waitFor(async () => expect((await shownIds()).sort()).toEqual(['radar-a', 'radar-c']));
    await vi.waitFor(async () => expect(await stored('outbox')).toEqual([{ notice: noticeAbout('radar-b'), attempts: 1 }]));

    for (let attempt = 2; attempt <= MAX_SHOW_ATTEMPTS; attempt += 1) {
      // The next delivery: after the next poll, or at the next worker start.
      if (attempt % 2 === 0) await refresh();
      else {
        stopWorker();
        await startWorker();
      }
      await vi.waitFor(() => expect(create.mock.calls.filter(([id]) => id === 'radar-b')).toHaveLength(attempt));
    }
    await vi.waitFor(async () => expect(await stored('outbox')).toEqual([]));
    expect(warn.mock.calls.some((call) => String(call[0]).includes('gave up showing notice radar-b'))).toBe(true);

    stopWorker();
    await startWorker();
    await settle();
    expect(create.mock.calls.filter(([id]) => id === 'radar-b')).toHaveLength(MAX_SHOW_ATTEMPTS);
    expect((await shownIds()).sort()).toEqual(['radar-a', 'radar-c']);
  });

  it('the outbox never holds more than its bound, however many notices cannot be shown', async () => {
    const ids = Array.from({ length: 15 }, (_, index) => `radar-old-${index}`);
    await queue(...ids);
    refuse([...ids, ...Array.from({ length: 5 }, (_, index) => `radar-new-${index}`)]);
    await startWorker();
    await vi.waitFor(async () => expect(await stored('outbox')).toHaveLength(MAX_OUTBOX));
    for (let index = 0; index < 5; index += 1) {
      decide.next = (ledger) => ({ ledger, notice: noticeAbout(`radar-new-${index}`) });
      await refresh();
      const outbox = await stored('outbox');
      expect(Array.isArray(outbox) && outbox.length).toBeLessThanOrEqual(MAX_OUTBOX);
    }
    // The newest is always among those kept.
    expect(JSON.stringify(await stored('outbox'))).toContain('radar-new-4');
  });

  it('a worker stopped while a notice was shown shows it at its next start (an outbox of an older build too)', async () => {
    // Builds before the retry count stored the bare notices.
    await fakeBrowser.storage.local.set({ outbox: [noticeAbout('radar-legacy')] });
    await startWorker();
    await vi.waitFor(async () => expect(await shownIds()).toEqual(['radar-legacy']));
    await vi.waitFor(async () => expect(await stored('outbox')).toEqual([]));
    expect(await stored('noticeTargets')).toEqual({
      'radar-legacy': { openUrl: 'https://status.claude.com', buttons: ['https://status.claude.com'] },
    });
  });
});
