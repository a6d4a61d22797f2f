import * as v from 'valibot';
import { isRecord } from '../fetch/fields';
import type { ReadErrorKind, SourceMemo, State } from '../model';
import { byKey, firstProblem, KNOWN_SEVERITY, SEVERITY } from '../stored-schema';

/**
 * The State as the worker writes it. Read back from storage it is not trusted (an older build, another
 * extension's data, a hand edit, a disk fault): it must match this schema whole, or it is dropped and the
 * next poll writes a fresh one. Unknown keys are dropped with it, so nothing foreign is carried forward.
 */

/** Every ReadErrorKind, for the schema and for tests that draw from them. */
export const ERROR_KINDS: readonly ReadErrorKind[] = [
  'timeout',
  'offline',
  'http',
  'challenge',
  'bad_payload',
  'redirected',
  'too_large',
  'partial_view',
];
const ERROR_KIND = v.picklist(ERROR_KINDS);
const TEXT = v.string();
const TIME = v.number();
const IDS = v.array(v.string());

const UPDATE = v.object({ status: TEXT, body: TEXT, at: TEXT });

const INCIDENT = v.object({
  id: TEXT,
  title: TEXT,
  status: TEXT,
  impact: SEVERITY,
  startedAt: TEXT,
  updatedAt: TEXT,
  latestUpdate: v.exactOptional(UPDATE),
  url: TEXT,
  componentIds: IDS,
  unstated: v.exactOptional(v.literal(true)),
});

const COMPONENT = v.object({
  id: TEXT,
  name: TEXT,
  severity: SEVERITY,
  status: TEXT,
  groupId: v.exactOptional(TEXT),
});

const MAINTENANCE = v.object({
  id: TEXT,
  title: TEXT,
  status: TEXT,
  scheduledFor: v.exactOptional(TEXT),
  scheduledUntil: v.exactOptional(TEXT),
  inProgress: v.boolean(),
  url: TEXT,
  componentIds: IDS,
});

const READING = v.object({
  severity: KNOWN_SEVERITY,
  incidents: v.array(INCIDENT),
  components: v.array(COMPONENT),
  maintenances: v.array(MAINTENANCE),
  recent: v.exactOptional(v.array(INCIDENT)),
  source: TEXT,
  fetchedAt: TEXT,
  unstated: v.exactOptional(v.literal(true)),
  changesAt: v.exactOptional(TEXT),
  basis: v.exactOptional(v.object({ body: TEXT, scope: TEXT })),
});

const FAILURE_FIELDS = {
  kind: ERROR_KIND,
  message: TEXT,
  status: v.exactOptional(TIME),
  retryAfterMs: v.exactOptional(TIME),
};

const READ_ERROR = v.object({ ...FAILURE_FIELDS, source: TEXT, at: TEXT });

const PROVIDER_STATE = v.object({
  severity: SEVERITY,
  reading: v.exactOptional(READING),
  error: v.exactOptional(READ_ERROR),
  failingSince: v.exactOptional(TEXT),
  checkedAt: TEXT,
});

const BACKOFF = v.object({ failures: TIME, retryAt: TIME, failure: v.object(FAILURE_FIELDS) });

const SOURCE_MEMO = v.object({
  bytes: v.pipe(v.number(), v.finite(), v.minValue(0)),
  validated: v.boolean(),
  changed: v.exactOptional(v.literal(true)),
});

/**
 * The memo of each source is a saving, never a fact anyone reads: an entry that does not fit is dropped alone
 * (that source is then fetched and parsed as if new), and a table that is not one reads as empty, rather than
 * costing the State.
 */
const SOURCES = v.pipe(
  v.unknown(),
  v.transform((input): Record<string, SourceMemo> => {
    if (!isRecord(input)) return {};
    // fromEntries makes own keys, so a key such as "__proto__" stays a key.
    return Object.fromEntries(
      Object.entries(input).flatMap(([url, entry]) => {
        const memo = v.safeParse(SOURCE_MEMO, entry);
        return memo.success ? [[url, memo.output] as const] : [];
      }),
    );
  }),
);

const STATE = v.object({
  version: v.literal(1),
  checkedAt: v.exactOptional(TEXT),
  providers: byKey(PROVIDER_STATE),
  backoff: v.exactOptional(byKey(BACKOFF)),
  sources: v.exactOptional(SOURCES),
  shed: v.exactOptional(v.literal(true)),
});

export type StoredStateRead = { ok: true; state: State } | { ok: false; problem: string };

/** Checks a stored value against the State schema; the problem names the first path that does not fit. */
export function checkStoredState(value: unknown): StoredStateRead {
  const parsed = v.safeParse(STATE, value);
  if (parsed.success) return { ok: true, state: parsed.output };
  return { ok: false, problem: firstProblem(parsed.issues) };
}
