import type { Settings, State } from '../core/model';
import { useLocale } from '../ui/i18n-context';
import { AssistantsSection } from './AssistantsSection';
import { BackupSection } from './BackupSection';
import { CheckingSection } from './CheckingSection';
import { ComponentsSection } from './ComponentsSection';
import { CustomPages } from './CustomPages';
import type { SaveEdit } from './edits';
import { NotificationsSection } from './NotificationsSection';
import { OrderSection } from './OrderSection';
import { OwnTrafficSection } from './OwnTrafficSection';
import { SwitchingSection } from './SwitchingSection';
import type { Permission } from './usePermission';

export interface OptionsViewProps {
  settings: Settings;
  /** The last readings: the components a page lists are known from them. */
  state: State;
  permission: Permission;
  saveFailed: boolean;
  onEdit: SaveEdit;
  onTest: () => Promise<void>;
}

export function OptionsView({ settings, state, permission, saveFailed, onEdit, onTest }: OptionsViewProps) {
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
      <AssistantsSection settings={settings} onEdit={onEdit} />
      <CustomPages settings={settings} onEdit={onEdit} />
      <OrderSection settings={settings} onEdit={onEdit} />
      <ComponentsSection settings={settings} state={state} onEdit={onEdit} />
      <CheckingSection pollMinutes={settings.pollMinutes} onEdit={onEdit} />
      <NotificationsSection settings={settings} permission={permission} onEdit={onEdit} onTest={onTest} />
      <SwitchingSection focusOpenTabs={settings.focusOpenTabs} onEdit={onEdit} />
      <OwnTrafficSection settings={settings} onEdit={onEdit} />
      <BackupSection settings={settings} onEdit={onEdit} />
    </main>
  );
}
