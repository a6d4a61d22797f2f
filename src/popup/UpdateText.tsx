import { useState } from 'preact/hooks';
import { useLocale } from './i18n-context';

/** Past this, an update is folded: the popup must show several incidents at a glance. */
export const FOLD_AFTER = 280;

/** An update's text, folded when long, with a button to read it whole. Plain text only: feed text is untrusted. */
export function UpdateText({ text, id }: { text: string; id: string }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const long = text.length > FOLD_AFTER;
  const shown = long && !open ? `${text.slice(0, FOLD_AFTER).trimEnd()}…` : text;
  return (
    <>
      <span id={id} class="incident__update-text">
        {shown}
      </span>
      {long && (
        <button
          type="button"
          class="link-button incident__more"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? t('popupShowLess') : t('popupShowMore')}
        </button>
      )}
    </>
  );
}
