import { CATEGORIES } from '../core/catalog/providers';
import { hasStatusSource, type Provider } from '../core/model';
import { useLocale } from '../ui/i18n-context';
import { Checkbox } from './Checkbox';
import { type Edit, setNotified } from './edits';

/**
 * One "notify" switch per watched assistant, grouped by category; unchecked means muted. An assistant with
 * no public status page never notifies, so it has no switch.
 */
export function AssistantSwitches({
  providers,
  muted,
  disabled,
  onEdit,
}: {
  providers: readonly Provider[];
  muted: readonly string[];
  disabled: boolean;
  onEdit: (edit: Edit) => void;
}) {
  const { t } = useLocale();
  return (
    <fieldset class="group" disabled={disabled} aria-describedby="assistants-hint">
      <legend>{t('optionsAssistantsLegend')}</legend>
      <p id="assistants-hint" class="hint">
        {t('optionsAssistantsHint')}
      </p>
      {providers.length === 0 && <p>{t('popupNoWatched')}</p>}
      {CATEGORIES.map((category) => {
        const members = providers.filter((provider) => provider.category === category && hasStatusSource(provider));
        if (members.length === 0) return null;
        return (
          <fieldset key={category} class="subgroup" data-category={category}>
            <legend>{t(`category_${category}`)}</legend>
            <ul class="checks">
              {members.map((provider) => (
                <li key={provider.id}>
                  <Checkbox
                    id={`notify-${provider.id}`}
                    label={provider.name}
                    checked={!muted.includes(provider.id)}
                    onChange={(notify) => onEdit(setNotified(provider.id, notify))}
                  />
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
