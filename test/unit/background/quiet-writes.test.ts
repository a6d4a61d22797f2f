import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readStoredOwnRecord } from '../../../src/core/history/own/stored-own-record';
import type { State } from '../../../src/core/model';
import { readFixture } from '../../fixtures';
import type { FakeAnswer } from '../support/fake-fetch';
import { keysWritten, recordWrites, storedState } from '../support/storage';
import { CLAUDE, firePollAlarm, refresh, serveRealPages, startWorker } from '../support/worker-harness';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/**
 * What each poll writes to storage. A quiet poll (every page says what it said before) moves only times:
 * it writes them, in their own small key, and never the whole State again.
 */
let routes: Record<string, FakeAnswer>;
let written: Record<string, unknown>[];

beforeEach(async () => {
  ({ routes } = serveRealPages());
  await startWorker();
  written = recordWrites();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The alarm fires; resolves with the State once a poll newer than the stored one is stored. */
async function scheduledPoll(): Promise<State> {
  const before = (await storedState())?.checkedAt;
  await new Promise((resolve) => setTimeout(resolve, 5));
  await firePollAlarm();
  return await vi.waitFor(async () => {
    const state = await storedState();
    if (!state || state.checkedAt === before) throw new Error('not polled yet');
    return state;
  });
}

const bytesOf = (items: Record<string, unknown>[]) => items.reduce((sum, item) => sum + JSON.stringify(item).length, 0);

describe('what a poll writes', () => {
  it('a quiet poll writes at most 1 KB, and no State: only the times, and the State read back is current', async () => {
    const first = await refresh();
    expect(bytesOf(written)).toBeGreaterThan(5_000);
    // The alarm's polls: a page the baseline cannot read (a first source answering 404, read from its
    // fallback) waits out its backoff, as it would between real alarms, so nothing but the time moves.
    await scheduledPoll();
    written.length = 0;

    const second = await scheduledPoll();
    const keys = keysWritten(written);
    expect(keys).not.toContain('state');
    expect(keys).toContain('checks');
    expect(bytesOf(written)).toBeLessThanOrEqual(1024);
    // The times moved, and what the popup reads back carries them.
    expect(second.checkedAt).not.toBe(first.checkedAt);
    expect(second.providers['claude-api']?.reading?.fetchedAt).toBe(second.checkedAt);
    expect(second.providers['claude-api']?.checkedAt).toBe(second.checkedAt);
  });

  it('a poll that reads something new writes the State: the change is stored and shown', async () => {
    await refresh();
    written.length = 0;
    routes[CLAUDE] = { body: readFixture('statuspage/anthropic-summary-operational-1.json') };
    const next = await refresh();
    expect(keysWritten(written)).toContain('state');
    expect(next.providers['claude-api']?.severity).toBe('operational');
    expect((await storedState())?.providers['claude-api']?.severity).toBe('operational');
  });

  it('the radar’s own history: an outage is opened once, not rewritten while it lasts, and closed when it ends', async () => {
    const first = await refresh();
    const opened = readStoredOwnRecord((await fakeBrowser.storage.local.get('ownHistory')).ownHistory);
    // Claude's real page has an open incident: its episode is open from this poll.
    expect(opened.providers['claude-api']?.open?.level).toBe('partial_outage');
    expect(opened.providers['claude-api']?.open?.titles?.length).toBeGreaterThan(0);
    // Only trouble is kept: an assistant read as operational has nothing open.
    const quiet = Object.entries(first.providers).filter(([, provider]) => provider.severity === 'operational');
    expect(quiet.length).toBeGreaterThan(5);
    for (const [id] of quiet) expect(opened.providers[id]?.open).toBeUndefined();
    await scheduledPoll();
    written.length = 0;
    await scheduledPoll();
    expect(keysWritten(written)).not.toContain('ownHistory');

    routes[CLAUDE] = { body: readFixture('statuspage/anthropic-summary-operational-1.json') };
    await refresh();
    const closed = readStoredOwnRecord((await fakeBrowser.storage.local.get('ownHistory')).ownHistory);
    expect(closed.providers['claude-api']?.open).toBeUndefined();
    const [day] = Object.values(closed.providers['claude-api']?.days ?? {});
    expect(day?.worst).toBe('partial_outage');
    expect(day?.minutes.partial_outage).toBeGreaterThanOrEqual(1);
  });
});
