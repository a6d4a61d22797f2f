import * as v from 'valibot';
import { isRecord } from './fetch/fields';
import { SEVERITIES, SEVERITY_ORDER } from './severity';

/**
 * What every reader of a stored value shares: a value read back from storage is not trusted (an older
 * build, a hand edit, a disk fault), so it is checked against its schema whole, and what does not fit is
 * replaced by `empty` and said, by the first path that does not fit.
 */

/** A stored severity, and one that must be known (a reading's overall severity, an episode's level). */
export const SEVERITY = v.picklist(SEVERITIES);
export const KNOWN_SEVERITY = v.picklist(SEVERITY_ORDER);

/** valibot's record takes a list as an object keyed by index; ours never is one. */
export function byKey<T extends v.GenericSchema>(schema: T) {
  return v.pipe(
    v.custom<object>((input) => isRecord(input), 'an object was expected'),
    v.record(v.string(), schema),
  );
}

export function firstProblem(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
  return `${path || 'the value'}: ${issue?.message ?? 'does not fit'}`;
}

/** The stored value if it fits; `empty` (and the problem said) if it does not; `empty` silently if none is stored. */
export function readStored<TSchema extends v.GenericSchema>(
  schema: TSchema,
  value: unknown,
  empty: v.InferOutput<TSchema>,
  onProblem?: (problem: string) => void,
): v.InferOutput<TSchema> {
  if (value === undefined) return empty;
  const parsed = v.safeParse(schema, value);
  if (parsed.success) return parsed.output;
  onProblem?.(firstProblem(parsed.issues));
  return empty;
}

/**
 * The same JSON value: what storage would hold for both is equal. Key order does not matter (a value read
 * back from storage or a schema has its own), and a key holding undefined counts as absent, as in storage.
 */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameStoredValue(item, b[index]));
  }
  const left = definedEntries(a);
  const right = new Map(definedEntries(b));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && sameStoredValue(value, right.get(key)));
}

function definedEntries(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, item]) => item !== undefined);
}
