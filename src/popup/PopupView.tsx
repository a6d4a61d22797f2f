import type { Provider, Settings, State } from '../core/model';
import { activeSnooze, type SnoozeChoice } from '../core/notify/snooze';
import { watchedProviders } from '../core/settings/settings';
import { affectedCategories, alternativesFor } from '../core/view/alternatives';
import { overviewOf } from '../core/view/overview';
import { useLocale } from '../ui/i18n-context';
import { Header } from './Header';
import { OtherList } from './OtherList';
import { ProviderCard } from './ProviderCard';
import { SwitchTo } from './SwitchTo';

export interface PopupViewProps {
  state: State;
  settings: Settings;
  busy: boolean;
  onRefresh: () => void;
  /** Snooze (or, with no choice, resume) one assistant's notifications. */
  onSnooze: (providerId: string, choice: SnoozeChoice | undefined) => void;
  onOpen?: (provider: Provider) => void;
}

export function PopupView({ state, settings, busy, onRefresh, onSnooze, onOpen }: PopupViewProps) {
  const { t, now } = useLocale();
  const watched = watchedProviders(settings);
  const overview = overviewOf(state, watched);
  return (
    <main class="popup">
      <Header overview={overview} checkedAt={state.checkedAt} busy={busy} onRefresh={onRefresh} shed={state.shed === true} />
      {watched.length === 0 && <p class="muted">{t('popupNoWatched')}</p>}
      {overview.attention.length > 0 && (
        <section class="attention" aria-labelledby="attention-heading">
          <h2 id="attention-heading">{t('popupAffectedHeading')}</h2>
          {overview.attention.map((row) => (
            <ProviderCard
              key={row.provider.id}
              row={row}
              snooze={activeSnooze(settings.notifications, row.provider.id, state, now)}
              retryAt={row.state?.error ? state.backoff?.[row.state.error.source]?.retryAt : undefined}
              onSnooze={(choice) => onSnooze(row.provider.id, choice)}
            />
          ))}
        </section>
      )}
      {affectedCategories(state, watched).map((category) => (
        <SwitchTo
          key={category}
          category={category}
          alternatives={alternativesFor(category, state, watched)}
          state={state}
          {...(onOpen ? { onOpen } : {})}
        />
      ))}
      <OtherList rows={overview.operational} unmonitored={overview.unmonitored} />
    </main>
  );
}
