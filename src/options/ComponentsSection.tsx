import { hasStatusSource, type Settings, type State } from '../core/model';
import { watchedProviders } from '../core/settings/settings';
import { useLocale } from '../ui/i18n-context';
import { ComponentChoice } from './ComponentChoice';
import type { Edit } from './edits';

/** Per watched assistant with a status page, the components of its page that count for it. */
export function ComponentsSection({
  settings,
  state,
  onEdit,
}: {
  settings: Settings;
  state: State;
  onEdit: (edit: Edit) => void;
}) {
  const { t } = useLocale();
  const providers = watchedProviders(settings).filter(hasStatusSource);
  return (
    <section class="panel" aria-labelledby="components-heading">
      <h2 id="components-heading">{t('optionsComponentsHeading')}</h2>
      <p class="hint">{t('optionsComponentsHint')}</p>
      {/* The worker stores only the components in scope, so the list can shrink: say so rather than surprise. */}
      <p class="hint">{t('optionsComponentsListed')}</p>
      {providers.length === 0 ? (
        <p>{t('optionsComponentsNone')}</p>
      ) : (
        <div class="scopes">
          {providers.map((provider, index) => (
            <ComponentChoice
              key={provider.id}
              idPrefix={`scope-${index}`}
              provider={provider}
              settings={settings}
              reading={state.providers[provider.id]?.reading}
              onEdit={onEdit}
            />
          ))}
        </div>
      )}
    </section>
  );
}
