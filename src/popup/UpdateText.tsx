import { useState } from 'preact/hooks';
import { cutText } from '../core/text-hygiene';
import { useLocale } from '../ui/i18n-context';

/** Past this, an update is folded: the popup must show several incidents at a glance. */
export const FOLD_AFTER = 280;

/** An update's text, folded when long, with a button to read it whole. Plain text only: feed text is untrusted. */
export function UpdateText({ text, id }: { text: string; id: string }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const long = text.length > FOLD_AFTER;
  // Folded between code points: a fold through a surrogate pair would show half an emoji as "�".
  const shown = long && !open ? cutText(text, FOLD_AFTER + 1) : text;
  return (
    <>
      {/* <bdi>: the update is feed text, isolated so that right-to-left text cannot reorder the label before it. */}
      <bdi id={id} class="incident__update-text">
        {shown}
      </bdi>
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
