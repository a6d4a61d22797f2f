import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES } from '../core/catalog/providers';
import type { Provider, Settings } from '../core/model';
import { watchedProviders } from '../core/settings/settings';
import { useLocale } from '../ui/i18n-context';
import { type Edit, moveWatched } from './edits';

type Direction = 'up' | 'down';

/**
 * The watched assistants in the user's order, one list per category (alternatives are only offered within a
 * category, so an order across categories would mean nothing). Moved with buttons, by keyboard and pointer
 * alike; the pressed button keeps the focus as its row moves, so pressing again moves the same assistant on.
 */
export function OrderSection({ settings, onEdit }: { settings: Settings; onEdit: (edit: Edit) => void }) {
  const { t } = useLocale();
  const providers = watchedProviders(settings);
  const groups = CATEGORIES.map((category) => ({
    category,
    members: providers.filter((provider) => provider.category === category),
  })).filter((group) => group.members.length > 0);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (refocus.current === undefined) return;
    const button = buttons.current.get(refocus.current);
    refocus.current = undefined;
    // Reordering moves the row's element in the document, which may drop the focus on the way.
    if (button && document.activeElement !== button) button.focus();
  });

  const move = (members: readonly Provider[], index: number, direction: Direction) => {
    const provider = members[index];
    const target = direction === 'up' ? index - 1 : index + 1;
    if (!provider || target < 0 || target >= members.length) return;
    refocus.current = `${provider.id}|${direction}`;
    const group = members.map((member) => member.id);
    onEdit(moveWatched(provider.id, direction === 'up' ? -1 : 1, group));
    setAnnouncement(t('optionsOrderMoved', [provider.name, String(target + 1), String(members.length)]));
  };

  const button = (members: readonly Provider[], index: number, direction: Direction) => {
    const provider = members[index] as Provider;
    const atEnd = direction === 'up' ? index === 0 : index === members.length - 1;
    const key = `${provider.id}|${direction}`;
    return (
      <button
        type="button"
        class="button order__move"
        // Not `disabled` at either end: that would throw the focus away from a row just moved there.
        aria-disabled={atEnd}
        aria-label={t(direction === 'up' ? 'optionsOrderUpLabel' : 'optionsOrderDownLabel', provider.name)}
        ref={(element) => {
          if (element) buttons.current.set(key, element);
          else buttons.current.delete(key);
        }}
        // An arrow fits beside the longest name in every language; the name says the rest, to every user.
        title={t(direction === 'up' ? 'optionsOrderUp' : 'optionsOrderDown')}
        onClick={() => move(members, index, direction)}
      >
        <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
      </button>
    );
  };

  return (
    <section class="panel" aria-labelledby="order-heading">
      <h2 id="order-heading">{t('optionsOrderHeading')}</h2>
      <p id="order-hint" class="hint">
        {t('optionsOrderHint')}
      </p>
      {groups.length === 0 && <p>{t('optionsOrderEmpty')}</p>}
      {groups.map(({ category, members }) => (
        <div key={category} class="order-group" data-order-category={category}>
          <h3 id={`order-${category}`} class="order-group__heading">
            {t(`category_${category}`)}
          </h3>
          <ol class="order" aria-labelledby={`order-${category}`} aria-describedby="order-hint">
            {members.map((provider, index) => (
              <li key={provider.id} class="list-row order__item" data-provider={provider.id}>
                <span class="order__name">{provider.name}</span>
                <span class="order__moves">
                  {button(members, index, 'up')}
                  {button(members, index, 'down')}
                </span>
              </li>
            ))}
          </ol>
        </div>
      ))}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
