import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDue, KB, MAX_PACE_MS, paceMs } from '../../../../src/core/poll/pace';
import { DEFAULT_POLL_MINUTES, MAX_POLL_MINUTES, MIN_POLL_MINUTES } from '../../../../src/core/settings/settings';
import { MINUTE_MS } from '../../../../src/core/time';

const POLL_MS = DEFAULT_POLL_MINUTES * MINUTE_MS;

describe('the pace of a source', () => {
  it.each([
    ['Flashduty summary, 3 KB', 3, 2],
    ['incident.io page JSON, 22 KB', 22, 2],
    ['just under 64 KB', 63.9, 2],
    ['Hugging Face, 81 KB', 81, 4],
    ['DeepSeek change list, 82 KB', 82, 4],
    ['xAI feed, 124 KB', 124, 6],
    ['just under 160 KB', 159.9, 8],
    ['Google Cloud, 169 KB', 169, 10],
    ['Google Workspace, 400 KB', 400, 10],
    ['a runaway 8 MB body', 8000, 10],
  ])('without validators at the default poll: %s every %i minutes', (_, weightKB, minutes) => {
    expect(paceMs(weightKB * KB, false, POLL_MS)).toBe(minutes * MINUTE_MS);
  });

  it('with a validator, or of no known weight, a source is read at every poll', () => {
    expect(paceMs(400 * KB, true, POLL_MS)).toBe(POLL_MS);
    expect(paceMs(0, false, POLL_MS)).toBe(POLL_MS);
    expect(paceMs(Number.NaN, false, POLL_MS)).toBe(POLL_MS);
  });

  it('at any poll period: a whole number of polls, never less than one, never past 10 minutes unless the period is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_POLL_MINUTES, max: MAX_POLL_MINUTES }),
        fc.double({ min: 0, max: 10_000 * KB, noNaN: true }),
        (minutes, bytes) => {
          const poll = minutes * MINUTE_MS;
          const pace = paceMs(bytes, false, poll);
          expect(pace % poll).toBe(0);
          expect(pace).toBeGreaterThanOrEqual(poll);
          expect(pace).toBeLessThanOrEqual(Math.max(poll, MAX_PACE_MS));
        },
      ),
    );
  });

  it('is due from half a poll before its time, and at once when the clock went back', () => {
    const last = Date.parse('2026-10-08T00:00:00Z');
    const pace = 6 * MINUTE_MS;
    expect(isDue(last, pace, POLL_MS, last + 4 * MINUTE_MS)).toBe(false);
    expect(isDue(last, pace, POLL_MS, last + 5 * MINUTE_MS - 1)).toBe(false);
    expect(isDue(last, pace, POLL_MS, last + 5 * MINUTE_MS)).toBe(true);
    expect(isDue(last, pace, POLL_MS, last + 6 * MINUTE_MS)).toBe(true);
    expect(isDue(last, pace, POLL_MS, last - MINUTE_MS)).toBe(true);
    expect(isDue(Number.NaN, pace, POLL_MS, last)).toBe(true);
  });
});
