import { describe, expect, it } from 'vitest';
import type { PageHistory, TroubleInterval } from '../../../../../src/core/history/model';
import { parseFlashdutyHistory } from '../../../../../src/core/history/parsers/flashduty';
import { MAX_TITLE_LENGTH } from '../../../../../src/core/platforms/platform';
import { readFixture } from '../../../../fixtures';
import { unwrap } from '../../../support/unwrap';
import { expectMutationsRead, HOSTILE_TITLE, historyProblems, NOT_A_HISTORY } from './history-checks';

const STRUCTURE = readFixture('flashduty/deepseek-api-summary-structure-90d-impacts-uptimes-1.json');

// status.deepseek.com's components (names from its summary/active) and its one section.
const V4_PRO_API = '01KY4MVS8BM3F9JSYWACGQVG7A';
const CHAT = '01KY4ND2PNYT9FY5W4ZH80VGJ4';
const SEARCH = '01KY4ND2PN6EFSJ4RDYDJYPMNK';
const FILE_UPLOAD = '01KY4ND2PNNFFY6QKV67WFJW8N';
const SECTION = '01KY4ND2MQAQKEAGJKTNGREKBR';

interface Doc {
  data: Record<string, Record<string, unknown>[]>;
}

function history(body: string): PageHistory {
  return unwrap(parseFlashdutyHistory(body));
}

function edited(edit: (doc: Doc) => void): string {
  const doc = JSON.parse(STRUCTURE) as Doc;
  edit(doc);
  return JSON.stringify(doc);
}

const at = (iso: string) => Date.parse(iso);

function touching(parsed: PageHistory, componentId: string): TroubleInterval[] {
  return parsed.intervals.filter((interval) => interval.componentIds?.includes(componentId));
}

describe('Flashduty summary/structure: status.deepseek.com, 2026-06-25 to 2026-09-15', () => {
  const parsed = history(STRUCTURE);

  it('every one of the 54 component impacts is an interval; section impacts are not counted again', () => {
    expect(parsed.intervals).toHaveLength(54);
    expect(parsed.intervals.filter((interval) => interval.level === 'major_outage')).toHaveLength(2);
  });

  it('the 2026-09-02 full outage of the V4 Pro API: four minutes, titled in both languages', () => {
    expect(parsed.intervals).toContainEqual({
      startMs: at('2026-09-02T05:54:24Z'),
      endMs: at('2026-09-02T05:58:08Z'),
      level: 'major_outage',
      title: 'DeepSeek 网页/API 部分中断（DeepSeek Web/API partially unavailable)',
      componentIds: [V4_PRO_API],
    });
  });

  it('a change that went partial then degraded is two intervals, one per level', () => {
    const webSearch = touching(parsed, CHAT).filter((interval) => interval.title?.includes('Web Search Service Unavailable'));
    expect(webSearch.map(({ level, startMs, endMs }) => ({ level, startMs, endMs }))).toEqual([
      { level: 'partial_outage', startMs: at('2026-07-22T05:12:18Z'), endMs: at('2026-07-22T08:54:21Z') },
      { level: 'degraded', startMs: at('2026-07-22T08:54:21Z'), endMs: at('2026-07-22T09:05:03Z') },
    ]);
  });

  it('a component in a section names the section too, so that scoping by the section reads it', () => {
    const searchError = touching(parsed, SEARCH).find((interval) => interval.level === 'major_outage');
    expect(searchError).toMatchObject({ title: '搜索服务异常（Search service error）', componentIds: [SEARCH, SECTION] });
    // Top-level components have `section_id: ""`: they name only themselves.
    expect(touching(parsed, V4_PRO_API).every((interval) => interval.componentIds?.length === 1)).toBe(true);
  });

  it('keeps a title as the page wrote it, even without its closing bracket', () => {
    expect(parsed.intervals.at(-1)?.title).toBe('DeepSeek 网页/API 性能下降（DeepSeek Web/API Degraded Performance');
  });

  it('publishes the page’s uptimes for its five components and its section', () => {
    expect(parsed.uptimes).toEqual([
      { percent: 99.9, days: 90, componentId: V4_PRO_API },
      { percent: 99.81, days: 90, componentId: '01KY4MVS8BSBSVW6053QJ37RJE' },
      { percent: 99.79, days: 90, componentId: CHAT },
      { percent: 100, days: 90, componentId: FILE_UPLOAD },
      { percent: 99.89, days: 90, componentId: SEARCH },
      { percent: 99.87, days: 90, componentId: SECTION },
    ]);
  });

  it('has data since the page’s first component, 2024-02-01; no zone is stated, so UTC', () => {
    expect(parsed.dataSinceMs).toBe(at('2024-02-01T00:00:00Z'));
    expect(parsed.timeZone).toBe('UTC');
    expect(parsed.records).toEqual([]);
    expect(historyProblems(parsed)).toEqual([]);
  });
});

