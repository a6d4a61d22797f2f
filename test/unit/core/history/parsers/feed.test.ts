import { describe, expect, it } from 'vitest';
import type { PageHistory, TroubleInterval } from '../../../../../src/core/history/model';
import { parseFeedHistory } from '../../../../../src/core/history/parsers/feed';
import { MAX_FEED_LENGTH } from '../../../../../src/core/platforms/feed/feed';
import { MAX_TITLE_LENGTH } from '../../../../../src/core/platforms/platform';
import { readFixture, readSynthetic } from '../../../../fixtures';
import { hostileBody } from '../../../support/hostile-corpus';
import { unwrap } from '../../../support/unwrap';
import { expectTextEditsRead, historyProblems, NOT_A_HISTORY } from './history-checks';

const ANTHROPIC = readFixture('statuspage/anthropic-history-atom-1.xml');
const XAI = readFixture('xai/xai-feed-rss-105items-all-resolved-1.xml');
const DEEPSEEK = readFixture('flashduty/deepseek-feed-rss-excerpt-1.xml');
const TMDB = readFixture('feeds/tmdb-statusiq-site24x7-rss-operational-1.rss');

const at = Date.parse;

function history(body: string): PageHistory {
  return unwrap(parseFeedHistory(body));
}

/** Where an interval is and how bad, for lists where the titles would only repeat the feed. */
function span({ startMs, endMs, level }: TroubleInterval) {
  return { start: new Date(startMs).toISOString(), end: endMs === undefined ? 'open' : new Date(endMs).toISOString(), level };
}

/** A Statuspage update paragraph as status.claude.com's atom escapes it. */
function statuspageUpdate(day: number, time: string, word: string): string {
  return `&lt;p&gt; &lt;small&gt;Sep &lt;var data-var='date'&gt;${day}&lt;/var&gt;, &lt;var data-var='time'&gt;${time}&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt; &lt;strong&gt;${word}&lt;/strong&gt; - Text. &lt;/p&gt;`;
}

describe('Statuspage history.atom: status.claude.com, 2026-09-28 (4 resolved incidents)', () => {
  const parsed = history(ANTHROPIC);

  it('each incident from its first update to its Resolved update, degraded: the feed states no level', () => {
    expect(parsed.intervals).toEqual([
      {
        // Investigating 00:57 … Resolved 02:35 (the entry's `published` is the resolution, 02:35:23, not the start).
        startMs: at('2026-09-22T00:57:00Z'),
        endMs: at('2026-09-22T02:35:00Z'),
        level: 'degraded',
        title: 'Elevated errors for multiple models',
      },
      {
        startMs: at('2026-09-16T16:18:00Z'),
        endMs: at('2026-09-16T16:51:00Z'),
        level: 'degraded',
        title: 'Issues with Google Play subscriptions',
      },
      {
        startMs: at('2026-09-15T09:48:00Z'),
        endMs: at('2026-09-15T11:14:00Z'),
        level: 'degraded',
        title: 'Intermittent error spikes for Claude Mythos 5.1 and Claude Fable 5.1',
      },
      {
        // Identified on Sep 10, resolved four days later: the stamps' year comes from the entry's date.
        startMs: at('2026-09-10T15:54:00Z'),
        endMs: at('2026-09-14T19:14:00Z'),
        level: 'degraded',
        title: 'Degraded functionality for Claude Cowork on Windows',
      },
    ]);
    expect(parsed.timeZone).toBe('UTC');
    expect(historyProblems(parsed)).toEqual([]);
  });

  it('a postmortem posted days later does not stretch the incident: it ends at Resolved', () => {
    const withPostmortem = ANTHROPIC.replace(
      '<content type="html">',
      `<content type="html">${statuspageUpdate(24, '10:00', 'Postmortem')}`,
    );
    expect(span(history(withPostmortem).intervals[0] as TroubleInterval)).toEqual({
      start: '2026-09-22T00:57:00.000Z',
      end: '2026-09-22T02:35:00.000Z',
      level: 'degraded',
    });
  });

  it('a closing word it does not know is history, ending at the entry’s last update', () => {
    const unknownWord = ANTHROPIC.replace('&lt;strong&gt;Resolved&lt;/strong&gt;', '&lt;strong&gt;Resolvido&lt;/strong&gt;');
    expect(span(history(unknownWord).intervals[0] as TroubleInterval)).toEqual({
      start: '2026-09-22T00:57:00.000Z',
      end: '2026-09-22T02:35:23.000Z',
      level: 'degraded',
    });
  });

  it('the RSS form of the same history reads the same', () => {
    expect(history(readSynthetic('synthetic-statuspage-history-rss.xml')).intervals).toEqual(parsed.intervals);
  });

  it('open incidents and a maintenance under way run on (synthetic)', () => {
    const open = history(readSynthetic('synthetic-statuspage-history-atom-open-maintenance.xml'));
    expect(open.intervals.map(span)).toEqual([
      { start: '2026-10-07T08:02:00.000Z', end: 'open', level: 'degraded' },
      { start: '2026-10-07T06:55:00.000Z', end: 'open', level: 'degraded' },
      // From the start of the window it announced ("THIS IS A SCHEDULED EVENT").
      { start: '2026-10-07T06:00:00.000Z', end: 'open', level: 'maintenance' },
      { start: '2026-10-01T23:31:00.000Z', end: '2026-10-01T23:58:00.000Z', level: 'degraded' },
    ]);
    expect(open.intervals[2]?.title).toBe('Database maintenance for Claude Console');
  });
});

