import { useEffect, useState } from 'preact/hooks';
import { loadStoredView, onStoredViewChange, type StoredView } from '../browser/stored-view';

export type { StoredView };

/**
 * What storage holds, read once, and every change after it. Started when the page's script loads, before
 * its first render: the read is one storage call, and a change that lands between the read and the page's
 * subscription is kept for it, not lost (a change seen before the read answers is the newer value).
 */
export interface StoredFeed {
  first: Promise<StoredView>;
  follow(listener: (view: StoredView) => void): () => void;
}

export function openStoredFeed(): StoredFeed {
  let pending: StoredView | undefined;
  let listener: ((view: StoredView) => void) | undefined;
  const stop = onStoredViewChange((view) => {
    if (listener) listener(view);
    else pending = view;
  });
  const first = loadStoredView().then((read) => {
    const newest = pending ?? read;
    pending = undefined;
    return newest;
  });
  return {
    first,
    follow(next) {
      listener = next;
      if (pending) next(pending);
      pending = undefined;
      return () => {
        listener = undefined;
        stop();
      };
    },
  };
}

/**
 * The State and roster from storage, kept current as the worker writes them. With `initial` (read before
 * the first render) the first frame already shows them; without, undefined until the feed's read.
 */
export function useStored(feed: StoredFeed, initial?: StoredView): StoredView | undefined {
  const [stored, setStored] = useState<StoredView | undefined>(initial);
  useEffect(() => {
    let alive = true;
    feed.first
      .then((read) => {
        if (alive) setStored((current) => current ?? read);
      })
      .catch((error: unknown) => console.error('AI Outage Radar: could not read storage', error));
    const stop = feed.follow((view) => setStored(view));
    return () => {
      alive = false;
      stop();
    };
  }, [feed]);
  return stored;
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
