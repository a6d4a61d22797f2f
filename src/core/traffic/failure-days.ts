import { isRecord } from '../fetch/fields';
import { HISTORY_DAYS } from '../history/model';

/**
 * The days on which the user's own requests to an assistant failed (a "failing" verdict), for the history
 * strip: a day key an assistant, in the user's calendar, the last HISTORY_DAYS at most. Nothing else of them.
 */
export interface FailureDays {
  version: 1;
  days: Record<string, string[]>;
}

export function emptyFailureDays(): FailureDays {
  return { version: 1, days: {} };
}

/** With `day` marked for each of `providerIds`; the same object when each was marked already, so nothing is written. */
export function withFailureDay(record: FailureDays, providerIds: readonly string[], day: string): FailureDays {
  const missing = providerIds.filter((id) => !(record.days[id] ?? []).includes(day));
  if (missing.length === 0) return record;
  const days = { ...record.days };
  for (const id of missing) days[id] = [...(days[id] ?? []), day].sort().slice(-HISTORY_DAYS);
  return { version: 1, days };
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** From storage: what is not a list of day keys is dropped, anything else no record is an empty one. */
export function readFailureDays(value: unknown): FailureDays {
  if (!isRecord(value)) return emptyFailureDays();
  const { version, days } = value;
  if (version !== 1 || !isRecord(days)) return emptyFailureDays();
  const read: Record<string, string[]> = {};
  for (const [id, list] of Object.entries(days)) {
    if (!Array.isArray(list)) continue;
    const keys = list.filter((key): key is string => typeof key === 'string' && DAY_KEY.test(key));
    if (keys.length > 0) read[id] = [...new Set(keys)].sort().slice(-HISTORY_DAYS);
  }
  return { version: 1, days: read };
}
