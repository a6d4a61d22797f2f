import type { Translate } from '../core/i18n';
import { api } from './ext';

export const t: Translate = (key, substitutions) => api().i18n.getMessage(key, substitutions);

/** The browser's UI language, for Intl dates and relative times. */
export function uiLanguage(): string {
  return api().i18n.getUILanguage();
}
