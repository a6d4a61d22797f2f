import { t } from '../browser/i18n';
import type { Provider, Settings, State } from '../core/model';
import type { NotifyLedger } from '../core/notify/ledger';
import { type Notice, noticeFor } from '../core/notify/notification-text';
import { decideNotifications } from '../core/notify/notify';
import { noticeLocale } from './notifier';

/**
 * What a poll tells the user: the policy's new memory and the one notice to show, if any. Kept apart from
 * the poll so that a failure here (the poller catches it) never stops the State and badge being committed.
 */
export function decideNotice(
  next: State,
  ledger: NotifyLedger,
  settings: Settings,
  watched: Provider[],
): { ledger: NotifyLedger; notice: Notice | undefined } {
  const decision = decideNotifications({
    next,
    ledger,
    settings: settings.notifications,
    nowMs: Date.now(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const notice = noticeFor(decision.shown, next, watched, t, noticeLocale());
  return { ledger: decision.ledger, notice };
}
