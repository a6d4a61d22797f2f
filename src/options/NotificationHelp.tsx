import { useLocale } from '../ui/i18n-context';

/** Where notifications get turned off, in the browser and in the operating system, and how to allow them. */
export function NotificationHelp({ open }: { open: boolean }) {
  const { t } = useLocale();
  return (
    <details class="help" open={open}>
      <summary>{t('optionsHelpSummary')}</summary>
      <div class="help__body">
        <p>{t('optionsHelpIntro')}</p>
        <h3>{t('optionsHelpBrowserHeading')}</h3>
        <ul>
          <li>{t('optionsHelpChrome')}</li>
          <li>{t('optionsHelpFirefox')}</li>
        </ul>
        <h3>{t('optionsHelpSystemHeading')}</h3>
        <ul>
          <li>{t('optionsHelpMac')}</li>
          <li>{t('optionsHelpWindows')}</li>
          <li>{t('optionsHelpLinux')}</li>
        </ul>
      </div>
    </details>
  );
}
