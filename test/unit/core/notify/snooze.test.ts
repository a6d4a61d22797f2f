import { describe, expect, it } from 'vitest';
import type { State } from '../../../../src/core/model';
import { activeSnooze } from '../../../../src/core/notify/active-snooze';
import { nextLocalMidnight } from '../../../../src/core/notify/quiet-hours';
import { snoozeOf, withSnooze } from '../../../../src/core/notify/snooze';
import { defaultNotificationSettings } from '../../../../src/core/settings/settings';

const NOW = Date.parse('2026-11-22T15:20:00Z');
const withIncident: State = {
  version: 1,
  providers: {
    'claude-api': {
      severity: 'partial_outage',
      checkedAt: '2026-11-22T15:20:00Z',
      reading: {
        severity: 'partial_outage',
        incidents: [
          {
            id: '978mjkgw6mh7',
            title: 'Elevated errors on platform.claude.com',
            status: 'monitoring',
            impact: 'partial_outage',
            startedAt: '',
            updatedAt: '',
            url: '',
            componentIds: [],
          },
        ],
        components: [],
        maintenances: [],
        source: '',
        fetchedAt: '',
      },
    },
  },
};
const resolved: State = { version: 1, providers: {} };

describe('snoozes', () => {
  it('"for 1 hour" ends an hour from now; "until tomorrow" at the next local midnight', () => {
    expect(snoozeOf('hour', 'claude', NOW, 'UTC')).toEqual({ providerId: 'claude', until: NOW + 3_600_000 });
    expect(snoozeOf('tomorrow', 'claude', NOW, 'Asia/Tokyo')).toEqual({
      providerId: 'claude',
      // 15:20 UTC is 00:20 on the 23rd in Tokyo: the next midnight there is the 24th, 00:00 (15:00 UTC on the 23rd).
      until: Date.parse('2026-11-23T15:00:00Z'),
    });
    expect(nextLocalMidnight(NOW, 'America/New_York')).toBe(Date.parse('2026-11-23T05:00:00Z'));
  });

  it('"until this incident is resolved" lasts while the page lists it', () => {
    const snooze = snoozeOf('incident', 'claude-api', NOW, 'UTC', '978mjkgw6mh7');
    const settings = { ...defaultNotificationSettings(), snoozes: snooze ? [snooze] : [] };
    expect(activeSnooze(settings, 'claude-api', withIncident, NOW)).toEqual(snooze);
    expect(activeSnooze(settings, 'claude-api', resolved, NOW)).toBeUndefined();
    expect(snoozeOf('incident', 'claude-api', NOW, 'UTC')).toBeUndefined();
  });

  it('a new snooze replaces the old one, resuming removes it, and spent ones are dropped', () => {
    const spent = { providerId: 'chatgpt', until: NOW - 1 };
    const settings = { ...defaultNotificationSettings(), snoozes: [spent, { providerId: 'claude-api', until: NOW + 10 }] };
    const replaced = withSnooze(settings, 'claude-api', { providerId: 'claude-api', until: NOW + 99 }, withIncident, NOW);
    expect(replaced.snoozes).toEqual([{ providerId: 'claude-api', until: NOW + 99 }]);
    expect(withSnooze(replaced, 'claude-api', undefined, withIncident, NOW).snoozes).toEqual([]);
  });
});
