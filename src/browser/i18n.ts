import browser from 'webextension-polyfill';
import type { Translate } from '../core/i18n';

export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

/** The browser's UI language, for Intl dates and relative times. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
