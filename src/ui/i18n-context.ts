import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../core/i18n';

export interface Locale {
  t: Translate;
  /** BCP 47 language for Intl. */
  language: string;
  /** Epoch ms the views measure "ago" from. */
  now: number;
}

export const LocaleContext = createContext<Locale>({ t: (key) => key, language: 'en', now: 0 });

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
