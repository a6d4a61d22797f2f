import fc from 'fast-check';
import { expect } from 'vitest';
import { MAX_DAY_TITLES, type PageHistory } from '../../../../../src/core/history/model';
import { MAX_TITLE_LENGTH } from '../../../../../src/core/platforms/platform';
import type { Result } from '../../../../../src/core/result';
import { MINUTES_A_DAY } from '../../../../../src/core/time';
import { editText, mutatedPayload, textEdit } from '../../../support/parser-properties';

/**
 * Checks shared by the history parsers' tests: whatever the body, a parser answers a bounded PageHistory or
 * a typed failure, and never throws.
 */

export type HistoryParser = (body: string) => Result<PageHistory>;

const TROUBLE = ['maintenance', 'degraded', 'partial_outage', 'major_outage'];
const LEVELS = ['operational', ...TROUBLE];
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for.
const UNCLEAN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/;

/** A title a broken or hostile page could send: controls, bidi overrides, zero-width marks, and 100 KB of it. */
export const HOSTILE_TITLE = `\u0007\u202E Elevated errors\u0000\u200B ${'x'.repeat(100_000)}`;

/** Bodies that are not a history of any platform. */
export const NOT_A_HISTORY = [
  '',
  '   ',
  'not json',
  '{"a":',
  '<!doctype html><html><body>Just a moment…</body></html>',
  'null',
  '42',
  '[]',
  '{}',
];

function titleProblems(title: string | undefined, where: string): string[] {
  if (title === undefined) return [];
  const problems: string[] = [];
  if (title === '' || title.length > MAX_TITLE_LENGTH) problems.push(`${where}: title of ${title.length}`);
  if (UNCLEAN.test(title)) problems.push(`${where}: title not cleaned`);
  return problems;
}

/** Every way a parsed history could break the model's bounds, as text: none is what a test expects. */
export function historyProblems(history: PageHistory): string[] {
  const problems: string[] = [];
  const check = (fine: boolean, problem: string) => {
    if (!fine) problems.push(problem);
  };
  check(typeof history.timeZone === 'string' && history.timeZone !== '', 'no zone');
  for (const record of history.records) {
    check(/^\d{4}-\d{2}-\d{2}$/.test(record.day), `day ${record.day}`);
    check(LEVELS.includes(record.level), `level ${record.level}`);
    for (const [level, minutes] of Object.entries(record.minutes ?? {})) {
      check(TROUBLE.includes(level), `minutes level ${level}`);
      check(Number.isFinite(minutes) && minutes > 0 && minutes <= MINUTES_A_DAY, `minutes ${minutes}`);
    }
    check((record.titles?.length ?? 0) <= MAX_DAY_TITLES, 'too many titles');
    for (const title of record.titles ?? []) problems.push(...titleProblems(title, record.day));
  }
  for (const interval of history.intervals) {
    check(Number.isFinite(interval.startMs), `start ${interval.startMs}`);
    check(interval.endMs === undefined || interval.endMs >= interval.startMs, `end ${interval.endMs} before ${interval.startMs}`);
    check(TROUBLE.includes(interval.level), `interval level ${interval.level}`);
    problems.push(...titleProblems(interval.title, 'interval'));
  }
  for (const uptime of history.uptimes) {
    check(Number.isFinite(uptime.percent) && uptime.percent >= 0 && uptime.percent <= 100, `percent ${uptime.percent}`);
    check(uptime.days > 0, `uptime days ${uptime.days}`);
  }
  check(history.dataSinceMs === undefined || Number.isFinite(history.dataSinceMs), 'data since');
  return problems;
}

/** A bounded history or a typed failure; a throw fails the test where it is thrown. */
export function expectHistoryOrFailure(parse: HistoryParser, body: string): void {
  const result = parse(body);
  const problems = result.ok
    ? historyProblems(result.value)
    : result.failure.kind === 'bad_payload' || result.failure.kind === 'challenge'
      ? []
      : [`untyped failure ${JSON.stringify(result.failure)}`];
  expect(problems).toEqual([]);
}

/** A real payload mutated at random, many times: still a bounded history or a typed failure. */
export function expectMutationsRead(parse: HistoryParser, body: string, numRuns: number): void {
  fc.assert(
    fc.property(mutatedPayload(body), (mutated) => expectHistoryOrFailure(parse, mutated)),
    { numRuns },
  );
}

/** Real bodies edited as text at random (a feed is XML, which mutatedPayload cannot edit): still a bounded history or a typed failure. */
export function expectTextEditsRead(parse: HistoryParser, bodies: readonly string[], numRuns: number): void {
  fc.assert(
    fc.property(fc.constantFrom(...bodies), fc.array(textEdit, { minLength: 1, maxLength: 4 }), (body, edits) =>
      expectHistoryOrFailure(parse, edits.reduce(editText, body)),
    ),
    { numRuns },
  );
}
