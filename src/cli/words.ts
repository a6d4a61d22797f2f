import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { type Translate, translatorFrom } from '../core/i18n';

/**
 * The terminal speaks English, in the extension's own words where it has them (severity words, reasons a
 * page could not be read), so that the popup and the terminal never name the same thing differently.
 */
export const t: Translate = translatorFrom(messages);

/** A time as the terminal prints it: to the minute, in UTC, the same on every machine. The text itself if unreadable. */
export function utcTime(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
