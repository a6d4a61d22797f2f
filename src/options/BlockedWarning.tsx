import { useLocale } from '../ui/i18n-context';
import { NotificationHelp } from './NotificationHelp';

/** The browser told us the user blocked this extension's notifications: say so first, with the way back. */
export function BlockedWarning() {
  const { t } = useLocale();
  return (
    <div class="blocked">
      <div role="alert">
        <p class="blocked__title">
          <svg class="blocked__icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
            <path d="M8 1.5 15 14H1Zm-.8 4.5v4h1.6V6Zm0 5v1.6h1.6V11Z" />
          </svg>
          {t('optionsBlockedTitle')}
        </p>
        <p>{t('optionsBlockedText')}</p>
      </div>
      <NotificationHelp open={true} />
    </div>
  );
}
