import { useRef, useState } from 'preact/hooks';
import { removeHostPermissions } from '../browser/permissions';
import { hostPermissionsToRelease, platformLabel, withoutCustomPage } from '../core/discovery/custom-page';
import type { CustomPage, Settings } from '../core/model';
import { useLocale } from '../ui/i18n-context';
import type { Edit } from './edits';

function hostOf(page: CustomPage): string {
  try {
    return new URL(page.statusPageUrl).host;
  } catch {
    return page.statusPageUrl;
  }
}

/**
 * The pages the user added. Removing one stops watching it and gives back the host access it needed,
 * unless a built-in assistant or another added page still reads that host.
 */
export function CustomPageList({ settings, onEdit }: { settings: Settings; onEdit: (edit: Edit) => void }) {
  const { t } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const [removed, setRemoved] = useState('');
  const pages = settings.customPages;

  const remove = (page: CustomPage) => {
    onEdit((current) => withoutCustomPage(current, page.id));
    void removeHostPermissions(hostPermissionsToRelease(page, withoutCustomPage(settings, page.id)));
    setRemoved(t('customRemoved', page.name));
    // The button goes away with its row: keep the keyboard user's place.
    heading.current?.focus();
  };

  return (
    <section class="custom-list" aria-labelledby="custom-list-heading">
      <h3 id="custom-list-heading" tabIndex={-1} ref={heading} style={{ marginTop: 0 }}>
        {t('customListHeading')}
      </h3>
      {pages.length === 0 ? (
        <p class="hint">{t('customListEmpty')}</p>
      ) : (
        <ul class="custom-list__items snoozes__list">
          {pages.map((page) => (
            <li key={page.id} class="custom-list__item list-row">
              <span class="custom-list__text" style={{ display: 'grid', minWidth: 0 }}>
                <span class="custom-list__name" style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                  {page.name}
                </span>
                <span class="custom-list__facts hint">
                  {t('customPageFacts', [t(`category_${page.category}`), platformLabel(page.platform, t), hostOf(page)])}
                </span>
              </span>
              <button type="button" class="button" aria-label={t('customRemoveLabel', page.name)} onClick={() => remove(page)}>
                {t('customRemoveButton')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="custom-list__status" role="status">
        {removed}
      </p>
    </section>
  );
}
