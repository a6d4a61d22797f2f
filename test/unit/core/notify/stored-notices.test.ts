import { describe, expect, it } from 'vitest';
import {
  afterDelivery,
  MAX_OUTBOX,
  MAX_SHOW_ATTEMPTS,
  MAX_TARGETS,
  readStoredOutbox,
  readStoredTargets,
  withQueued,
} from '../../../../src/core/notify/stored-notices';
import { noticeAbout } from '../../support/notices';

function problemsOf(read: (onProblem: (problem: string) => void) => unknown): string[] {
  const problems: string[] = [];
  read((problem) => problems.push(problem));
  return problems;
}

describe('the outbox read back from storage', () => {
  it('reads what the worker writes, and nothing stored as empty, with no problem', () => {
    const outbox = [{ notice: noticeAbout('radar-1'), attempts: 2 }];
    expect(readStoredOutbox(JSON.parse(JSON.stringify(outbox)))).toEqual(outbox);
    expect(problemsOf((onProblem) => readStoredOutbox(undefined, onProblem))).toEqual([]);
    expect(readStoredOutbox(undefined)).toEqual([]);
  });

  it('an older build queued bare notices: each is read as not yet tried', () => {
    expect(readStoredOutbox([noticeAbout('radar-1')])).toEqual([{ notice: noticeAbout('radar-1'), attempts: 0 }]);
  });

  it('a value of another shape is empty, and its first failing path is told', () => {
    for (const value of ['garbage', { 0: noticeAbout('x') }, [{ id: 5 }], [{ notice: noticeAbout('x'), attempts: -1 }]]) {
      expect(readStoredOutbox(value)).toEqual([]);
      expect(problemsOf((onProblem) => readStoredOutbox(value, onProblem))).toHaveLength(1);
    }
    const { title: _, ...untitled } = noticeAbout('x');
    expect(problemsOf((onProblem) => readStoredOutbox([{ notice: untitled, attempts: 0 }], onProblem))[0]).toMatch(/^0/);
  });

  it(`is bounded: the newest ${MAX_OUTBOX} are kept, read or queued`, () => {
    const many = Array.from({ length: MAX_OUTBOX + 5 }, (_, index) => ({ notice: noticeAbout(`radar-${index}`), attempts: 0 }));
    expect(readStoredOutbox(many)).toEqual(many.slice(-MAX_OUTBOX));
    const queued = withQueued(many.slice(0, MAX_OUTBOX), noticeAbout('radar-new'));
    expect(queued).toHaveLength(MAX_OUTBOX);
    expect(queued.at(-1)).toEqual({ notice: noticeAbout('radar-new'), attempts: 0 });
  });

  it('a notice queued again replaces its older copy, and starts its tries again', () => {
    const queued = withQueued([{ notice: noticeAbout('radar-1'), attempts: 2 }], noticeAbout('radar-1'));
    expect(queued).toEqual([{ notice: noticeAbout('radar-1'), attempts: 0 }]);
  });
});

describe('after a delivery', () => {
  it('shown notices leave; failed ones count the try, and are given up at the last one; others stay', () => {
    const outbox = [
      { notice: noticeAbout('shown'), attempts: 0 },
      { notice: noticeAbout('failed-once'), attempts: 0 },
      { notice: noticeAbout('failed-last'), attempts: MAX_SHOW_ATTEMPTS - 1 },
      { notice: noticeAbout('queued-meanwhile'), attempts: 0 },
    ];
    const outcomes = new Map([
      ['shown', 'shown'],
      ['failed-once', 'failed'],
      ['failed-last', 'failed'],
    ] as const);
    expect(afterDelivery(outbox, outcomes)).toEqual({
      left: [
        { notice: noticeAbout('failed-once'), attempts: 1 },
        { notice: noticeAbout('queued-meanwhile'), attempts: 0 },
      ],
      givenUp: [noticeAbout('failed-last')],
    });
  });
});

describe('the targets read back from storage', () => {
  it('reads what the worker writes; another shape is empty and told', () => {
    const targets = { 'radar-1': { openUrl: 'https://status.claude.com', buttons: ['https://status.claude.com'] } };
    expect(readStoredTargets(targets)).toEqual(targets);
    for (const value of ['garbage', [targets['radar-1']], { 'radar-1': { buttons: 'none' } }]) {
      expect(readStoredTargets(value)).toEqual({});
      expect(problemsOf((onProblem) => readStoredTargets(value, onProblem))).toHaveLength(1);
    }
  });

  it(`is bounded to the newest ${MAX_TARGETS}`, () => {
    const many = Object.fromEntries(Array.from({ length: MAX_TARGETS + 3 }, (_, index) => [`radar-${index}`, { buttons: [] }]));
    expect(Object.keys(readStoredTargets(many))).toEqual(Object.keys(many).slice(-MAX_TARGETS));
  });
});