describe('Flashduty: what no capture shows', () => {
  it('an impact with no end (or 0) is still going on; a bare `maintenance` is maintenance', () => {
    const parsed = history(
      edited((doc) => {
        doc.data.component_impacts = [
          {
            component_id: V4_PRO_API,
            section_id: '',
            change_id: 1,
            start_at_seconds: 1789000000,
            end_at_seconds: 0,
            status: 'degraded',
          },
          { component_id: CHAT, section_id: SECTION, change_id: 2, start_at_seconds: 1789000000, status: 'maintenance' },
        ];
      }),
    );
    expect(parsed.intervals).toEqual([
      { startMs: 1789000000000, level: 'degraded', componentIds: [V4_PRO_API] },
      { startMs: 1789000000000, level: 'maintenance', componentIds: [CHAT, SECTION] },
    ]);
  });

  it('an impact word it does not know is trouble at the floor; operational is none', () => {
    const parsed = history(
      edited((doc) => {
        doc.data.component_impacts = [
          { component_id: V4_PRO_API, start_at_seconds: 1789000000, end_at_seconds: 1789000600, status: 'meltdown' },
          { component_id: V4_PRO_API, start_at_seconds: 1789000000, end_at_seconds: 1789000600, status: 'operational' },
        ];
      }),
    );
    expect(parsed.intervals.map((interval) => interval.level)).toEqual(['degraded']);
  });
});

describe('bad input: a typed failure or a bounded history, never a throw', () => {
  it.each(NOT_A_HISTORY)('refuses %j', (body) => {
    expect(parseFlashdutyHistory(body).ok).toBe(false);
  });

  it('refuses the other Flashduty answers, which hold no impacts', () => {
    for (const file of [
      'flashduty/deepseek-api-summary-active-no-changes-1.json',
      'flashduty/deepseek-api-change-list-29-resolved-full-outage-partial-degraded-1.json',
    ]) {
      expect(parseFlashdutyHistory(readFixture(file)), file).toMatchObject({ ok: false, failure: { kind: 'bad_payload' } });
    }
  });

  it('leaves out impacts it cannot place; absurd times and uptimes are not read', () => {
    const parsed = history(
      edited((doc) => {
        doc.data.component_impacts = [
          { component_id: V4_PRO_API, start_at_seconds: 'yesterday', status: 'degraded' },
          { component_id: V4_PRO_API, start_at_seconds: 1e21, status: 'degraded' },
          { start_at_seconds: 1789000000, status: 'degraded' },
          { component_id: V4_PRO_API, start_at_seconds: 1789000600, end_at_seconds: 1789000000, status: 'degraded' },
        ];
        doc.data.component_uptimes = [
          { component_id: V4_PRO_API, uptime: 101 },
          { component_id: CHAT, uptime: 'NaN' },
        ];
        doc.data.section_uptimes = [];
      }),
    );
    // An end before its start is an instant, not a negative span.
    expect(parsed.intervals).toEqual([
      { startMs: 1789000600000, endMs: 1789000600000, level: 'degraded', componentIds: [V4_PRO_API] },
    ]);
    expect(parsed.uptimes).toEqual([]);
    expect(parsed.dataSinceMs).toBeUndefined();
  });

  it('a hostile change title is cleaned and cut', () => {
    const parsed = history(
      edited((doc) => {
        for (const change of doc.data.linked_changes ?? []) change.title = HOSTILE_TITLE;
      }),
    );
    for (const interval of parsed.intervals) {
      expect(interval.title?.startsWith('Elevated errors')).toBe(true);
      expect(interval.title?.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    }
    expect(historyProblems(parsed)).toEqual([]);
  });

  it('random edits of the real answer: a bounded history or a typed failure', () => {
    expectMutationsRead(parseFlashdutyHistory, STRUCTURE, 500);
  });
});
