import { readFileSync } from 'node:fs';
import { fakeBrowser } from '@webext-core/fake-browser';
import { type Translate, translatorFrom } from '../../../src/core/i18n';

/** The extension's English words, read from the file the browser reads: a test asserts what a user reads. */
export const englishT: Translate = translatorFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));

/** fakeBrowser has no i18n; the worker and the pages take their words from it, so a test gives it English. */
export function giveI18n(): void {
  Object.assign(fakeBrowser, { i18n: { getMessage: englishT, getUILanguage: () => 'en' } });
}
