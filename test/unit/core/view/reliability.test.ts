import { describe, expect, it } from 'vitest';
import { foldRecords } from '../../../../src/core/history/fold/fold';
import { HISTORY_DAYS, type HistoryDay, type PageHistory } from '../../../../src/core/history/model';
import { parseBetterstackHistory } from '../../../../src/core/history/parsers/betterstack';
import type { AssistantHistory } from '../../../../src/core/history/view/view';
import {
  compareReliability,
  type ReliabilityFigure,
  rankByReliability,
  reliabilityOf,
} from '../../../../src/core/view/reliability';
import { readFixture } from '../../../fixtures';
import { unwrap } from '../../support/unwrap';

/**
 * status.huggingface.co's captured index.json: 90 days of 8 resources, each resource standing in for an
 * assistant (a provider's componentIds scope the records the same way). Noon in New York on the capture's last
 * day, so that the strip ends on 2026-09-18, the page's own last day.
 */
const PAGE: PageHistory = unwrap(
  parseBetterstackHistory(readFixture('betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json')),
);
const NOW = Date.parse('2026-09-18T16:00:00.000Z');

const HUB = '84641'; // outages 2026-07-16 (131 min), 08-06 (3), 08-31 (10); maintenance 09-02 and 09-16
const GIT = '84642'; // outages 07-16 (128 min), 08-06 (4)
const ENDPOINTS_UI = '8379104'; // outages 06-23 (15 min), 07-16 (97); maintenance twice
const ENDPOINTS_API = '8379105'; // maintenance only, 07-22 and 07-30
const INFERENCE = '306621'; // outages 07-19 (7 min), 07-24 (30); maintenance 08-17
const AWS_CDN = '8810148'; // degraded 06-30 (7 min), outages 07-16 (44), 08-06 (4), degraded 08-07 (480)
const GOOGLE_CDN = '8810143'; // operational throughout
const JOBS = '8951453'; // not monitored its first 16 days; outage 07-16 (49 min)

function historyOf(componentId: string): AssistantHistory {
  const records = PAGE.records.filter((record) => record.componentId === componentId);
  const days = foldRecords(records, { nowMs: NOW, timeZone: PAGE.timeZone });
  const uptimes = PAGE.uptimes.filter((uptime) => uptime.componentId === componentId);
  return { providerId: componentId, days, uptimes, basis: 'page', readAtMs: NOW };
}

/** A hand-made strip: `levels` are the last days, the days before them operational. */
function handMade(providerId: string, levels: readonly Partial<HistoryDay>[], filler: HistoryDay['level'] = 'operational') {
  const days: HistoryDay[] = Array.from({ length: HISTORY_DAYS }, (_, index) => ({
    day: `day-${index}`,
    level: filler,
    minutes: {},
    titles: [],
  }));
  levels.forEach((day, index) => {
    const at = HISTORY_DAYS - levels.length + index;
    days[at] = { ...(days[at] as HistoryDay), ...day };
  });
  return { providerId, days, uptimes: [], basis: 'page' } satisfies AssistantHistory;
}

const ids = (figures: readonly ReliabilityFigure[]) => figures.map((figure) => figure.providerId);

describe('the reliability figure, on status.huggingface.co’s 90 days', () => {
  it('the Hub over 90 days: three outage days, their minutes, maintenance summed but not trouble', () => {
    expect(reliabilityOf(historyOf(HUB), 90)).toEqual({
      providerId: HUB,
      window: 90,
      counts: 'minutes',
      minutes: { major_outage: 144, maintenance: 180 },
      troubleDays: 3,
      outageDays: 3,
      noDataDays: 0,
    });
  });

  it('the Hub over the last 30 days (2026-08-20 to 09-18) keeps only the 08-31 outage', () => {
    expect(reliabilityOf(historyOf(HUB), 30)).toMatchObject({
      counts: 'minutes',
      minutes: { major_outage: 10, maintenance: 180 },
      troubleDays: 1,
      outageDays: 1,
    });
  });

  it('degraded days are trouble but not outages', () => {
    expect(reliabilityOf(historyOf(AWS_CDN), 90)).toMatchObject({
      minutes: { degraded: 487, major_outage: 48 },
      troubleDays: 4,
      outageDays: 2,
    });
  });

  it('days the page did not watch are no data, not quiet days', () => {
    expect(reliabilityOf(historyOf(JOBS), 90)).toMatchObject({ noDataDays: 16, outageDays: 1, troubleDays: 1 });
    expect(reliabilityOf(historyOf(JOBS), 30).noDataDays).toBe(0);
  });

  it('ranks the 90 days: fewest outage days, then fewest major minutes; maintenance never counts', () => {
    const all = [HUB, GIT, ENDPOINTS_UI, ENDPOINTS_API, INFERENCE, AWS_CDN, GOOGLE_CDN, JOBS].map(historyOf);
    expect(ids(rankByReliability(all, 90))).toEqual([
      ENDPOINTS_API, // no trouble, two maintenances: tied with Google CDN and first in the order given
      GOOGLE_CDN,
      JOBS, // one outage day
      INFERENCE, // two outage days, 37 minutes
      AWS_CDN, // 48
      ENDPOINTS_UI, // 112
      GIT, // 132
      HUB, // three outage days
    ]);
  });

  it('liveness: over 30 days the Hub, with its 08-31 outage, ranks below Git Hosting, without one', () => {
    const ranked = ids(rankByReliability([historyOf(HUB), historyOf(GIT)], 30));
    expect(ranked).toEqual([GIT, HUB]);
    expect(compareReliability(reliabilityOf(historyOf(HUB), 30), reliabilityOf(historyOf(GIT), 30))).toBeGreaterThan(0);
  });
});

