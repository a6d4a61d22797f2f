import { describe, expect, it } from 'vitest';
import { providerById } from '../../../../../src/core/catalog/providers';
import type { HistoryDay } from '../../../../../src/core/history/model';
import {
  decodePageHistories,
  duePlans,
  emptyPageHistories,
  encodePageHistories,
  HISTORY_PACE_MS,
  HISTORY_RETRY_MS,
  keepPlans,
  withFailure,
  withRead,
} from '../../../../../src/core/history/pages/page-store';
import { historyPlans } from '../../../../../src/core/history/pages/plan';
import type { Provider } from '../../../../../src/core/model';

const NOW = Date.parse('2026-09-29T12:00:00Z');
const providers = ['claude', 'huggingchat'].map((id) => providerById(id)).filter((p): p is Provider => p !== undefined);
const plans = historyPlans(providers, NOW);
const [claudePlan, hfPlan] = plans;
const KEY = claudePlan?.key ?? '';

const days: HistoryDay[] = [
  { day: '2026-09-28', level: 'operational', minutes: {}, titles: [] },
  { day: '2026-09-29', level: 'partial_outage', minutes: { partial_outage: 42 }, titles: ['Elevated errors'] },
];

describe('when a page’s history is read again', () => {
  it('reads a page never read at once, then not again for hours', () => {
    expect(duePlans(plans, emptyPageHistories(), NOW)).toEqual(plans);
    const read = withRead(emptyPageHistories(), KEY, { claude: { days, uptimes: [] } }, NOW);
    expect(duePlans(plans, read, NOW + HISTORY_PACE_MS - 1)).toEqual([hfPlan]);
    expect(duePlans(plans, read, NOW + HISTORY_PACE_MS)).toEqual(plans);
  });

  it('keeps the last history whole when a read fails, marked with when, and tries again sooner than the pace', () => {
    const read = withRead(emptyPageHistories(), KEY, { claude: { days, uptimes: [] } }, NOW);
    const failed = withFailure(read, KEY, 'the server answered HTTP 503', NOW + HISTORY_PACE_MS);
    expect(failed.pages[KEY]).toEqual({
      triedAtMs: NOW + HISTORY_PACE_MS,
      readAtMs: NOW,
      failedAtMs: NOW + HISTORY_PACE_MS,
      failure: 'the server answered HTTP 503',
      assistants: { claude: { days, uptimes: [] } },
    });
    expect(
      duePlans(
        [claudePlan].flatMap((plan) => plan ?? []),
        failed,
        NOW + HISTORY_PACE_MS + HISTORY_RETRY_MS,
      ),
    ).toHaveLength(1);
    expect(
      duePlans(
        [claudePlan].flatMap((plan) => plan ?? []),
        failed,
        NOW + HISTORY_PACE_MS + HISTORY_RETRY_MS - 1,
      ),
    ).toHaveLength(0);
  });

  it('is not stalled by a clock set back', () => {
    const read = withRead(emptyPageHistories(), KEY, {}, NOW);
    expect(duePlans(plans, read, NOW - 60_000).map((plan) => plan.key)).toContain(KEY);
  });

  it('forgets the pages no longer watched', () => {
    const read = withRead(withRead(emptyPageHistories(), KEY, {}, NOW), 'https://gone.example/index.json', {}, NOW);
    expect(Object.keys(keepPlans(read, plans).pages)).toEqual([KEY]);
  });

  it('reads back what it stored, and drops only a damaged page', () => {
    const read = withRead(
      emptyPageHistories(),
      KEY,
      { claude: { days, uptimes: [{ percent: 99.9, days: 90, componentId: 'x' }] } },
      NOW,
    );
    const stored = JSON.parse(JSON.stringify(encodePageHistories(read)));
    expect(decodePageHistories(stored)).toEqual(read);
    stored.pages.broken = { triedAtMs: 'soon', assistants: {} };
    expect(Object.keys(decodePageHistories(stored).pages)).toEqual([KEY]);
    for (const garbage of [undefined, 'x', { version: 3 }, { version: 1, pages: [] }]) {
      expect(decodePageHistories(garbage)).toEqual(emptyPageHistories());
    }
  });
});
