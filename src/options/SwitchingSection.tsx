import { useState } from 'preact/hooks';
import { releaseTabsPermission, requestTabsPermission } from '../browser/permissions';
import { useLocale } from '../ui/i18n-context';
import { Checkbox } from './Checkbox';
import { type Edit, setFocusOpenTabs } from './edits';

/**
 * Going to an already open tab of an assistant needs the optional "tabs" permission: asked when the user
 * turns it on, and given back when they turn it off.
 */
export function SwitchingSection({ focusOpenTabs, onEdit }: { focusOpenTabs: boolean; onEdit: (edit: Edit) => void }) {
  const { t } = useLocale();
  // A count, not a flag: a second refusal must render again so that the box the click checked is unchecked.
  const [refusals, setRefusals] = useState(0);
  const turn = (on: boolean) => {
    if (!on) {
      setRefusals(0);
      onEdit(setFocusOpenTabs(false));
      releaseTabsPermission().catch((error: unknown) =>
        console.error('AI Outage Radar: could not give up the tabs permission', error),
      );
      return;
    }
    // Straight from the click: the browser grants an optional permission only on a user gesture.
    void requestTabsPermission()
      .catch((error: unknown) => {
        console.error('AI Outage Radar: the tabs permission request failed', error);
        return false;
      })
      .then((granted) => {
        if (granted) {
          setRefusals(0);
          onEdit(setFocusOpenTabs(true));
        } else {
          setRefusals((count) => count + 1);
        }
      });
  };
  return (
    <section class="panel" aria-labelledby="switching-heading">
      <h2 id="switching-heading">{t('optionsSwitchingHeading')}</h2>
      <Checkbox
        id="focus-open-tabs"
        label={t('optionsFocusTabs')}
        hint={t('optionsFocusTabsHint')}
        checked={focusOpenTabs}
        onChange={turn}
      />
      {refusals > 0 && !focusOpenTabs && (
        <p class="switching__error" role="alert">
          {t('optionsFocusTabsRefused')}
        </p>
      )}
    </section>
  );
}
