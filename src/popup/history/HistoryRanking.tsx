import { useState } from 'preact/hooks';
import type { AssistantHistory, HistoryView } from '../../core/history/view/view';
import type { Provider } from '../../core/model';
import { type ReliabilityWindow, rankByReliability } from '../../core/view/reliability';
import { useLocale } from '../../ui/i18n-context';
import { formatCount } from '../../ui/plural';
import { HistoryStrip } from './HistoryStrip';
import { figureText } from './words';

const WINDOWS: readonly ReliabilityWindow[] = [30, 90];

/** An assistant the worker has no history for yet ranks as "no data", after every one with some. */
function historyOf(view: HistoryView, provider: Provider): AssistantHistory {
  return view.assistants[provider.id] ?? { providerId: provider.id, days: [], uptimes: [], basis: 'own' };
}

export function HistoryRanking({ view, listed }: { view: HistoryView; listed: readonly Provider[] }) {
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
