import browser from 'webextension-polyfill';
import { t, uiLanguage } from '../browser/i18n';
import { buttonsOf, clearNotice, showNotice, supportsButtons } from '../browser/notifications';
import { deliverOutbox, loadTargets, type NoticeTarget } from '../browser/notified';
import type { Notice } from '../core/notify/notification-text';

const LABELS = {
  statusPage: t('notifyButtonStatusPage'),
  switchTo: (name: string) => t('notifyButtonSwitchTo', name),
};

async function show(notice: Notice): Promise<NoticeTarget> {
  await showNotice(notice, LABELS);
  const buttons = supportsButtons() ? buttonsOf(notice, LABELS).map((button) => button.url) : [];
  return { ...(notice.openUrl ? { openUrl: notice.openUrl } : {}), buttons };
}

/** Show what the last poll decided (or what a stopped worker left undelivered). */
export function deliverNotices(): Promise<void> {
  return deliverOutbox(show);
}

/** The options page's "Send a test notification". */
export async function showTestNotice(): Promise<void> {
  await showNotice(
    {
      id: 'radar-test',
      title: t('notifyTestTitle'),
      message: t('notifyTestMessage'),
      silent: false,
      severity: 'operational',
      providerId: 'radar',
      providerName: 'AI Outage Radar',
      openUrl: '',
    },
    LABELS,
  );
}

async function open(id: string, url: string | undefined): Promise<void> {
  await clearNotice(id);
  if (url) await browser.tabs.create({ url });
}

export function registerNotificationListeners(runSafely: (task: () => Promise<unknown>) => void): void {
  browser.notifications.onClicked.addListener((id) => runSafely(async () => open(id, (await loadTargets())[id]?.openUrl)));
  browser.notifications.onButtonClicked?.addListener((id, index) =>
    runSafely(async () => open(id, (await loadTargets())[id]?.buttons[index])),
  );
}

export const noticeLocale = uiLanguage;
