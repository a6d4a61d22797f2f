import { useState } from 'preact/hooks';
import type { HistoryView } from '../../core/history/view/view';
import { hasStatusSource, type Provider } from '../../core/model';
import { useLocale } from '../../ui/i18n-context';
import { HistoryRanking } from './HistoryRanking';

export interface HistorySectionProps {
  view: HistoryView;
  /** The watched assistants in the user's order: the order a tie keeps. */
  watched: readonly Provider[];
}

/**
 * "Last 90 days", closed until asked, after everything else: the first screen stays as it is. Every watched
 * assistant with a status source, most reliable first over 30 or 90 days, each with its figure and its strip.
 * Nothing is drawn while it is closed: ninety marks an assistant are not worth a slower popup nobody opened.
 * It comes in the history's own chunk (history-parts), loaded once the view has been read.
 */
export function HistorySection({ view, watched }: HistorySectionProps) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const listed = watched.filter(hasStatusSource);
  // A view that knows none of them (a damaged or foreign one, or before the worker's first build) says nothing.
  if (!listed.some((provider) => view.assistants[provider.id])) return null;
  return (
    <details class="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="history__summary">{t('historyHeading')}</summary>
      {open && <HistoryRanking view={view} listed={listed} />}
    </details>
  );
}
