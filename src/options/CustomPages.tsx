import type { Settings } from '../core/model';
import { useLocale } from '../ui/i18n-context';
import { CustomPageForm } from './CustomPageForm';
import { CustomPageList } from './CustomPageList';
import type { SaveEdit } from './edits';

/** Status pages the user adds: watched, polled and shown like the built-in assistants. */
export function CustomPages({ settings, onEdit }: { settings: Settings; onEdit: SaveEdit }) {
  const { t } = useLocale();
  return (
    <section class="panel custom" aria-labelledby="custom-heading">
      <h2 id="custom-heading">{t('customHeading')}</h2>
      <p class="hint">{t('customIntro')}</p>
      <CustomPageForm settings={settings} onEdit={onEdit} />
      <CustomPageList settings={settings} onEdit={onEdit} />
    </section>
  );
}
