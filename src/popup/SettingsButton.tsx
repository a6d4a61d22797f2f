import { useLocale } from '../ui/i18n-context';

/** A gear that opens the options page: the one way from the popup to every setting. */
export function SettingsButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useLocale();
  return (
    <button
      type="button"
      class="icon-button settings"
      onClick={onOpen}
      aria-label={t('popupSettings')}
      title={t('popupSettings')}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path
          fill-rule="evenodd"
          d="M6.9 1h2.2l.4 1.9a5.3 5.3 0 0 1 1.3.7l1.8-.6 1.1 1.9-1.4 1.3a5.3 5.3 0 0 1 0 1.6l1.4 1.3-1.1 1.9-1.8-.6a5.3 5.3 0 0 1-1.3.7L9.1 15H6.9l-.4-1.9a5.3 5.3 0 0 1-1.3-.7l-1.8.6-1.1-1.9 1.4-1.3a5.3 5.3 0 0 1 0-1.6L2.3 6.9l1.1-1.9 1.8.6a5.3 5.3 0 0 1 1.3-.7ZM8 5.6a2.4 2.4 0 1 0 0 4.8 2.4 2.4 0 0 0 0-4.8Z"
        />
      </svg>
    </button>
  );
}
