import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = 'public/_locales';
type Messages = Record<string, { message: string; description?: string }>;

function messagesOf(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

const english = messagesOf('en');
const locales = readdirSync(LOCALES_DIR).filter((name) => name !== 'en');

/** `$1`..`$9` in a message, sorted: a translation must take the same substitutions. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\$[1-9]/g)].map((match) => match[0]).sort();
}

/** Every source file's text, where keys are used: t('key'), `key` in a map, __MSG_key__ in the manifest. */
function sourceText(): string {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.(tsx?|html)$/.test(file));
  return [...files.map((file) => readFileSync(join('src', file), 'utf8')), readFileSync('manifest.json', 'utf8')].join('\n');
}

/** Keys built at run time from a prefix and a value (`severity_${severity}`): used when the prefix is. */
const BUILT_PREFIXES = ['severity_', 'category_', 'errorKind_'];

describe('languages', () => {
  it('English and at least two more', () => {
    expect(locales.length).toBeGreaterThanOrEqual(2);
  });

  it.each(locales)('%s has every English key, no other, each with the same substitutions', (locale) => {
    const translated = messagesOf(locale);
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    const mismatched = Object.entries(english).filter(
      ([key, { message }]) => placeholders(translated[key]?.message ?? '').join() !== placeholders(message).join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
    const empty = Object.entries(translated).filter(([, { message }]) => message.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('every English key is used somewhere in the code', () => {
    const text = sourceText();
    const used = (key: string) =>
      text.includes(`'${key}'`) ||
      text.includes(`"${key}"`) ||
      text.includes(`__MSG_${key}__`) ||
      BUILT_PREFIXES.some((prefix) => key.startsWith(prefix) && text.includes(prefix));
    expect(Object.keys(english).filter((key) => !used(key))).toEqual([]);
  });
});
