import browser, { type Notifications } from 'webextension-polyfill';
import type { Notice } from '../core/notify/notification-text';
import { BADGE_COLORS } from '../core/view/badge';
import { monogramOf } from './monogram';

/** Chrome's options beyond what the polyfill's types list (Firefox takes type, title, message and icon only). */
type ChromeOptions = Notifications.CreateNotificationOptions & {
  buttons?: { title: string }[];
  silent?: boolean;
};

/** Firefox has runtime.getBrowserInfo; Chrome does not. Firefox rejects what it does not support, so ask first. */
export function supportsButtons(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function';
}

export interface ButtonLabels {
  statusPage: string;
  switchTo: (name: string) => string;
}

/** The buttons a notice carries, in the order onButtonClicked numbers them. */
export function buttonsOf(notice: Notice, labels: ButtonLabels): { title: string; url: string }[] {
  const buttons: { title: string; url: string }[] = [];
  if (notice.statusPageUrl) buttons.push({ title: labels.statusPage, url: notice.statusPageUrl });
  if (notice.switchTo) buttons.push({ title: labels.switchTo(notice.switchTo.name), url: notice.switchTo.url });
  return buttons;
}

export async function showNotice(notice: Notice, labels: ButtonLabels): Promise<void> {
  const options: ChromeOptions = {
    type: 'basic',
    iconUrl: await iconFor(notice),
    title: notice.title,
    message: notice.message,
  };
  if (supportsButtons()) {
    const buttons = buttonsOf(notice, labels);
    if (buttons.length > 0) options.buttons = buttons.map(({ title }) => ({ title }));
    options.priority = notice.severity === 'major_outage' ? 2 : notice.silent ? 0 : 1;
    if (notice.silent) options.silent = true;
  }
  await browser.notifications.create(notice.id, options);
}

/** A monogram of the assistant in the severity's colour; the extension's own icon where canvas is missing. */
async function iconFor(notice: Notice): Promise<string> {
  try {
    const monogram = await monogramOf(notice.providerName, BADGE_COLORS[notice.severity]);
    if (monogram) return monogram;
  } catch {
    // Rendering is a nicety: the plain icon will do.
  }
  return browser.runtime.getURL('icons/icon-128.png');
}

export async function clearNotice(id: string): Promise<void> {
  await browser.notifications.clear(id);
}

/**
 * Chrome tells whether the user blocked the extension's notifications; Firefox has no such call, and
 * neither can see a block in the operating system's own settings.
 */
export async function notificationPermission(): Promise<'granted' | 'denied' | 'unknown'> {
  const api = browser.notifications as unknown as { getPermissionLevel?: () => Promise<string> };
  if (typeof api.getPermissionLevel !== 'function') return 'unknown';
  try {
    const level = await api.getPermissionLevel();
    return level === 'granted' || level === 'denied' ? level : 'unknown';
  } catch {
    return 'unknown';
  }
}
