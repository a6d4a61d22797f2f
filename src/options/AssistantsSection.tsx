import { useState } from 'preact/hooks';
import { CATEGORIES } from '../core/catalog/providers';
import type { Settings } from '../core/model';
import { knownProviders } from '../core/settings/settings';
import { useLocale } from '../ui/i18n-context';
import { formatCount, plural } from '../ui/plural';
import type { Edit } from './edits';
import { WatchCategory } from './WatchCategory';

/** Every assistant the extension knows, built in or added, each watched or not; a search narrows the list as one types. */
export function AssistantsSection({ settings, onEdit }: { settings: Settings; onEdit: (edit: Edit) => void }) {
  const { t, language } = useLocale();
  const [query, setQuery] = useState('');
  const providers = knownProviders(settings);
  const wanted = query.trim().toLocaleLowerCase(language);
  const matches =
    wanted === '' ? providers : providers.filter((provider) => provider.name.toLocaleLowerCase(language).includes(wanted));
  const searching = wanted !== '';
  return (
    <section class="panel" aria-labelledby="watch-heading">
      <h2 id="watch-heading">{t('optionsWatchHeading')}</h2>
      <p id="watch-hint" class="hint">
        {t('optionsWatchHint')}
      </p>
      <div class="field field--wide">
        <label for="watch-search">{t('optionsWatchSearch')}</label>
        <input
          type="search"
          id="watch-search"
          class="input"
          value={query}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="watch-found"
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      {/* Says how many remain while searching, so that a screen reader hears the list change. */}
      <p id="watch-found" class="hint" role="status">
        {searching &&
          (matches.length === 0
            ? t('optionsWatchNoMatch', query.trim())
            : plural(t, language, { one: 'optionsWatchShownOne', other: 'optionsWatchShownOther' }, matches.length, [
                formatCount(matches.length, language),
                formatCount(providers.length, language),
              ]))}
      </p>
      {matches.length > 0 && (
        <fieldset class="group" aria-describedby="watch-hint">
          <legend>{t('optionsWatchLegend')}</legend>
          {CATEGORIES.map((category) => (
            <WatchCategory
              key={category}
              category={category}
              providers={matches.filter((provider) => provider.category === category)}
              watched={settings.watched}
              onEdit={onEdit}
            />
          ))}
        </fieldset>
      )}
    </section>
  );
}
