import { useEffect, useState } from 'preact/hooks';

type HistoryParts = typeof import('./history-parts');

let loading: Promise<HistoryParts> | undefined;
let loaded: HistoryParts | undefined;

/** Imports the history's components, once for every caller; later renders have them at once. */
export function loadHistoryParts(): Promise<HistoryParts> {
  loading ??= import('./history-parts').then(
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
}

/**
 * The history's components, once `wanted`: undefined until loaded (a few ms from the extension's own files),
 * and if loading failed, which the console says.
 */
export function useHistoryParts(wanted: boolean): HistoryParts | undefined {
  const [parts, setParts] = useState<HistoryParts | undefined>(() => loaded);
  useEffect(() => {
    if (!wanted || parts) return;
    let alive = true;
    loadHistoryParts().then(
      (ready) => {
        if (alive) setParts(ready);
      },
      (error: unknown) => console.error('AI Outage Radar: could not load the history view', error),
    );
    return () => {
      alive = false;
    };
  }, [wanted, parts]);
  return parts;
}
