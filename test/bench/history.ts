/**
 * What the 90-day history costs (issue 16): the network, from the real payload sizes of each history endpoint
 * (synthetic ones where no capture exists, said so), at the worker's pace (core/history/pages/page-store); and
 * the storage it keeps, measured by building the whole default catalog's history from the captures. Figures
 * only; nothing here passes or fails.
 */
import { gzipSync } from 'node:zlib';
import { readCliHistory } from '../../src/cli/read-history';
import { CATALOG } from '../../src/core/catalog/providers';
import { HISTORY_DAYS, MAX_DAY_TITLES } from '../../src/core/history/model';
import { encodePageHistories, HISTORY_PACE_MS, withRead } from '../../src/core/history/pages/page-store';
import { type HistoryFormat, type HistoryRequest, historyPlans } from '../../src/core/history/pages/plan';
import { encodeHistoryView } from '../../src/core/history/view/stored-view';
import { defaultSettings, watchedProviders } from '../../src/core/settings/settings';
import { DAY_MS } from '../../src/core/time';
import { readFixture, readSynthetic } from '../fixtures';
import { fakeFetch } from '../unit/support/fake-fetch';
import { kb, line, mb, NOT_MODIFIED_BYTES, REQUEST_HEADER_BYTES, RESPONSE_HEADER_BYTES, ratioOf } from './network';

/** The body each format answers with, as captured (or, marked, as the synthetic stand-in where none was). */
const BODY_OF: Record<
  Exclude<HistoryFormat, 'google-workspace' | 'google-cloud' | 'feed'>,
  { text: () => string; note: string }
> = {
  'statuspage-uptime': {
    text: () => readSynthetic('synthetic-statuspage-uptime-showcase.json'),
    note: 'synthetic: 3 components, 90 days',
  },
  'incident-list': {
    text: () => readFixture('statuspage/cursor-v2-incidents-full-50-minor-major-critical-1.json'),
    note: 'Cursor, 50 incidents',
  },
  'incidentio-impacts': {
    text: () => readSynthetic('synthetic-incidentio-component-impacts.json'),
    note: 'Groq, as its page embeds it',
  },
  betterstack: {
    text: () => readFixture('betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json'),
    note: 'Hugging Face',
  },
  'flashduty-structure': {
    text: () => readFixture('flashduty/deepseek-api-summary-structure-90d-impacts-uptimes-1.json'),
    note: 'DeepSeek',
  },
};

const compact = (text: string) => {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
};

/** One history fetch on the wire: the compressed body and both headers; for a feed or Google, the live body's. */
function wireBytes(request: HistoryRequest): { bytes: number; note: string } {
  if (request.format === 'google-workspace' || request.format === 'google-cloud' || request.format === 'feed') {
    const source = CATALOG.flatMap((provider) => provider.sources).find((candidate) => candidate.url === request.url);
    const body = (source?.weightKB ?? 0) * 1000 * (source ? ratioOf(source) : 1);
    return { bytes: body + REQUEST_HEADER_BYTES + RESPONSE_HEADER_BYTES, note: 'the body the poll reads' };
  }
  const { text, note } = BODY_OF[request.format];
  return { bytes: gzipSync(Buffer.from(compact(text()))).length + REQUEST_HEADER_BYTES + RESPONSE_HEADER_BYTES, note };
}

async function storageFigures(nowMs: number): Promise<void> {
  // Every plan's first request answered with its format's capture: the whole catalog's history as it would be kept.
  const plans = historyPlans(CATALOG, nowMs);
  const routes = Object.fromEntries(
    plans.flatMap((plan) => {
      const [first] = plan.requests;
      if (!first) return [];
      const text =
        first.format in BODY_OF
          ? BODY_OF[first.format as keyof typeof BODY_OF].text()
          : readFixture('statuspage/cursor-v2-incidents-full-50-minor-major-critical-1.json');
      return [[first.url, { body: text }]];
    }),
  );
  const { view } = await readCliHistory(fakeFetch(routes), nowMs, 'UTC');
  const viewBytes = JSON.stringify(encodeHistoryView(view)).length;
  // The worst a view can hold: every day of every assistant in trouble, with its three longest titles.
  const title = 'x'.repeat(120);
  const worst = {
    ...view,
    assistants: Object.fromEntries(
      Object.entries(view.assistants).map(([id, history]) => [
        id,
        {
          ...history,
          days: history.days.map((day) => ({
            ...day,
            level: 'major_outage' as const,
            minutes: { degraded: 600, partial_outage: 400, major_outage: 440 },
            titles: Array.from({ length: MAX_DAY_TITLES }, (_, index) => `${index}${title}`.slice(0, 120)),
          })),
        },
      ]),
    ),
  };
  const worstBytes = JSON.stringify(encodeHistoryView(worst)).length;
  let store = { version: 1 as const, pages: {} };
  for (const plan of plans) {
    store = withRead(
      store,
      plan.key,
      Object.fromEntries(plan.providerIds.map((id) => [id, { days: view.assistants[id]?.days ?? [], uptimes: [] }])),
      nowMs,
    );
  }
  console.log(
    `\nHistory storage, every built-in assistant (${Object.keys(view.assistants).length} with a strip), ${HISTORY_DAYS} days`,
  );
  line('the view the popup reads, from the captures', kb(viewBytes));
  line(
    'the pages’ copies the worker keeps beside it, about as much again',
    kb(JSON.stringify(encodePageHistories(store)).length),
  );
  line('the worst case: every day in trouble, three 120-character titles', kb(worstBytes));
}

export async function historyFigures(): Promise<void> {
  const nowMs = Date.parse('2026-09-23T12:00:00Z');
  const plans = historyPlans(watchedProviders(defaultSettings()), nowMs);
  const fetchesADay = DAY_MS / HISTORY_PACE_MS;
  console.log(
    `\nHistory network, default catalog: one request per page, every ${HISTORY_PACE_MS / 3_600_000} h (${fetchesADay} a day)`,
  );
  let withoutValidators = 0;
  for (const plan of plans) {
    const [first] = plan.requests;
    if (!first) continue;
    const { bytes, note } = wireBytes(first);
    withoutValidators += bytes * fetchesADay;
    const name = `${new URL(first.url).host}${new URL(first.url).pathname}`.slice(0, 58);
    line(`  ${name}`, `${kb(bytes)} a fetch, ${kb(bytes * fetchesADay)} a day (${note})`);
  }
  line(`pages (${plans.length}), no host sending validators`, `${mb(withoutValidators)} a day`);
  line(
    'every host revalidating (a 304 each)',
    `${kb(plans.length * fetchesADay * (REQUEST_HEADER_BYTES + NOT_MODIFIED_BYTES))} a day`,
  );
  await storageFigures(nowMs);
}