describe('xAI feed.xml, 2026-07-07 (105 items, all resolved)', () => {
  const parsed = history(XAI);

  it('every one of the 105 items is an interval: each has a guid and a date, and each is resolved', () => {
    expect(parsed.intervals).toHaveLength(105);
    expect(parsed.intervals.every((interval) => interval.endMs !== undefined)).toBe(true);
    // All say `available`, the state after the fix: no level stated, so the mildest trouble.
    expect(parsed.intervals.every((interval) => interval.level === 'degraded')).toBe(true);
    expect(historyProblems(parsed)).toEqual([]);
  });

  it('each on its product’s slug, as the live parser scopes it', () => {
    const counts = new Map<string, number>();
    for (const interval of parsed.intervals) {
      for (const id of interval.componentIds ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({
      'api-us-west-2': 1,
      'api-eu-west-1': 7,
      'api-us-east-1': 24,
      'api-console': 9,
      'grok-com': 22,
      'grok-in-x': 5,
      'ios-app': 14,
      'android-app': 19,
      'single-sign-on': 4,
    });
  });

  it('from the first update or pubDate to the Resolved line', () => {
    expect(parsed.intervals[0]).toEqual({
      startMs: at('2026-07-07T15:40:26Z'),
      endMs: at('2026-07-07T16:37:02Z'),
      level: 'degraded',
      title: 'Imagine Video 1.5 is experiencing lower success rate and higher latency',
      componentIds: ['api-us-west-2'],
    });
    expect(parsed.intervals.at(-1)).toEqual({
      startMs: at('2025-01-15T20:30:00Z'),
      endMs: at('2025-01-15T23:40:00Z'),
      level: 'degraded',
      title: 'Time Out on grok-2-1212',
      componentIds: ['api-us-east-1'],
    });
  });

  it('the Resolved line wins over an update posted after it; without one, the last update ends it', () => {
    // "Resolved: Sun, 10 May 2026 23:55:00 GMT", and an update the next evening (21:48:16).
    expect(parsed.intervals.find((interval) => interval.title === '4.3 losing conversation context')).toEqual({
      startMs: at('2026-05-10T22:05:21Z'),
      endMs: at('2026-05-10T23:55:00Z'),
      level: 'degraded',
      title: '4.3 losing conversation context',
      componentIds: ['grok-com'],
    });
    // The one item with no Resolved line: pubDate 01:58, its last update at 12:00.
    expect(parsed.intervals.find((interval) => interval.title === 'Console not loading')).toEqual({
      startMs: at('2026-05-18T01:58:00Z'),
      endMs: at('2026-05-18T12:00:00Z'),
      level: 'degraded',
      title: 'Console not loading',
      componentIds: ['api-console'],
    });
  });

  it('an incident listed once per product is one interval per product, each open at xAI’s level (synthetic)', () => {
    const open = history(readSynthetic('synthetic-xai-spacexai-feed-open-outage.xml'));
    expect(open.intervals.map((interval) => ({ ...span(interval), componentIds: interval.componentIds }))).toEqual([
      { start: '2026-10-07T09:31:05.000Z', end: 'open', level: 'major_outage', componentIds: ['grok-com'] },
      { start: '2026-10-07T09:31:05.000Z', end: 'open', level: 'major_outage', componentIds: ['api-us-east-1'] },
      { start: '2026-10-07T08:12:00.000Z', end: 'open', level: 'degraded', componentIds: ['ios-app'] },
      { start: '2026-09-03T13:30:00.000Z', end: '2026-09-03T17:07:07.000Z', level: 'degraded', componentIds: ['grok-com'] },
    ]);
  });
});

describe('Flashduty history.rss: status.deepseek.com, 2026-09-28 (3 resolved items)', () => {
  it('each an instant at its pubDate, the start: an RSS item says no more; on the components it names', () => {
    const parsed = history(DEEPSEEK);
    expect(parsed.intervals).toEqual([
      {
        // Thu, 24 Sep 2026 06:20:46 +0800.
        startMs: at('2026-09-23T22:20:46Z'),
        endMs: at('2026-09-23T22:20:46Z'),
        level: 'degraded',
        title: 'DeepSeek 网页/API 性能下降（DeepSeek Web/API Degraded Performance）',
        componentIds: [
          'DeepSeek V4.1 Flash API服务(API Service)',
          'DeepSeek V4 Pro API服务(API Service)',
          '对话服务(Chatservice)',
        ],
      },
      {
        startMs: at('2026-09-14T18:30:00Z'),
        endMs: at('2026-09-14T18:30:00Z'),
        level: 'degraded',
        title: 'DeepSeek 网页/API 部分中断（DeepSeek Web/API Partially Unavailable）',
        componentIds: ['对话服务(Chatservice)', 'DeepSeek V4.1 Flash API服务(API Service)'],
      },
      {
        // The change list says this one ran 07:02:04 to 07:42:00; the feed gives only its start.
        startMs: at('2026-08-18T07:02:04Z'),
        endMs: at('2026-08-18T07:02:04Z'),
        level: 'degraded',
        title: '搜索服务异常（Search service error）',
        componentIds: ['搜索服务(Search Service)'],
      },
    ]);
  });

  it('open items run on (synthetic)', () => {
    expect(history(readSynthetic('synthetic-flashduty-history-rss-open.xml')).intervals.map(span)).toEqual([
      { start: '2026-10-07T09:48:30.000Z', end: 'open', level: 'degraded' },
      { start: '2026-10-07T07:10:00.000Z', end: 'open', level: 'degraded' },
      { start: '2026-08-18T07:02:04.000Z', end: '2026-08-18T07:02:04.000Z', level: 'degraded' },
    ]);
  });
});

describe('incident.io feed.atom (synthetic)', () => {
  it('open ones at their components’ worst state; operational and scheduled items are no trouble', () => {
    const parsed = history(readSynthetic('synthetic-incidentio-feed-atom.xml'));
    // Of 5 entries: "Codex tasks slow to start" is open with its one component Operational (the live level is
    // operational), and the Batch API upgrade is a maintenance still to come.
    expect(parsed.intervals).toEqual([
      {
        startMs: at('2026-10-07T09:12:44.120Z'),
        level: 'partial_outage',
        title: 'Elevated errors in ChatGPT conversations & voice',
        componentIds: ['Conversations', 'Voice mode'],
      },
      { startMs: at('2026-10-07T08:05:19.003Z'), level: 'degraded', title: 'Some users cannot sign in' },
      {
        // The feed has only `updated`: the last update, which is all it says of when.
        startMs: at('2026-10-05T22:44:27.567Z'),
        endMs: at('2026-10-05T22:44:27.567Z'),
        level: 'degraded',
        title: 'Increased latency on the Responses API',
        componentIds: ['Responses', 'Chat Completions'],
      },
    ]);
  });
});

describe('any other feed: Site24x7 StatusIQ', () => {
  it('TMDB, 2025-10-20: 3 items, each a component reading Operational, so no trouble at all', () => {
    expect(history(TMDB)).toEqual({ timeZone: 'UTC', records: [], intervals: [], uptimes: [] });
  });

  it('a component in trouble is open at its state (synthetic)', () => {
    expect(history(readSynthetic('synthetic-statusiq-rss-major-outage.xml')).intervals).toEqual([
      {
        startMs: at('2026-10-20T15:12:00Z'),
        level: 'major_outage',
        title: 'tmdb-api - Major Outage',
        componentIds: ['tmdb-api'],
      },
      {
        startMs: at('2026-10-20T15:12:00Z'),
        level: 'maintenance',
        title: 'tmdb-image - Under Maintenance',
        componentIds: ['tmdb-image'],
      },
    ]);
  });
});

describe('bad input: a typed failure or a bounded history, never a throw', () => {
  it.each(NOT_A_HISTORY)('refuses %j', (body) => {
    expect(parseFeedHistory(body)).toMatchObject({ ok: false });
  });

  it('refuses XML that is not well formed, XML that is no feed, and a body longer than any feed', () => {
    for (const body of [
      '<rss version="2.0"><channel><item></channel></rss>',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
      `<rss version="2.0"><channel>${' '.repeat(MAX_FEED_LENGTH)}</channel></rss>`,
      readFixture('google/workspace-appsstatus-incidents-reduced-3-resolved-1.json'),
    ]) {
      expect(parseFeedHistory(body)).toMatchObject({ ok: false, failure: { kind: 'bad_payload' } });
    }
  });

  it('an item without a readable date is left out; the rest are kept', () => {
    const undated = DEEPSEEK.replace('<pubDate>Thu, 24 Sep 2026 06:20:46 +0800</pubDate>', '<pubDate>soon</pubDate>');
    expect(history(undated).intervals.map((interval) => interval.startMs)).toEqual([
      at('2026-09-14T18:30:00Z'),
      at('2026-08-18T07:02:04Z'),
    ]);
  });

  it.each([
    ['synthetic-hostile-statuspage-history-atom.xml', 4],
    ['synthetic-hostile-flashduty-history-rss.xml', 3],
  ])('the hostile corpus file %s: %i open intervals, titles and names bounded', (file, count) => {
    const parsed = history(hostileBody(file));
    expect(parsed.intervals).toHaveLength(count);
    expect(parsed.intervals.every((interval) => interval.endMs === undefined)).toBe(true);
    expect(parsed.intervals.every((interval) => (interval.title?.length ?? 0) <= MAX_TITLE_LENGTH)).toBe(true);
    expect(parsed.intervals.flatMap((interval) => interval.componentIds ?? []).every((id) => id.length <= MAX_TITLE_LENGTH)).toBe(
      true,
    );
    expect(historyProblems(parsed)).toEqual([]);
  });

  it('random edits of real and synthetic feeds: a bounded history or a typed failure', () => {
    expectTextEditsRead(
      parseFeedHistory,
      [
        ANTHROPIC,
        DEEPSEEK,
        TMDB,
        firstItems(XAI, 8),
        readSynthetic('synthetic-incidentio-feed-atom.xml'),
        readSynthetic('synthetic-statuspage-history-atom-open-maintenance.xml'),
      ],
      500,
    );
  });
});

/** The real xAI feed cut to its first items, still a whole document: keeps the property runs fast. */
function firstItems(feed: string, count: number): string {
  let end = 0;
  for (let item = 0; item < count; item++) end = feed.indexOf('</item>', end) + '</item>'.length;
  return `${feed.slice(0, end)}\n  </channel>\n</rss>\n`;
}
