import { useEffect, useState } from 'preact/hooks';
import { loadStored, onStoredChange } from '../browser/storage';
import type { Settings, State } from '../core/model';

export interface Stored {
  state: State;
  settings: Settings;
}

type StoredChange = { state?: State; settings?: Settings };

/**
 * What storage holds, read once, and every change after it. Started when a page's script loads, before
 * its first render: the read is one storage call, and a change that lands between the read and the page's
 * subscription is kept for it, not lost (a change seen before the read answers is the newer value).
 */
export interface StoredFeed {
  first: Promise<Stored>;
  follow(listener: (change: StoredChange) => void): () => void;
}

export function openStoredFeed(): StoredFeed {
  let pending: StoredChange = {};
  let listener: ((change: StoredChange) => void) | undefined;
  const stop = onStoredChange((change) => {
    if (listener) listener(change);
    else pending = { ...pending, ...change };
  });
  const first = loadStored().then((read) => {
    const newest = { state: pending.state ?? read.state, settings: pending.settings ?? read.settings };
    pending = {};
    return newest;
  });
  return {
    first,
    follow(next) {
      listener = next;
      if (pending.state || pending.settings) next(pending);
      pending = {};
      return () => {
        listener = undefined;
        stop();
      };
    },
  };
}

/**
 * State and Settings from storage.local, kept current as the worker writes them. With `initial` (read
 * before the first render) the first frame already shows them; without, undefined until the feed's read.
 */
export function useStored(feed: StoredFeed, initial?: Stored): [Stored | undefined, (state: State) => void] {
  const [stored, setStored] = useState<Stored | undefined>(initial);
  useEffect(() => {
    let alive = true;
    feed.first
      .then((read) => {
        if (alive) setStored((current) => current ?? read);
      })
      .catch((error: unknown) => console.error('AI Outage Radar: could not read storage', error));
    const stop = feed.follow((change) =>
      setStored((current) =>
        current ? { state: change.state ?? current.state, settings: change.settings ?? current.settings } : current,
      ),
    );
    return () => {
      alive = false;
      stop();
    };
  }, [feed]);
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
