import { describe, expect, it } from 'vitest';
import { fieldsOf, isRecord } from '../../../../src/core/fetch/fields';

describe('reading a stored or fetched value field by field', () => {
  it('an object has fields; nothing else has', () => {
    expect(fieldsOf({ version: 1 })?.version).toBe(1);
    expect(isRecord({})).toBe(true);
    for (const other of [null, undefined, 0, 'text', true, [], [{ version: 1 }]]) {
      expect(fieldsOf(other), JSON.stringify(other)).toBeUndefined();
      expect(isRecord(other)).toBe(false);
    }
  });
});
