import fc from 'fast-check';
import { expect } from 'vitest';
import type { Reading } from '../../../src/core/model';
import { MAX_BODY_LENGTH, MAX_RECENT_INCIDENTS, MAX_TITLE_LENGTH, type Parser } from '../../../src/core/platforms/platform';

/**
 * Property checks shared by the JSON platform parsers: whatever the body, a parser answers a Reading or a
 * typed failure, never a throw, and what it reads keeps the design's bounds (links on the status page's
 * host, clipped text, known severities).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export const PROPERTY_RUNS = 1_000;

const KNOWN = ['operational', 'maintenance', 'degraded', 'partial_outage', 'major_outage'];
const SEVERITIES = [...KNOWN, 'unknown'];
const FAILURES = ['timeout', 'offline', 'http', 'challenge', 'bad_payload', 'partial_view'];

/** Words the parsers branch on, so that mutations reach the interesting paths more often than random text would. */
const TELLING_VALUES: Json[] = [
  null,
  '',
  0,
  -1,
  1e21,
  true,
  [],
  {},
  'operational',
  'degraded_performance',
  'partial_outage',
  'full_outage',
  'under_maintenance',
  'resolved',
  'maintenance',
  'maintenance_in_progress',
  'downtime',
  'degraded',
  'not_monitored',
  'UP',
  'HASISSUES',
  'UNDERMAINTENANCE',
  'MAJOROUTAGE',
  'INPROGRESS',
  'COMPLETED',
  'https://evil.example/incident/x',
  '//evil.example/x',
  'not a date',
  // A lone surrogate: encodeURIComponent throws on it.
  '\uD800',
];

const replacement: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...TELLING_VALUES),
  fc.jsonValue({ maxDepth: 2, stringUnit: 'binary' }) as fc.Arbitrary<Json>,
);

/** Every place in the document a value sits, the root's children first. */
function pathsOf(root: Json): Path[] {
  const paths: Path[] = [];
  const stack: [Json, Path][] = [[root, []]];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) break;
    const [value, path] = next;
    if (value === null || typeof value !== 'object') continue;
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
    for (const key of keys) {
      const child = Array.isArray(value) ? value[key as number] : value[key as string];
      paths.push([...path, key]);
      if (child !== undefined) stack.push([child, [...path, key]]);
    }
  }
  return paths;
}

/** Replace (or, for undefined, delete) the value at `path`. */
function setAt(root: Json, path: Path, value: Json | undefined): void {
  let parent: Json = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return;
    const child: Json | undefined = Array.isArray(parent) ? parent[key as number] : parent[key as string];
    if (child === undefined) return;
    parent = child;
  }
  const last = path[path.length - 1];
  if (last === undefined || parent === null || typeof parent !== 'object') return;
  if (Array.isArray(parent)) {
    if (value === undefined) parent.splice(last as number, 1);
    else parent[last as number] = value;
  } else if (value === undefined) {
    delete parent[last as string];
  } else {
    parent[last as string] = value;
  }
}

/** A real payload with a few values replaced or deleted at random places. */
export function mutatedPayload(body: string): fc.Arbitrary<string> {
  const base = JSON.parse(body) as Json;
  // Paths are taken once, from the real payload: an edit may remove a later path, which then does nothing.
  const paths = pathsOf(base);
  return fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 6 }).map((edits) => {
    const doc = structuredClone(base);
    for (const [pick, value] of edits) {
      const path = paths[pick % Math.max(paths.length, 1)];
      // A copy: a shared value edited later through another path could otherwise come to contain itself.
      if (path) setAt(doc, path, value === undefined ? undefined : structuredClone(value));
    }
    return JSON.stringify(doc);
  });
}

/** Random bodies: any text, any JSON, and JSON dressed in the outer shapes a platform is recognised by. */
export function randomBodies(...dressers: ((inner: Json) => Json)[]): fc.Arbitrary<string> {
  const json = fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }) as fc.Arbitrary<Json>;
  const inner = fc.oneof(json, fc.constantFrom(...TELLING_VALUES));
  return fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.json({ stringUnit: 'binary' }),
    fc.tuple(inner, fc.constantFrom(...dressers)).map(([value, dress]) => JSON.stringify(dress(value))),
  );
}

/** Run the parser and check its answer: a bounded Reading or a typed failure. Any throw fails the property. */
export function expectReadingOrFailure(
  parse: Parser,
  body: string,
  statusPageUrl: string,
  componentIds?: readonly string[],
): void {
  const result = parse(body, {
    source: 'property',
    statusPageUrl,
    fetchedAt: '2026-10-07T03:00:00.000Z',
    ...(componentIds ? { componentIds } : {}),
  });
  // Plain checks gathered into one assertion: a thousand runs of many `expect`s each would be slow.
  const problems = result.ok
    ? problemsOf(result.value, new URL(statusPageUrl).host)
    : FAILURES.includes(result.failure.kind) && typeof result.failure.message === 'string'
      ? []
      : [`untyped failure ${JSON.stringify(result.failure)}`];
  expect(problems).toEqual([]);
}

function problemsOf(reading: Reading, host: string): string[] {
  const problems: string[] = [];
  const check = (fine: boolean, problem: string) => {
    if (!fine) problems.push(problem);
  };
  check(KNOWN.includes(reading.severity), `severity ${reading.severity}`);
  check((reading.recent?.length ?? 0) <= MAX_RECENT_INCIDENTS, 'too much history');
  for (const component of reading.components) {
    check(SEVERITIES.includes(component.severity), `component severity ${component.severity}`);
    check(component.name.length <= MAX_TITLE_LENGTH, `component name of ${component.name.length}`);
  }
  for (const incident of [...reading.incidents, ...(reading.recent ?? [])]) {
    check(SEVERITIES.includes(incident.impact), `impact ${incident.impact}`);
    check(incident.title.length <= MAX_TITLE_LENGTH, `title of ${incident.title.length}`);
    check((incident.latestUpdate?.body.length ?? 0) <= MAX_BODY_LENGTH, 'body too long');
    check(new URL(incident.url).host === host, `link ${incident.url}`);
  }
  for (const maintenance of reading.maintenances) {
    check(maintenance.title.length <= MAX_TITLE_LENGTH, `maintenance title of ${maintenance.title.length}`);
    check(new URL(maintenance.url).host === host, `link ${maintenance.url}`);
  }
  return problems;
}

/** An edit of a body's text: a piece cut, inserted, repeated, or the rest cut off. For bodies that are not JSON (feeds). */
export const textEdit = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 30 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

export type TextEdit = typeof textEdit extends fc.Arbitrary<infer T> ? T : never;

export function editText(body: string, edit: TextEdit): string {
  const at = body.length === 0 ? 0 : edit.at % body.length;
  switch (edit.kind) {
    case 'cut':
      return body.slice(0, at) + body.slice(at + edit.length);
    case 'insert':
      return body.slice(0, at) + edit.text + body.slice(at);
    case 'repeat':
      return body.slice(0, at) + body.slice(at, at + edit.length) + body.slice(at);
    case 'truncate':
      return body.slice(0, at);
  }
}
