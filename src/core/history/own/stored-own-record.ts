import * as v from 'valibot';
import { SEVERITY_ORDER } from '../../severity';
import { byKey, KNOWN_SEVERITY, readStored } from '../../stored-schema';
import { DAY_MS, MINUTE_MS } from '../../time';
import { emptyOwnRecord, type OwnRecord } from './own-record';

const DAY_KEY = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const MINUTES = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(DAY_MS / MINUTE_MS));
const TROUBLE = v.picklist(SEVERITY_ORDER.filter((level) => level !== 'operational'));

const TITLES = v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(10));

const OWN_DAY = v.object({
  worst: KNOWN_SEVERITY,
  minutes: v.pipe(
    byKey(MINUTES),
    // Every key a trouble level: a stored minute count of some other name would never be shown or pruned.
    v.check((minutes) => Object.keys(minutes).every((key) => v.is(TROUBLE, key)), 'a minute count of an unknown level'),
  ),
  unchecked: v.optional(MINUTES),
  titles: v.optional(TITLES),
});

/** The record as stored: bounded in every list, so that a bad value cannot make the worker carry megabytes. */
const OWN_RECORD = v.object({
  version: v.literal(1),
  checkedDays: v.pipe(v.array(DAY_KEY), v.maxLength(400)),
  providers: byKey(
    v.object({
      since: DAY_KEY,
      days: byKey(OWN_DAY),
      open: v.optional(
        v.object({
          level: v.union([TROUBLE, v.literal('unchecked')]),
          startMs: v.pipe(v.number(), v.finite()),
          titles: v.optional(TITLES),
        }),
      ),
    }),
  ),
});

/** The stored record if it fits, an empty one (the problem said) if not: a bad record costs history, never a poll. */
export function readStoredOwnRecord(value: unknown, onProblem?: (problem: string) => void): OwnRecord {
  // valibot's output for `minutes` is a plain string-keyed record; the check above proves its keys are levels.
  return readStored(OWN_RECORD, value, emptyOwnRecord(), onProblem) as OwnRecord;
}
