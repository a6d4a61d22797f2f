import { describe, expect, it } from 'vitest';
import { emptyFailureDays, readFailureDays, withFailureDay } from '../../../../src/core/traffic/failure-days';

describe('the days the user’s own requests failed', () => {
  it('marks a day once an assistant: marked again, the same record comes back and nothing is written', () => {
    const once = withFailureDay(emptyFailureDays(), ['claude'], '2026-10-08');
    expect(once.days).toEqual({ claude: ['2026-10-08'] });
    expect(withFailureDay(once, ['claude'], '2026-10-08')).toBe(once);
    expect(withFailureDay(once, ['claude', 'chatgpt'], '2026-10-09').days).toEqual({
      claude: ['2026-10-08', '2026-10-09'],
      chatgpt: ['2026-10-09'],
    });
  });

  it('keeps the last 90 days at most', () => {
    let record = emptyFailureDays();
    for (let index = 0; index < 120; index += 1) {
      record = withFailureDay(record, ['claude'], new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10));
    }
    expect(record.days.claude).toHaveLength(90);
    expect(record.days.claude?.at(-1)).toBe('2026-04-30');
  });

  it('reads from storage only day keys, and nothing from what is no record', () => {
    expect(readFailureDays({ version: 1, days: { claude: ['2026-10-08', 'soon', 7], chatgpt: 'x' } }).days).toEqual({
      claude: ['2026-10-08'],
    });
    for (const garbage of [undefined, null, 'x', { version: 2, days: {} }])
      expect(readFailureDays(garbage)).toEqual(emptyFailureDays());
  });
});
