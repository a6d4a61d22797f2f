import { useLocale } from '../ui/i18n-context';

/** For an assistant that publishes no status page: a word and a shape of its own, never a severity. */
export function NoStatusTag() {
  const { t } = useLocale();
  return (
    <span class="severity severity--none" data-severity="none">
      <svg class="severity-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13Zm0 1.6a4.9 4.9 0 1 0 0 9.8 4.9 4.9 0 0 0 0-9.8ZM4.8 7.2h6.4v1.6H4.8Z" />
      </svg>
      <span class="severity__word">{t('popupNoStatusPage')}</span>
    </span>
  );
}
