import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../browser/i18n';
import { openOptionsPage } from '../browser/options-page';
import { requestRefresh, requestSnooze } from '../browser/requests';
import { openAssistant } from '../browser/tabs';
import type { Provider } from '../core/model';
import type { SnoozeChoice } from '../core/notify/snooze';
import { emptyState } from '../core/state/fold';
import { LocaleContext } from '../ui/i18n-context';
import { openStoredFeed, type StoredFeed, type StoredView, useNow, useStored } from '../ui/useStored';
import { useHistoryView } from './history/useHistoryView';
import { PopupView } from './PopupView';
import { useOnline } from './useOnline';

/** Reads what the worker stored and renders it at once; the network is only touched through Refresh. */
export function App({ feed: given, initial }: { feed?: StoredFeed; initial?: StoredView } = {}) {
  // One feed for the popup's life: main.tsx opens it at load; a test that renders App alone gets its own.
  const [feed] = useState(() => given ?? openStoredFeed());
  const stored = useStored(feed, initial);
  const [busy, setBusy] = useState(false);
  const now = useNow();
  const online = useOnline();
  // Read after the first render: the 90 days sit below the first screen and must never delay it.
  const history = useHistoryView();
  if (!stored) return null;
  const { roster } = stored;

  const refresh = () => {
    setBusy(true);
    // What the poll read arrives through storage (useStored); the answer only says it is done.
    requestRefresh()
      .catch((error: unknown) => console.error('AI Outage Radar: refresh failed', error))
      .finally(() => setBusy(false));
  };

  const snooze = (providerId: string, choice: SnoozeChoice | undefined) => {
    requestSnooze(providerId, choice).catch((error: unknown) =>
      console.error('AI Outage Radar: could not save the snooze', error),
    );
  };

  const open = (provider: Provider) => {
    openAssistant(provider.chatUrl, roster?.focusOpenTabs === true)
      .then(() => window.close())
      .catch((error: unknown) => console.error('AI Outage Radar: could not open', provider.chatUrl, error));
  };

  const openOptions = () => {
    openOptionsPage()
      .then(() => window.close())
      .catch((error: unknown) => console.error('AI Outage Radar: could not open the options page', error));
  };

  return (
    <LocaleContext.Provider value={{ t, language: uiLanguage(), now }}>
      <PopupView
        state={stored.state ?? emptyState()}
        roster={roster}
        busy={busy}
        onRefresh={refresh}
        onSnooze={snooze}
        onOpen={open}
        onOpenOptions={openOptions}
        browserOffline={!online}
        history={history}
        reliability={stored.reliability}
        trafficVerdict={stored.trafficVerdict}
        trafficEpisodes={stored.trafficEpisodes}
      />
    </LocaleContext.Provider>
  );
}
