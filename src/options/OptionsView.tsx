import type { Settings } from '../core/model';
import { useLocale } from '../popup/i18n-context';
import type { Edit } from './edits';
import { NotificationsSection } from './NotificationsSection';
import type { Permission } from './usePermission';

export interface OptionsViewProps {
  settings: Settings;
  permission: Permission;
  saveFailed: boolean;
  onEdit: (edit: Edit) => void;
  onTest: () => Promise<void>;
}

export function OptionsView({ settings, permission, saveFailed, onEdit, onTest }: OptionsViewProps) {
  const { t } = useLocale();
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="hint">{t('optionsSavedAtOnce')}</p>
      {saveFailed && (
        <p class="save-error" role="alert">
          {t('optionsSaveFailed')}
        </p>
      )}
      <NotificationsSection settings={settings} permission={permission} onEdit={onEdit} onTest={onTest} />
    </main>
  );
}
