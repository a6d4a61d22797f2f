import type { Translate } from '../core/i18n';
import type { ReadError } from '../core/model';

export { statusWord } from '../core/view/status-words';

export function errorReason(error: ReadError, t: Translate): string {
  return t(`errorKind_${error.kind}`, error.status === undefined ? [] : [String(error.status)]);
}
