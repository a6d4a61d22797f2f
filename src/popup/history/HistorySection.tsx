import { useState } from 'preact/hooks';
import type { AssistantHistory, HistoryView } from '../../core/history/view/view';
import type { Provider } from '../../core/model';
import { type ReliabilityWindow, rankByReliability } from '../../core/view/reliability';
import { useLocale } from '../../ui/i18n-context';
import { formatCount } from '../../ui/plural';
import { HistoryStrip } from './HistoryStrip';
import { figureText } from './words';

const WINDOWS: readonly ReliabilityWindow[] = [30, 90];

export interface HistorySectionProps {
  view: HistoryView;
  /** The watched assistants in the user's order: the order a tie keeps. */
  watched: readonly Provider[];
}

/**
 * "Last 90 days", closed until asked, after everything else: the first screen stays as it is. Every watched
 * assistant with a status source, most reliable first over 30 or 90 days, each with its figure and its strip.
 * Nothing is drawn while it is closed: ninety marks an assistant are not worth a slower popup nobody opened.
 */
export function HistorySection({ view, watched }: HistorySectionProps) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const listed = watched.filter((provider) => provider.sources.length > 0);
  // A view that knows none of them (a damaged or foreign one, or before the worker's first build) says nothing.
  if (!listed.some((provider) => view.assistants[provider.id])) return null;
  return (
    <details class="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="history__summary">{t('historyHeading')}</summary>
      {open && <HistoryRanking view={view} listed={listed} />}
    </details>
  );
}

/** An assistant the worker has no history for yet ranks as "no data", after every one with some. */
function historyOf(view: HistoryView, provider: Provider): AssistantHistory {
  return view.assistants[provider.id] ?? { providerId: provider.id, days: [], uptimes: [], basis: 'own' };
}

function HistoryRanking({ view, listed }: { view: HistoryView; listed: readonly Provider[] }) {
  const { t, language } = useLocale();
  const [span, setSpan] = useState<ReliabilityWindow>(30);
  const byId = new Map(listed.map((provider) => [provider.id, provider]));
  const figures = rankByReliability(
    listed.map((provider) => historyOf(view, provider)),
    span,
  );
  return (
    <div class="history__body">
      <fieldset class="history__window">
        <legend class="history__window-label">{t('historyRankLabel')}</legend>
        {WINDOWS.map((days) => (
          <button key={days} type="button" class="history__choice" aria-pressed={span === days} onClick={() => setSpan(days)}>
            {t('historyWindowDays', formatCount(days, language))}
          </button>
        ))}
      </fieldset>
      <ol class="history__list">
        {figures.map((figure) => {
          const provider = byId.get(figure.providerId);
          const history = view.assistants[figure.providerId];
          if (!provider) return null;
          return (
            <li key={provider.id} class="history__row" data-provider={provider.id}>
              <div class="history__head">
                <span class="history__name">{provider.name}</span>
                <span class="history__figure">{figureText(figure, t, language)}</span>
              </div>
              {history && <HistoryStrip history={history} name={provider.name} />}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
