import { describe, expect, it } from 'vitest';
import { foldRecords } from '../../../../../src/core/history/fold/fold';
import { parseBetterstackHistory } from '../../../../../src/core/history/parsers/betterstack';
import { decodeHistoryView, encodeHistoryView } from '../../../../../src/core/history/view/stored-view';
import type { HistoryView } from '../../../../../src/core/history/view/view';
import { readFixture } from '../../../../fixtures';
import { unwrap } from '../../../support/unwrap';

const NOW = Date.parse('2026-09-29T12:00:00Z');

function huggingFaceView(): HistoryView {
  const history = unwrap(
    parseBetterstackHistory(readFixture('betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json')),
  );
  const days = foldRecords(history.records, { nowMs: NOW, timeZone: history.timeZone });
  return {
    version: 1,
    builtAtMs: NOW,
    assistants: { huggingchat: { providerId: 'huggingchat', days, uptimes: [], basis: 'page', readAtMs: NOW - 1_000 } },
  };
}

describe('the history view in storage', () => {
  it('reads back exactly what was written, from the real 90 days of Hugging Face', () => {
    const view = huggingFaceView();
    const stored = JSON.parse(JSON.stringify(encodeHistoryView(view)));
    expect(decodeHistoryView(stored)).toEqual(view);
    expect(view.assistants.huggingchat?.days.some((day) => day.level !== 'operational')).toBe(true);
  });

  it('keeps a quiet day to one letter: 90 quiet days in under 200 bytes', () => {
    const quiet = huggingFaceView();
    const assistant = quiet.assistants.huggingchat;
    if (!assistant) throw new Error('no assistant');
    assistant.days = assistant.days.map((day) => ({ day: day.day, level: 'operational', minutes: {}, titles: [] }));
    const bytes = JSON.stringify(encodeHistoryView(quiet).assistants.huggingchat).length;
    expect(bytes).toBeLessThan(200);
  });

  it('reads nothing from a value that is not ours, and leaves out only the assistant that is damaged', () => {
    for (const garbage of [undefined, null, 42, 'view', [], { version: 2, builtAtMs: 1, assistants: {} }, { version: 1 }]) {
      expect(decodeHistoryView(garbage)).toBeUndefined();
    }
    const stored = JSON.parse(JSON.stringify(encodeHistoryView(huggingFaceView())));
    stored.assistants.broken = { first: 'yesterday', levels: 'ooo', basis: 'page' };
    stored.assistants.odd = {
      first: '2026-09-01',
      levels: 'oXM',
      basis: 'own',
      notes: { 2: { minutes: { major_outage: 'a lot' }, titles: [7, 'Down'] } },
    };
    const view = decodeHistoryView(stored);
    expect(Object.keys(view?.assistants ?? {})).toEqual(['huggingchat', 'odd']);
    // An unknown letter is a day without data, never a quiet one; a figure that is no number is left out.
    expect(view?.assistants.odd?.days).toEqual([
      { day: '2026-09-01', level: 'operational', minutes: {}, titles: [] },
      { day: '2026-09-02', level: 'no_data', minutes: {}, titles: [] },
      { day: '2026-09-03', level: 'major_outage', minutes: {}, titles: ['Down'] },
    ]);
  });

  it('never draws more marks than a strip holds, whatever the stored value says', () => {
    const stored = {
      version: 1,
      builtAtMs: NOW,
      assistants: { long: { first: '2026-01-01', levels: 'o'.repeat(100_000), basis: 'own' } },
    };
    expect(decodeHistoryView(stored)?.assistants.long?.days.length).toBeLessThanOrEqual(120);
  });
});
