import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../src/core/catalog/providers';
import type { NotificationSettings, State } from '../../../../src/core/model';
import { ownTrafficNoticeFor } from '../../../../src/core/notify/notification-text';
import { decideOwnTrafficNotices } from '../../../../src/core/notify/own-traffic';
import { defaultNotificationSettings } from '../../../../src/core/settings/settings';
import { MINUTE_MS } from '../../../../src/core/time';
import { noEpisodes, type TrafficEpisodes, withVerdict } from '../../../../src/core/traffic/episodes';
import type { TrafficOutcome } from '../../../../src/core/traffic/model';
import { addSample, emptyRing } from '../../../../src/core/traffic/ring';
import { judgeTraffic } from '../../../../src/core/traffic/rule';
import { SAME_RUN_GAP_MINUTES } from '../../../../src/core/traffic/thresholds';
import { baselineAnswers } from '../../../fake-server/baseline';
import { stateOf } from '../../support/baseline-pages';
import { englishT } from '../../support/english';
import { PROPERTY_RUNS } from '../../support/parser-properties';
import { CLAUDE_OK, CLAUDE_SUMMARY, PROVIDERS, poll } from '../../support/poll-sequence';
import { CLAUDE_AI_DOWN } from './claude-pages';

/**
 * Notifying the user that their own requests keep failing (issue 17), through the real pipeline the worker runs:
 * each request's outcome into the ring, the calm rule, the runs, then the decision, minute after minute. The
 * status pages are Claude's real captured summaries: operational, and (edited) claude.ai in a major outage.
 */
const START_MINUTE = Math.floor(Date.parse('2026-10-08T10:00:00Z') / MINUTE_MS);
const OBSERVED = new Set(['claude']);

let pageOperational: State;
let pageDown: State;

beforeAll(async () => {
  pageOperational = await poll({ version: 1, providers: {} }, { [CLAUDE_SUMMARY]: CLAUDE_OK }, '2026-10-08T10:00:00Z');
  pageDown = await poll({ version: 1, providers: {} }, { [CLAUDE_SUMMARY]: CLAUDE_AI_DOWN }, '2026-10-08T10:00:00Z');
});

const on = (patch: Partial<NotificationSettings> = {}): NotificationSettings => ({
  ...defaultNotificationSettings(),
  ownTraffic: true,
  ...patch,
});

/** One request a minute to Claude, each with its outcome: the minutes at which the user was notified. */
function toldMinutes(
  outcomes: readonly TrafficOutcome[],
  settings: NotificationSettings,
  state: State,
  timeZone = 'UTC',
): number[] {
  let ring = emptyRing();
  let runs: TrafficEpisodes = noEpisodes();
  const told: number[] = [];
  outcomes.forEach((outcome, index) => {
    const minute = START_MINUTE + index;
    ring = addSample(ring, { providerId: 'claude', minute, outcome }, OBSERVED);
    const verdict = judgeTraffic(ring.samples, minute);
    const decision = decideOwnTrafficNotices({
      verdict,
      episodes: withVerdict(runs, verdict, minute),
      settings,
      state,
      nowMs: minute * MINUTE_MS,
      timeZone,
    });
    runs = decision.episodes;
    if (decision.tell.length > 0) told.push(index);
  });
  return told;
}

const failures = (count: number): TrafficOutcome[] => Array.from({ length: count }, () => 'server_error');

