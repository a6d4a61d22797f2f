import { useEffect, useState } from 'preact/hooks';
import type { HistoryView } from '../../core/history/view/view';
import { loadHistoryParts } from './useHistoryParts';

/**
 * The history view, read after the first render (an effect runs after it, and the reader is imported then),
 * so that the first screen never waits for it; then every view the worker writes. Once, when the popup opens on
 * a view that is missing or old, it asks the worker to read what is due; what it reads arrives through storage.
 */
export function useHistoryView(): HistoryView | undefined {
  const [view, setView] = useState<HistoryView | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    let stop = () => {};
    loadHistoryParts()
      .then(async ({ historyIsDue, loadHistoryView, onHistoryViewChange, requestHistoryIfDue }) => {
        if (!alive) return;
        let changed = false;
        stop = onHistoryViewChange((next) => {
          changed = true;
          if (alive) setView(next);
        });
        const read = await loadHistoryView();
        if (!alive) return;
        // A write seen before the read answered is the newer view.
        if (!changed) setView(read);
        if (historyIsDue(read, Date.now())) {
          requestHistoryIfDue().catch((error: unknown) => console.warn('AI Outage Radar: could not ask for the history', error));
        }
      })
      .catch((error: unknown) => console.error('AI Outage Radar: could not read the history', error));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return view;
}
