import type englishMessages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof englishMessages;

/** browser.i18n.getMessage in the extension; a lookup in messages.json in the terminal and in tests. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

type MessagesFile = Record<string, { message: string }>;

/** Chrome's rules for `$1`…`$9` and `$$`, enough for messages that use no named placeholders. */
export function translatorFrom(messages: MessagesFile): Translate {
  return (key, substitutions) => {
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const template = messages[key]?.message ?? '';
    return template.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
  };
}
