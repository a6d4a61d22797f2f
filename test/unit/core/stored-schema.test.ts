import { describe, expect, it } from 'vitest';
import { sameStoredValue } from '../../../src/core/stored-schema';

describe('the same stored value', () => {
  it('ignores key order and keys holding undefined, as storage does; sees every other difference', () => {
    expect(sameStoredValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameStoredValue({ a: 1, gone: undefined }, { a: 1 })).toBe(true);
    expect(sameStoredValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameStoredValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameStoredValue({ a: [] }, { a: {} })).toBe(false);
    expect(sameStoredValue({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameStoredValue(undefined, {})).toBe(false);
  });
});
