import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyOwnRecord, type OwnRecord, ownStrip, recordPoll } from '../../../../../src/core/history/own/own-record';
import type { Reading, State } from '../../../../../src/core/model';
import { parseStatuspage } from '../../../../../src/core/platforms/statuspage';
import { MINUTE_MS } from '../../../../../src/core/time';
import { readFixture } from '../../../../fixtures';
import { unwrap } from '../../../support/unwrap';

const POLL_MS = 2 * MINUTE_MS;
const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'];

function reading(file: string): Reading {
  return unwrap(parseStatuspage(readFixture(file), { source: file, statusPageUrl: 'https://status.claude.com', fetchedAt: '' }));
}
/** Real pages: Claude's with an open incident (a partial outage as scoped), and the same page all clear. */
const OUTAGE = reading('statuspage/anthropic-summary-unresolved-major-monitoring-1.json');
const QUIET = reading('statuspage/anthropic-summary-operational-1.json');

type Seen = 'outage' | 'quiet' | 'unreadable';
function stateOf(seen: Seen): State {
  if (seen === 'unreadable') {
    const error = { kind: 'timeout' as const, message: 'timed out', source: 's', at: '' };
    return { version: 1, providers: { claude: { severity: 'unknown', checkedAt: '', error } } };
  }
  const read = seen === 'outage' ? OUTAGE : QUIET;
  return { version: 1, providers: { claude: { severity: read.severity, reading: read, checkedAt: '' } } };
}

describe('the radar’s own record, over any run of polls', () => {
  it('every minute of an outage it saw is on the strip, once: never lost, never counted twice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Seen>('outage', 'quiet', 'unreadable'), { minLength: 1, maxLength: 200 }),
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
          const polled = (what: Seen) => seen.slice(1).filter((item) => item === what).length;
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
