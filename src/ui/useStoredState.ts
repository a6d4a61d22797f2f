import { useEffect, useState } from 'preact/hooks';
import { loadState, onStoredChange } from '../browser/storage';
import type { State } from '../core/model';
import { emptyState } from '../core/state/fold';

/** The worker's last readings, kept current: the components of a page are known only once it was read. */
export function useStoredState(): State {
  const [state, setState] = useState<State>(emptyState);
  useEffect(() => {
    let alive = true;
    let changed = false;
    void loadState().then((loaded) => {
      // A change that arrived meanwhile is newer than what the first read returned.
      if (alive && !changed) setState(loaded);
    });
    const stop = onStoredChange((change) => {
      if (!alive || !change.state) return;
      changed = true;
      setState(change.state);
    });
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return state;
}
