import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../core/i18n';
import type { Provider, Reading, Settings } from '../core/model';
import { useLocale } from '../ui/i18n-context';
import { formatCount, type PluralKeys, plural } from '../ui/plural';
import { Checkbox } from './Checkbox';
import { componentScope } from './componentScope';
import { type Edit, resetComponents, setComponentInScope } from './edits';

/**
 * What counts for an assistant, said before its list opens: every assistant has a summary, also one whose
 * page was not read yet or lists no components.
 */
function scopeSummary(
  t: Translate,
  language: string,
  { read, total, checked, chosen }: { read: boolean; total: number; checked: number; chosen: boolean },
): string {
  if (!read) return t('optionsComponentsNotRead');
  if (total === 0) return t('optionsComponentsWholePage');
  // "All 1 checked" would read oddly: one component on its own is said as "1 of 1".
  if (checked === total && total > 1) {
    return t(chosen ? 'optionsComponentsAllChosen' : 'optionsComponentsAllDefault', formatCount(total, language));
  }
  const keys: PluralKeys = chosen
    ? { one: 'optionsComponentsCountChosenOne', other: 'optionsComponentsCountChosenOther' }
    : { one: 'optionsComponentsCountDefaultOne', other: 'optionsComponentsCountDefaultOther' };
  return plural(t, language, keys, checked, [formatCount(checked, language), formatCount(total, language)]);
}

/**
 * One assistant's components, as its last reading listed them, each checked when it counts. Nothing can
 * be chosen before the page was first read: its components are not known until then.
 */
export function ComponentChoice({
  idPrefix,
  provider,
  settings,
  reading,
  onEdit,
}: {
  /** Component ids come from the page and may hold any character: element ids are built from positions. */
  idPrefix: string;
  provider: Provider;
  settings: Settings;
  reading: Reading | undefined;
  onEdit: (edit: Edit) => void;
}) {
  const { t, language } = useLocale();
  const summary = useRef<HTMLElement>(null);
  const [open, setOpen] = useState(false);
  const components = reading?.components ?? [];
  const scope = componentScope(
    settings,
    provider.id,
    components.map((component) => component.id),
  );
  const checked = components.filter((component) => scope.inScope.includes(component.id));
  const lastOne = checked.length === 1 ? checked[0]?.id : undefined;
  const summaryText = scopeSummary(t, language, {
    read: reading !== undefined,
    total: components.length,
    checked: checked.length,
    chosen: scope.chosen,
  });
  return (
    // The body is built only while open: a page may list dozens of components, and controls inside a
    // closed <details> would still count as on the page for tools that look for focusable elements.
    <details class="scope" data-provider={provider.id} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary ref={summary}>
        <span class="scope__name">{provider.name}</span> <span class="scope__count">{summaryText}</span>
      </summary>
      {open && (
        <div class="scope__body">
          {!reading ? (
            <p class="hint">{t('optionsComponentsNoReading')}</p>
          ) : components.length === 0 ? (
            <p class="hint">{t('optionsComponentsNoList')}</p>
          ) : (
            <fieldset class="group">
              <legend>{t('optionsComponentsLegend', provider.name)}</legend>
              <ul class="checks">
                {components.map((component, index) => (
                  <li key={component.id}>
                    <Checkbox
                      id={`${idPrefix}-${index}`}
                      label={component.name}
                      checked={scope.inScope.includes(component.id)}
                      disabled={component.id === lastOne}
                      hint={component.id === lastOne ? t('optionsComponentsKeepOne') : undefined}
                      onChange={(inScope) => onEdit(setComponentInScope(provider.id, component.id, inScope, scope.defaults))}
                    />
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          {scope.chosen && (
            <button
              type="button"
              class="button"
              aria-label={t('optionsComponentsUseDefaultLabel', provider.name)}
              onClick={() => {
                onEdit(resetComponents(provider.id));
                // The button goes away with the choice: keep the keyboard user's place.
                summary.current?.focus();
              }}
            >
              {t('optionsComponentsUseDefault')}
            </button>
          )}
        </div>
      )}
    </details>
  );
}
