import { describe, expect, it } from 'vitest';
import { providerById } from '../../../../../src/core/catalog/providers';
import { lastDayKeys } from '../../../../../src/core/history/calendar';
import type { HistoryDay } from '../../../../../src/core/history/model';
import type { OwnRecord } from '../../../../../src/core/history/own/own-record';
import { emptyPageHistories, withFailure, withRead } from '../../../../../src/core/history/pages/page-store';
import { historyPlans } from '../../../../../src/core/history/pages/plan';
import { buildHistoryView } from '../../../../../src/core/history/view/build-view';
import type { Provider } from '../../../../../src/core/model';

const NOW = Date.parse('2026-09-29T12:00:00Z');
const ZONE = 'UTC';
const watched = ['claude', 'fal', 'meta-ai'].map((id) => providerById(id)).filter((p): p is Provider => p !== undefined);
const plans = historyPlans(watched, NOW);
const KEY = plans[0]?.key ?? '';
const keys = lastDayKeys(NOW, ZONE, 90);

/** The page's days as read this morning: quiet but one day, and nothing yet of today's afternoon. */
function pageDays(): HistoryDay[] {
  return keys.map((day) =>
    day === '2026-09-22'
      ? { day, level: 'partial_outage', minutes: { partial_outage: 74 }, titles: ['Elevated errors for multiple models'] }
      : { day, level: 'operational', minutes: {}, titles: [] },
  );
}

/** The radar has watched since 25 Sep; it saw 20 minutes of degraded on 28 Sep. */
const own: OwnRecord = {
  version: 1,
  checkedDays: ['2026-09-25', '2026-09-26', '2026-09-27', '2026-09-28', '2026-09-29'],
  providers: {
    claude: { since: '2026-09-25', days: { '2026-09-28': { worst: 'degraded', minutes: { degraded: 20 }, titles: ['Slow'] } } },
    fal: { since: '2026-09-25', days: {} },
  },
};

describe('the strip the popup draws', () => {
  it('is the page’s history, with what the radar saw itself merged in, on 90 days ending today', () => {
    const store = withRead(emptyPageHistories(), KEY, { claude: { days: pageDays(), uptimes: [] } }, NOW - 3_600_000);
    const claude = buildHistoryView(watched, plans, store, own, { nowMs: NOW, timeZone: ZONE }).assistants.claude;
    expect(claude?.basis).toBe('page+own');
    expect(claude?.days).toHaveLength(90);
    expect(claude?.days.at(-1)?.day).toBe('2026-09-29');
    expect(claude?.days.find((day) => day.day === '2026-09-22')?.level).toBe('partial_outage');
    // The page called 28 Sep quiet; the radar saw it degraded: the worse is shown, never hidden.
    expect(claude?.days.find((day) => day.day === '2026-09-28')).toMatchObject({ level: 'degraded', minutes: { degraded: 20 } });
    expect(claude?.readAtMs).toBe(NOW - 3_600_000);
    expect(claude?.failedAtMs).toBeUndefined();
  });

  it('is the radar’s own record for a page that keeps no past (Instatus), with no data before it started watching', () => {
    const fal = buildHistoryView(watched, plans, emptyPageHistories(), own, { nowMs: NOW, timeZone: ZONE }).assistants.fal;
    expect(fal?.basis).toBe('own');
    expect(fal?.days.filter((day) => day.level === 'operational').map((day) => day.day)).toEqual(own.checkedDays);
    expect(fal?.days.filter((day) => day.level === 'no_data')).toHaveLength(85);
    expect(fal?.uptimes).toEqual([]);
  });

  it('says when the page could not be read since its last history, and keeps that history', () => {
    const read = withRead(emptyPageHistories(), KEY, { claude: { days: pageDays(), uptimes: [] } }, NOW - 8 * 3_600_000);
    const failed = withFailure(read, KEY, 'offline', NOW - 3_600_000);
    const claude = buildHistoryView(watched, plans, failed, own, { nowMs: NOW, timeZone: ZONE }).assistants.claude;
    expect(claude?.failedAtMs).toBe(NOW - 3_600_000);
    expect(claude?.readAtMs).toBe(NOW - 8 * 3_600_000);
    expect(claude?.days.find((day) => day.day === '2026-09-22')?.level).toBe('partial_outage');
  });

  it('leaves out an assistant with no public status page: it has no past to show', () => {
    const view = buildHistoryView(watched, plans, emptyPageHistories(), own, { nowMs: NOW, timeZone: ZONE });
    expect(Object.keys(view.assistants)).toEqual(['claude', 'fal']);
  });

  it('marks the days the user’s own requests failed, beside what the page and the radar say of them', () => {
    const store = withRead(emptyPageHistories(), KEY, { claude: { days: pageDays(), uptimes: [] } }, NOW);
    const claude = buildHistoryView(watched, plans, store, own, {
      nowMs: NOW,
      timeZone: ZONE,
      ownFailureDays: { claude: ['2026-09-27'], fal: ['2026-09-28'] },
    }).assistants.claude;
    expect(claude?.days.filter((day) => day.ownFailures).map((day) => day.day)).toEqual(['2026-09-27']);
    // The page called it quiet, and says so still: the user's own word is beside it, not in its place.
    expect(claude?.days.find((day) => day.day === '2026-09-27')?.level).toBe('operational');
  });
});
