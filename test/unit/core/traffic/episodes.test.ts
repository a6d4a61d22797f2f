import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../../src/core/time';
import { markedTold, noEpisodes, type TrafficEpisodes, withVerdict } from '../../../../src/core/traffic/episodes';
import type { TrafficVerdict } from '../../../../src/core/traffic/rule';
import { KEEP_RUN_MINUTES, SAME_RUN_GAP_MINUTES } from '../../../../src/core/traffic/thresholds';
import { readEpisodes } from '../../../../src/core/traffic/verdict';
import { ownLeadMinutes } from '../../../../src/core/view/own-traffic';

const AT = 29_000_000;

const failing = (providerId: string, sinceMinute: number): TrafficVerdict => ({
  warnings: [{ kind: 'failing', providerId, sinceMinute, failures: 3, outcomes: ['server_error'] }],
});
const calm: TrafficVerdict = { warnings: [] };

describe('the runs of the user’s own failing requests', () => {
  it('a failing verdict begins a run from its first failure; the next ones extend it; a calm verdict changes nothing', () => {
    const begun = withVerdict(noEpisodes(), failing('claude', AT - 2), AT);
    expect(begun.episodes).toEqual([{ providerId: 'claude', firstMinute: AT - 2, lastMinute: AT }]);
    const extended = withVerdict(begun, failing('claude', AT + 3), AT + 5);
    expect(extended.episodes).toEqual([{ providerId: 'claude', firstMinute: AT - 2, lastMinute: AT + 5 }]);
    // Nothing new: the same object, so that nothing is written.
    expect(withVerdict(extended, calm, AT + 6)).toBe(extended);
    expect(withVerdict(extended, failing('claude', AT + 4), AT + 5)).toBe(extended);
  });

  it('failures again after a long calm are a new run, untold; within the gap they are the same, told run', () => {
    const told = markedTold(withVerdict(noEpisodes(), failing('claude', AT), AT + 2), ['claude'], AT + 2);
    const same = withVerdict(told, failing('claude', AT + 2 + SAME_RUN_GAP_MINUTES), AT + 4 + SAME_RUN_GAP_MINUTES);
    expect(same.episodes).toEqual([
      { providerId: 'claude', firstMinute: AT, lastMinute: AT + 4 + SAME_RUN_GAP_MINUTES, toldMinute: AT + 2 },
    ]);
    const later = AT + 2 + SAME_RUN_GAP_MINUTES + 1;
    const fresh = withVerdict(told, failing('claude', later), later + 2);
    expect(fresh.episodes).toEqual([{ providerId: 'claude', firstMinute: later, lastMinute: later + 2 }]);
  });

  it('one run an assistant, forgotten hours after it was last seen failing: the store stays small', () => {
    let runs: TrafficEpisodes = noEpisodes();
    for (const id of ['claude', 'chatgpt', 'gemini']) runs = withVerdict(runs, failing(id, AT), AT + 1);
    expect(runs.episodes.map((run) => run.providerId)).toEqual(['claude', 'chatgpt', 'gemini']);
    runs = withVerdict(runs, failing('claude', AT + KEEP_RUN_MINUTES), AT + KEEP_RUN_MINUTES + 2);
    expect(runs.episodes.map((run) => run.providerId)).toEqual(['claude']);
  });

  it('read by hand from storage: what is not a run is dropped, and nothing else is carried', () => {
    const stored = {
      version: 1,
      episodes: [
        { providerId: 'claude', firstMinute: AT, lastMinute: AT + 3, toldMinute: AT + 2, url: 'https://claude.ai/x' },
        { providerId: 'chatgpt', firstMinute: AT + 5, lastMinute: AT },
        { providerId: 7, firstMinute: AT, lastMinute: AT },
        'claude',
        null,
      ],
    };
    expect(readEpisodes(stored)).toEqual({
      version: 1,
      episodes: [{ providerId: 'claude', firstMinute: AT, lastMinute: AT + 3, toldMinute: AT + 2 }],
    });
    for (const bad of [undefined, null, 'x', { version: 2, episodes: [] }, { version: 1, episodes: {} }]) {
      expect(readEpisodes(bad)).toEqual(noEpisodes());
    }
  });
});

describe('how much earlier than the status page the user’s own requests failed', () => {
  const iso = (minute: number) => new Date(minute * MINUTE_MS).toISOString();
  const run = { providerId: 'claude', firstMinute: AT, lastMinute: AT + 20 };

  it('the minutes from the run’s first failure to the start the page gives its incident', () => {
    expect(ownLeadMinutes(run, [iso(AT + 14)])).toBe(14);
    // Several incidents: the earliest is when the page first said something.
    expect(ownLeadMinutes(run, [iso(AT + 30), iso(AT + 12)])).toBe(12);
  });

  it('nothing when the page was first, when less than a minute, with no run, or no readable start', () => {
    expect(ownLeadMinutes(run, [iso(AT - 5)])).toBeUndefined();
    expect(ownLeadMinutes(run, [iso(AT)])).toBeUndefined();
    expect(ownLeadMinutes(undefined, [iso(AT + 14)])).toBeUndefined();
    expect(ownLeadMinutes(run, [])).toBeUndefined();
    expect(ownLeadMinutes(run, ['not a time'])).toBeUndefined();
  });

  it('a run that ended long before the incident began is another trouble: no lead is claimed', () => {
    expect(ownLeadMinutes(run, [iso(AT + 20 + SAME_RUN_GAP_MINUTES)])).toBe(20 + SAME_RUN_GAP_MINUTES);
    expect(ownLeadMinutes(run, [iso(AT + 21 + SAME_RUN_GAP_MINUTES)])).toBeUndefined();
  });
});
