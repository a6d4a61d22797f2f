import type { Settings } from '../core/model';
import { knownProviders, watchedProviders } from '../core/settings/settings';
import { useLocale } from '../ui/i18n-context';
import { AssistantSwitches } from './AssistantSwitches';
import { BlockedWarning } from './BlockedWarning';
import { Checkbox } from './Checkbox';
import { type Edit, editNotifications } from './edits';
import { NotificationHelp } from './NotificationHelp';
import { QuietHoursFields } from './QuietHoursFields';
import { SeveritySelect } from './SeveritySelect';
import { SnoozeList } from './SnoozeList';
import { TestNotification } from './TestNotification';
import type { Permission } from './usePermission';

export interface NotificationsSectionProps {
  settings: Settings;
  permission: Permission;
  onEdit: (edit: Edit) => void;
  onTest: () => Promise<void>;
}

export function NotificationsSection({ settings, permission, onEdit, onTest }: NotificationsSectionProps) {
  const { t } = useLocale();
  const notifications = settings.notifications;
  const off = !notifications.enabled;
  const blocked = permission === 'denied';
  // Groups below are disabled fieldsets while notifications are off: a disabled fieldset disables every control in it.
  return (
    <section class="panel" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('optionsNotificationsHeading')}</h2>
      {blocked && <BlockedWarning />}
      <Checkbox
        id="notify-enabled"
        label={t('optionsNotificationsEnabled')}
        hint={t('optionsNotificationsEnabledHint')}
        checked={notifications.enabled}
        onChange={(enabled) => onEdit(editNotifications({ enabled }))}
      />
      <SeveritySelect
        value={notifications.minSeverity}
        disabled={off}
        onChange={(minSeverity) => onEdit(editNotifications({ minSeverity }))}
      />
      <fieldset class="group" disabled={off}>
        <legend>{t('optionsAlsoLegend')}</legend>
        <Checkbox
          id="notify-maintenance"
          label={t('optionsMaintenance')}
          checked={notifications.maintenance}
          onChange={(maintenance) => onEdit(editNotifications({ maintenance }))}
        />
        <Checkbox
          id="notify-unreadable"
          label={t('optionsUnreadable')}
          checked={notifications.unreadable}
          onChange={(unreadable) => onEdit(editNotifications({ unreadable }))}
        />
      </fieldset>
      <QuietHoursFields quiet={notifications.quietHours} disabled={off} onEdit={onEdit} />
      <AssistantSwitches providers={watchedProviders(settings)} muted={notifications.muted} disabled={off} onEdit={onEdit} />
      <SnoozeList snoozes={notifications.snoozes} providers={knownProviders(settings)} onEdit={onEdit} />
      <TestNotification onTest={onTest} />
      {!blocked && <NotificationHelp open={false} />}
    </section>
  );
}
