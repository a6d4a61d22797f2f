import { useEffect, useState } from 'preact/hooks';
import { loadSettings, loadState, onStoredChange } from '../browser/storage';
import type { Settings, State } from '../core/model';

export interface Stored {
  state: State;
  settings: Settings;
}

/** State and Settings from storage.local, kept current as the worker writes them. Undefined until first read. */
export function useStored(): [Stored | undefined, (state: State) => void] {
  const [stored, setStored] = useState<Stored | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void Promise.all([loadState(), loadSettings()]).then(([state, settings]) => {
      if (alive) setStored((current) => current ?? { state, settings });
    });
    const stop = onStoredChange((change) =>
      setStored((current) =>
        current ? { state: change.state ?? current.state, settings: change.settings ?? current.settings } : current,
      ),
    );
    return () => {
      alive = false;
      stop();
    };
  }, []);
  const setState = (state: State) => setStored((current) => (current ? { ...current, state } : current));
  return [stored, setState];
}

/** The current time, ticking so that "2 minutes ago" stays true while the popup is open. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
