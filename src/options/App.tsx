import { t, uiLanguage } from '../browser/i18n';
import { requestTestNotification } from '../browser/requests';
import { LocaleContext } from '../ui/i18n-context';
import { useNow } from '../ui/useStored';
import { useStoredState } from '../ui/useStoredState';
import { OptionsView } from './OptionsView';
import { usePermission } from './usePermission';
import { useSettings } from './useSettings';

/** Settings from storage, saved at every change; the page never polls or fetches. */
export function App() {
  const { settings, edit, saveFailed } = useSettings();
  const [permission, checkPermission] = usePermission();
  const state = useStoredState();
  const now = useNow();
  if (!settings) return null;

  // A refused test may mean the user just blocked notifications: ask the browser again either way.
  const test = () => requestTestNotification().finally(checkPermission);

  return (
    <LocaleContext.Provider value={{ t, language: uiLanguage(), now }}>
      <OptionsView
        settings={settings}
        state={state}
        permission={permission}
        saveFailed={saveFailed}
        onEdit={edit}
        onTest={test}
      />
    </LocaleContext.Provider>
  );
}
