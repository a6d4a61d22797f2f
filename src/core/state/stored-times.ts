import * as v from 'valibot';
import { byKey, readStored } from '../stored-schema';
import type { StoredTimes } from './times';

const TIMES = v.object({
  checkedAt: v.string(),
  except: v.exactOptional(byKey(v.object({ checkedAt: v.exactOptional(v.string()), fetchedAt: v.exactOptional(v.string()) }))),
});

/**
 * The stored times (core/state/times), not trusted: times that do not fit are dropped, and the State's body
 * is then read with the times it carries itself, a poll older at worst; the next poll writes them again.
 */
export function readStoredTimes(value: unknown, onProblem?: (problem: string) => void): StoredTimes | undefined {
  return readStored(v.optional(TIMES), value, undefined, onProblem);
}