describe('notifying of the user’s own failing requests', () => {
  it('the real pages read as the tests need: Claude operational, then claude.ai in a major outage', () => {
    expect(pageOperational.providers.claude?.severity).toBe('operational');
    expect(pageDown.providers.claude?.severity).toBe('major_outage');
  });

  it('is off by default: a run of failures that lasts notifies nothing', () => {
    expect(defaultNotificationSettings().ownTraffic).toBe(false);
    expect(toldMinutes(failures(20), defaultNotificationSettings(), pageOperational)).toEqual([]);
  });

  it('turned on, the third failure in a row notifies, once, however long they go on', () => {
    expect(toldMinutes(failures(40), on(), pageOperational)).toEqual([2]);
  });

  it('a run that flickers (a success now and then) is one outage, told once; a new one after a long calm is told again', () => {
    const flicker: TrafficOutcome[] = [...failures(3), 'ok', ...failures(3), 'ok', ...failures(3)];
    expect(toldMinutes(flicker, on(), pageOperational)).toEqual([2]);
    const calm: TrafficOutcome[] = Array.from({ length: SAME_RUN_GAP_MINUTES + 5 }, () => 'ok');
    expect(toldMinutes([...failures(3), ...calm, ...failures(3)], on(), pageOperational)).toEqual([2, 3 + calm.length + 2]);
  });

  it('once the status page says it is down, the page’s own notices speak: none of these', () => {
    expect(toldMinutes(failures(10), on(), pageDown)).toEqual([]);
  });

  it('the same switch, mutes and snoozes as every notice', () => {
    expect(toldMinutes(failures(10), on({ enabled: false }), pageOperational)).toEqual([]);
    expect(toldMinutes(failures(10), on({ muted: ['claude'] }), pageOperational)).toEqual([]);
    const until = (START_MINUTE + 60) * MINUTE_MS;
    expect(toldMinutes(failures(10), on({ snoozes: [{ providerId: 'claude', until }] }), pageOperational)).toEqual([]);
    // Another assistant's snooze or mute silences nothing of Claude's.
    expect(toldMinutes(failures(4), on({ muted: ['chatgpt'] }), pageOperational)).toEqual([2]);
  });

  it('held back by quiet hours, a run that still lasts is told when they end; one that ended is not', () => {
    // 10:00 UTC start; quiet until 10:05.
    const quiet = on({
      quietHours: { enabled: true, startMinutes: 22 * 60, endMinutes: 10 * 60 + 5, majorOutagesBreakThrough: true },
    });
    expect(toldMinutes(failures(10), quiet, pageOperational)).toEqual([5]);
    expect(toldMinutes([...failures(4), ...Array<TrafficOutcome>(6).fill('ok')], quiet, pageOperational)).toEqual([]);
  });

  it('never for the user’s usage limit, nor for their own network', () => {
    expect(toldMinutes(Array<TrafficOutcome>(10).fill('rate_limited'), on(), pageOperational)).toEqual([]);
    let ring = emptyRing();
    const both = new Set(['claude', 'chatgpt']);
    for (let minute = START_MINUTE; minute < START_MINUTE + 3; minute += 1) {
      for (const providerId of both) ring = addSample(ring, { providerId, minute, outcome: 'network' }, both);
    }
    const verdict = judgeTraffic(ring.samples, START_MINUTE + 2);
    expect(verdict.ownNetwork?.providerIds.sort()).toEqual(['chatgpt', 'claude']);
    const decision = decideOwnTrafficNotices({
      verdict,
      episodes: withVerdict(noEpisodes(), verdict, START_MINUTE + 2),
      settings: on(),
      state: pageOperational,
      nowMs: (START_MINUTE + 2) * MINUTE_MS,
      timeZone: 'UTC',
    });
    expect(decision.tell).toEqual([]);
  });
});

describe('over any run of requests', () => {
  const outcome = fc.constantFrom<TrafficOutcome>('ok', 'server_error', 'overloaded', 'network', 'rate_limited');

  it('safety: never twice within one run, never while off or while the page says it is down', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 60 }), (outcomes) => {
        expect(toldMinutes(outcomes, defaultNotificationSettings(), pageOperational)).toEqual([]);
        expect(toldMinutes(outcomes, on(), pageDown)).toEqual([]);
        const told = toldMinutes(outcomes, on(), pageOperational);
        // Two notices are at least a calm gap apart: a new outage, not the same one again.
        for (let index = 1; index < told.length; index += 1) {
          expect((told[index] ?? 0) - (told[index - 1] ?? 0)).toBeGreaterThan(SAME_RUN_GAP_MINUTES);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('liveness: three failures in a row, with the page saying nothing is wrong, are always told by then', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 30 }), fc.array(outcome, { maxLength: 10 }), (before, after) => {
        const outcomes: TrafficOutcome[] = [...before, 'server_error', 'network', 'overloaded', ...after];
        const told = toldMinutes(outcomes, on(), pageOperational);
        // Told at the third failure, or earlier in the same run.
        const third = before.length + 2;
        expect(told.some((minute) => minute <= third && third - minute <= SAME_RUN_GAP_MINUTES + 3)).toBe(true);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('the notice, on the end-to-end baseline’s real pages (ChatGPT degraded, Claude operational)', () => {
  let baseline: State;
  beforeAll(async () => {
    baseline = await stateOf(baselineAnswers(), '2026-10-08T10:00:00Z');
  });

  it('says the user’s requests are failing beside the page’s own word, leads to the page, and offers a healthy alternative', () => {
    const notice = ownTrafficNoticeFor(['claude'], baseline, CATALOG, englishT, 'en', START_MINUTE);
    expect(notice).toMatchObject({
      id: `radar-own-${START_MINUTE}`,
      title: 'Claude: your requests are failing',
      message: 'Several of your requests in the last minutes failed. Its status page says: Operational.',
      silent: false,
      providerId: 'claude',
      openUrl: 'https://status.claude.com',
    });
    // Gemini: the first healthy chat assistant in the catalog's order (ChatGPT is degraded).
    expect(notice?.switchTo).toEqual({ name: 'Gemini', url: 'https://gemini.google.com/' });
  });

  it('several at once: one notice naming each, one line each, each with its page’s word', () => {
    const notice = ownTrafficNoticeFor(['claude', 'chatgpt'], baseline, CATALOG, englishT, 'en', START_MINUTE);
    expect(notice?.title).toBe('Your requests are failing: Claude and ChatGPT');
    expect(notice?.message.split('\n')).toEqual(['Claude · status page: Operational', 'ChatGPT · status page: Degraded']);
  });

  it('nothing for an assistant the user does not watch', () => {
    expect(ownTrafficNoticeFor(['gemini'], pageOperational, PROVIDERS, englishT, 'en', START_MINUTE)).toBeUndefined();
  });
});
