import type { Translate } from '../core/i18n';
import type { ReadError, Severity } from '../core/model';

export { statusWord } from '../core/view/status-words';

export function errorReason(error: ReadError, t: Translate): string {
  return t(`errorKind_${error.kind}`, error.status === undefined ? [] : [String(error.status)]);
}

/** A level's word; `unstated`: the page stated none, so the word says an incident is posted (core/model). */
export function severityWord(severity: Severity, unstated: boolean, t: Translate): string {
  return unstated ? t('severity_unstated') : t(`severity_${severity}`);
}

/** "Claude, Claude Code and Claude API", as the language writes a list. */
export function nameList(names: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}
