import type { State } from '../model';
import { emptyState } from './fold';
import { checkStoredState } from './stored-state';

/**
 * Values read back from storage are not trusted to have our shape (an older version, another extension
 * build, a hand edit): anything that does not fit is replaced, never crashes a reader. A State that does
 * not fit is dropped whole (the next poll writes a fresh one), and the problem is told to `onProblem`.
 */
export function readStoredState(value: unknown, onProblem?: (problem: string) => void): State {
  if (value === undefined) return emptyState();
  const read = checkStoredState(value);
  if (read.ok) return read.state;
  onProblem?.(read.problem);
  return emptyState();
}
