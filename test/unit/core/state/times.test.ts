import { describe, expect, it } from 'vitest';
import type { State } from '../../../../src/core/model';
import { pollIntoState } from '../../../../src/core/poll/cycle';
import { emptyState } from '../../../../src/core/state/fold';
import { joinTimes, splitTimes } from '../../../../src/core/state/times';
import { sameStoredValue } from '../../../../src/core/stored-schema';
import { readFixture } from '../../../fixtures';
import { fakeFetch } from '../../support/fake-fetch';
import {
  CLAUDE_INCIDENT,
  CLAUDE_OK,
  CLAUDE_SUMMARY,
  OPENAI_INCIDENT,
  OPENAI_PAGE,
  PROVIDERS,
  poll,
} from '../../support/poll-sequence';

/** The State apart from its times: the body moves only when something a user could see moves. */
const AT = '2026-11-22T12:00:00.000Z';
const LATER = '2026-11-22T12:02:00.000Z';

const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the State and its times, stored apart', () => {
  it('split then joined is the State again, for real readings and for one kept from before', async () => {
    const state = await poll(emptyState(), { [CLAUDE_SUMMARY]: CLAUDE_INCIDENT, [OPENAI_PAGE]: OPENAI_INCIDENT }, AT);
    const { body, times } = splitTimes(state);
    expect(joinTimes(stored(body) as State, times)).toEqual(state);
    // A provider whose times are not the poll's (a reading kept from an earlier poll) keeps its own.
    const claude = state.providers['claude-api'];
    if (!claude?.reading) throw new Error('no Claude API reading');
    const older: State = {
      ...state,
      checkedAt: LATER,
      providers: { ...state.providers, 'claude-api': { ...claude, checkedAt: LATER } },
    };
    const split = splitTimes(older);
    expect(split.times?.except?.['claude-api']).toEqual({ fetchedAt: AT });
    expect(joinTimes(split.body, split.times)).toEqual(older);
  });

  it('two polls that read the same pages have the same body; only the times differ, and they are small', async () => {
    const pages = { [CLAUDE_SUMMARY]: CLAUDE_INCIDENT, [OPENAI_PAGE]: OPENAI_INCIDENT };
    const first = await poll(emptyState(), pages, AT);
    const second = await poll(first, pages, LATER);
    expect(sameStoredValue(stored(splitTimes(first).body), splitTimes(second).body)).toBe(true);
    expect(splitTimes(second).times).toEqual({ checkedAt: LATER });
    expect(JSON.stringify(splitTimes(second).times).length).toBeLessThan(100);
  });

  it('a poll that reads something new has another body', async () => {
    const first = await poll(emptyState(), { [CLAUDE_SUMMARY]: CLAUDE_INCIDENT, [OPENAI_PAGE]: OPENAI_INCIDENT }, AT);
    const second = await poll(first, { [CLAUDE_SUMMARY]: CLAUDE_OK, [OPENAI_PAGE]: OPENAI_INCIDENT }, LATER);
    expect(sameStoredValue(stored(splitTimes(first).body), splitTimes(second).body)).toBe(false);
  });

  it('a body stored before times had their own key is read with its own times', async () => {
    const state = await poll(emptyState(), { [CLAUDE_SUMMARY]: CLAUDE_INCIDENT }, AT);
    expect(joinTimes(state, undefined)).toEqual(state);
  });
});

describe('one poll, one time', () => {
  it('every reading of a poll is dated at its checkedAt, even when the clock moves while it runs', async () => {
    let clock = Date.parse(AT);
    // Every look at the clock finds it a millisecond later, as on a busy machine.
    const ticking = () => {
      clock += 1;
      return clock;
    };
    const fetch = fakeFetch({
      [CLAUDE_SUMMARY]: { body: readFixture(CLAUDE_INCIDENT) },
      [OPENAI_PAGE]: { body: readFixture(OPENAI_INCIDENT) },
    });
    const options = { scheduled: true, pollMs: 120_000, reader: 'test', random: () => 0.5 };
    const { next } = await pollIntoState(emptyState(), PROVIDERS, { fetch, now: ticking, timeoutMs: 1_000 }, options);
    expect(Object.keys(next.providers).length).toBeGreaterThan(3);
    expect(splitTimes(next).times).toEqual({ checkedAt: next.checkedAt });
  });
});
