import type { MessageKey, Translate } from '../core/i18n';

/**
 * A message that holds a count, one key a plural form: browser.i18n has no plural rules, so the form is
 * chosen here by Intl.PluralRules for the UI language. English and German have the forms one and other;
 * French also has many (for whole millions), written as other. `one` is Intl's category, not the number 1:
 * French says "0 coché" as it says "1 coché".
 */
export interface PluralKeys {
  one: MessageKey;
  other: MessageKey;
}

/** The key whose words agree with `count` in `language`. */
export function pluralKey(keys: PluralKeys, count: number, language: string): MessageKey {
  return new Intl.PluralRules(language).select(count) === 'one' ? keys.one : keys.other;
}

/** A count written as the language writes numbers ("1,000", "1.000", "1 000"). */
export function formatCount(count: number, language: string): string {
  return new Intl.NumberFormat(language).format(count);
}

/**
 * The message for `count` in its plural form. `substitutions` are the message's `$1`…, formatted by the
 * caller (with formatCount for counts); which of them `count` is depends on the message.
 */
export function plural(t: Translate, language: string, keys: PluralKeys, count: number, substitutions: string[]): string {
  return t(pluralKey(keys, count, language), substitutions);
}
