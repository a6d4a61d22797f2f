import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../browser/i18n';
import { requestRefresh } from '../browser/messages';
import { openOptionsPage } from '../browser/options-page';
import { updateSettings } from '../browser/settings-store';
import { openAssistant } from '../browser/tabs';
import type { Provider } from '../core/model';
import { type SnoozeChoice, snoozeOf, withSnooze } from '../core/notify/snooze';
import { LocaleContext } from '../ui/i18n-context';
import { openStoredFeed, type Stored, type StoredFeed, useNow, useStored } from '../ui/useStored';
import { PopupView } from './PopupView';
import { useOnline } from './useOnline';

/** Reads what the worker stored and renders it at once; the network is only touched through Refresh. */
export function App({ feed: given, initial }: { feed?: StoredFeed; initial?: Stored } = {}) {
  // One feed for the popup's life: main.tsx opens it at load; a test that renders App alone gets its own.
  const [feed] = useState(() => given ?? openStoredFeed());
  const [stored, setState] = useStored(feed, initial);
  const [busy, setBusy] = useState(false);
  const now = useNow();
  const online = useOnline();
  if (!stored) return null;

  const refresh = () => {
    setBusy(true);
    requestRefresh()
      .then(setState)
      .catch((error: unknown) => console.error('AI Outage Radar: refresh failed', error))
      .finally(() => setBusy(false));
  };

  const snooze = (providerId: string, choice: SnoozeChoice | undefined) => {
    const { state } = stored;
    const at = Date.now();
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const incidentId = state.providers[providerId]?.reading?.incidents[0]?.id;
    const chosen = choice && snoozeOf(choice, providerId, at, timeZone, incidentId);
    // Applied to the settings stored when the write happens, not to the copy on screen: a second quick
    // snooze (or an edit on the options page) is kept, not overwritten.
    updateSettings((current) => ({
      ...current,
      notifications: withSnooze(current.notifications, providerId, chosen, state, at),
    })).catch((error: unknown) => console.error('AI Outage Radar: could not save the snooze', error));
  };

  const open = (provider: Provider) => {
    openAssistant(provider.chatUrl, stored.settings.focusOpenTabs)
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
        state={stored.state}
        settings={stored.settings}
        busy={busy}
        onRefresh={refresh}
        onSnooze={snooze}
        onOpen={open}
        onOpenOptions={openOptions}
        browserOffline={!online}
      />
    </LocaleContext.Provider>
  );
}