describe('the reliability figure, edge cases', () => {
  it('a window with no data at all ranks after every window with some, even one full of outages', () => {
    const blind = handMade('blind', [], 'no_data');
    const down = handMade(
      'down',
      Array.from({ length: 30 }, () => ({ level: 'major_outage' as const })),
    );
    expect(reliabilityOf(blind, 30)).toEqual({
      providerId: 'blind',
      window: 30,
      counts: 'minutes',
      minutes: {},
      troubleDays: 0,
      outageDays: 0,
      noDataDays: 30,
    });
    expect(ids(rankByReliability([blind, down], 30))).toEqual(['down', 'blind']);
  });

  it('one quiet day watched is not a month: a window known for under half its days ranks after one known for more', () => {
    // The radar's own record of a page it has watched for a day, against a page whose month had one outage.
    const newcomer = handMade('newcomer', [{ level: 'operational' }], 'no_data');
    const watched = handMade('watched', [{ level: 'partial_outage', minutes: { partial_outage: 74 } }]);
    expect(ids(rankByReliability([newcomer, watched], 30))).toEqual(['watched', 'newcomer']);
    // Known for more than half the window, the quieter one is the more reliable again.
    const halfKnown = handMade(
      'half',
      Array.from({ length: 16 }, () => ({ level: 'operational' as const })),
      'no_data',
    );
    expect(ids(rankByReliability([watched, halfKnown], 30))).toEqual(['half', 'watched']);
  });

  it('a history shorter than the window counts the missing days as no data', () => {
    const short = { ...handMade('short', []), days: handMade('short', []).days.slice(-10) };
    expect(reliabilityOf(short, 30).noDataDays).toBe(20);
  });

  it('a trouble day without minutes makes the figure count days, and minutes are then not compared', () => {
    const unknown = handMade('unknown', [{ level: 'partial_outage' }, { level: 'degraded', minutes: { degraded: 5 } }]);
    const known = handMade('known', [{ level: 'partial_outage', minutes: { partial_outage: 1 } }, { level: 'degraded' }]);
    expect(reliabilityOf(unknown, 30)).toMatchObject({ counts: 'days', troubleDays: 2, outageDays: 1 });
    // Equal days, one side without minutes: a tie, kept in the order given, whichever comes first.
    expect(compareReliability(reliabilityOf(unknown, 30), reliabilityOf(known, 30))).toBe(0);
    expect(ids(rankByReliability([known, unknown], 30))).toEqual(['known', 'unknown']);
  });

  it('with both counting minutes, major minutes outweigh partial ones, and partial ones degraded ones', () => {
    const major = handMade('major', [{ level: 'major_outage', minutes: { major_outage: 5 } }]);
    const longDegraded = handMade('long', [
      { level: 'partial_outage', minutes: { partial_outage: 600 } },
      { level: 'degraded', minutes: { degraded: 300 } },
    ]);
    const shortDegraded = handMade('short', [
      { level: 'partial_outage', minutes: { partial_outage: 600 } },
      { level: 'degraded', minutes: { degraded: 1 } },
    ]);
    const partial = handMade('partial', [{ level: 'partial_outage', minutes: { partial_outage: 601 } }]);
    expect(ids(rankByReliability([major, partial, longDegraded, shortDegraded], 30))).toEqual([
      'short',
      'long',
      'partial', // one partial minute more outweighs five hours degraded
      'major', // five major minutes outweigh ten hours of partial outage
    ]);
  });

  it('fewer trouble days decide last; an exact tie keeps the order given', () => {
    const twice = handMade('twice', [
      { level: 'degraded', minutes: { degraded: 1 } },
      { level: 'degraded', minutes: { degraded: 1 } },
    ]);
    const once = handMade('once', [{ level: 'degraded', minutes: { degraded: 2 } }]);
    const quietA = handMade('quiet-a', [{ level: 'maintenance', minutes: { maintenance: 600 } }]);
    const quietB = handMade('quiet-b', []);
    // Two degraded minutes each: the one with them on a single day is the more reliable.
    expect(ids(rankByReliability([twice, once, quietA, quietB], 30))).toEqual(['quiet-a', 'quiet-b', 'once', 'twice']);
    expect(ids(rankByReliability([quietB, quietA], 30))).toEqual(['quiet-b', 'quiet-a']);
  });

  it('no figure at all ranks after any figure, and two absent figures tie', () => {
    const blind = reliabilityOf(handMade('blind', [], 'no_data'), 30);
    expect(compareReliability(blind, undefined)).toBeLessThan(0);
    expect(compareReliability(undefined, blind)).toBeGreaterThan(0);
    expect(compareReliability(undefined, undefined)).toBe(0);
  });
});
