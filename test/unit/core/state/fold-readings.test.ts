import { describe, expect, it } from 'vitest';
import { emptyState, foldResults, isStale } from '../../../../src/core/state/fold';
import { reading, stateOf, timeout } from '../../support/view-states';

describe('folding readings into the state', () => {
  it('a failed poll keeps the last good reading, marks it stale, and reads unknown', () => {
    const first = foldResults(emptyState(), { claude: { ok: true, reading: reading('degraded') } }, '2026-10-07T12:00:00.000Z');
    expect(first.providers.claude).toMatchObject({ severity: 'degraded' });
    expect(isStale(first.providers.claude ?? { severity: 'unknown', checkedAt: '' })).toBe(false);

    const second = foldResults(first, { claude: { ok: false, error: timeout } }, '2026-10-07T12:02:00.000Z');
    const claude = second.providers.claude;
    expect(claude?.severity).toBe('unknown');
    expect(claude?.reading).toEqual(reading('degraded'));
    expect(claude?.error).toEqual(timeout);
    expect(claude && isStale(claude)).toBe(true);
    expect(second.checkedAt).toBe('2026-10-07T12:02:00.000Z');
  });

  it('a failure with nothing read before has no reading at all', () => {
    const state = foldResults(emptyState(), { claude: { ok: false, error: timeout } }, 'now');
    expect(state.providers.claude).toEqual({ severity: 'unknown', error: timeout, failingSince: timeout.at, checkedAt: 'now' });
  });

  it('recovers by itself: the next good read replaces the error', () => {
    const failed = foldResults(emptyState(), { claude: { ok: false, error: timeout } }, 'a');
    const recovered = foldResults(failed, { claude: { ok: true, reading: reading('operational') } }, 'b');
    expect(recovered.providers.claude).toEqual({ severity: 'operational', reading: reading('operational'), checkedAt: 'b' });
  });

  it('drops providers no longer polled', () => {
    const before = stateOf({ claude: 'operational', chatgpt: 'degraded' });
    const after = foldResults(before, { claude: { ok: true, reading: reading('operational') } }, 'c');
    expect(Object.keys(after.providers)).toEqual(['claude']);
  });
});
