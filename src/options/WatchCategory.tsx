import { type Category, hasStatusSource, type Provider } from '../core/model';
import { useLocale } from '../ui/i18n-context';
import { Checkbox } from './Checkbox';
import { type Edit, setWatched } from './edits';

/** One category's "watch" checkboxes; nothing when the search left none of it. */
export function WatchCategory({
  category,
  providers,
  watched,
  onEdit,
}: {
  category: Category;
  providers: readonly Provider[];
  watched: readonly string[];
  onEdit: (edit: Edit) => void;
}) {
  const { t } = useLocale();
  if (providers.length === 0) return null;
  return (
    <fieldset class="subgroup" data-watch-category={category}>
      <legend>{t(`category_${category}`)}</legend>
      <ul class="checks">
        {providers.map((provider) => (
          <li key={provider.id}>
            <Checkbox
              id={`watch-${provider.id}`}
              label={provider.name}
              checked={watched.includes(provider.id)}
              hint={hasStatusSource(provider) ? undefined : t('optionsWatchNoStatusPage')}
              onChange={(watch) => onEdit(setWatched(provider.id, watch))}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
