import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../browser/i18n';
import { requestRefresh } from '../browser/messages';
import { LocaleContext } from './i18n-context';
import { PopupView } from './PopupView';
import { useNow, useStored } from './useStored';

/** Reads what the worker stored and renders it at once; the network is only touched through Refresh. */
export function App() {
  const [stored, setState] = useStored();
  const [busy, setBusy] = useState(false);
  const now = useNow();
  if (!stored) return null;

  const refresh = () => {
    setBusy(true);
    requestRefresh()
      .then(setState)
      .catch((error: unknown) => console.error('AI Outage Radar: refresh failed', error))
      .finally(() => setBusy(false));
  };

  return (
    <LocaleContext.Provider value={{ t, language: uiLanguage(), now }}>
      <PopupView state={stored.state} settings={stored.settings} busy={busy} onRefresh={refresh} />
    </LocaleContext.Provider>
  );
}
