import { useEffect, useState } from 'preact/hooks';

/**
 * Components the popup needs only after its first paint, in a chunk of their own: imported once for every
 * caller, and at once for every render after that. What the popup opens with stays small (issue 15).
 */
export interface LazyParts<T> {
  /** Imports them (once); a failed import is tried again at the next call. */
  load(): Promise<T>;
  /**
   * The parts, once `wanted`: undefined until loaded (a few ms from the extension's own files), and if loading
   * failed, which the console says.
   */
  useParts(wanted: boolean): T | undefined;
}

export function lazyParts<T>(importer: () => Promise<T>, what: string): LazyParts<T> {
  let loading: Promise<T> | undefined;
  let loaded: T | undefined;
  const load = (): Promise<T> => {
    loading ??= importer().then(
      (parts) => {
        loaded = parts;
        return parts;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const useParts = (wanted: boolean): T | undefined => {
    const [parts, setParts] = useState<T | undefined>(() => loaded);
    useEffect(() => {
      if (!wanted || parts) return;
      let alive = true;
      load().then(
        (ready) => {
          if (alive) setParts(ready);
        },
        (error: unknown) => console.error(`AI Outage Radar: could not load ${what}`, error),
      );
      return () => {
        alive = false;
      };
    }, [wanted, parts]);
    return parts;
  };
  return { load, useParts };
}
