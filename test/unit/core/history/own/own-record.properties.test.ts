import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyOwnRecord, type OwnRecord, ownStrip, recordPoll } from '../../../../../src/core/history/own/own-record';
import type { State } from '../../../../../src/core/model';
import { MINUTE_MS } from '../../../../../src/core/time';
import { OUTAGE, QUIET, stateSeeing } from './seen-states';

const POLL_MS = 2 * MINUTE_MS;
const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'];

type Poll = 'outage' | 'quiet' | 'unreadable';
function stateOf(seen: Poll): State {
  return stateSeeing({ claude: seen === 'outage' ? OUTAGE : seen === 'quiet' ? QUIET : 'unreadable' });
}

describe('the radar’s own record, over any run of polls', () => {
  it('every minute of an outage it saw is on the strip, once: never lost, never counted twice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Poll>('outage', 'quiet', 'unreadable'), { minLength: 1, maxLength: 200 }),
        // Whole minutes: then every midnight falls between two whole minutes, and nothing is rounded.
        fc.integer({ min: 0, max: 5_000_000 }).map((minute) => Date.parse('2026-03-01T00:00:00Z') + minute * MINUTE_MS),
        fc.constantFrom(...ZONES),
        (seen, startMs, timeZone) => {
          let record: OwnRecord = emptyOwnRecord();
          seen.forEach((what, poll) => {
            const nowMs = startMs + poll * POLL_MS;
            record = recordPoll(record, stateOf(what), {
              nowMs,
              timeZone,
              pollMs: POLL_MS,
              ...(poll > 0 ? { previousMs: nowMs - POLL_MS } : {}),
            });
          });
          const strip = ownStrip(record, 'claude', startMs + (seen.length - 1) * POLL_MS, timeZone);
          // Each poll stands for the two minutes since the one before; the very first knows only its moment.
          const polled = (what: Poll) => seen.slice(1).filter((item) => item === what).length;
          const outageMinutes = strip.reduce((sum, day) => sum + (day.minutes.partial_outage ?? 0), 0);
          const uncheckedMinutes = strip.reduce((sum, day) => sum + (day.uncheckedMinutes ?? 0), 0);
          expect(outageMinutes).toBe(2 * polled('outage'));
          expect(uncheckedMinutes).toBe(2 * polled('unreadable'));
          // A day it saw the outage on is never shown as better than the outage.
          for (const day of strip) if (day.minutes.partial_outage) expect(day.level).toBe('partial_outage');
          expect(strip).toHaveLength(90);
        },
      ),
      { numRuns: 150 },
    );
  });
});
