import type { Severity } from '../core/model';
import { useLocale } from './i18n-context';
import { SeverityIcon } from './SeverityIcon';

/** Word, shape and colour together. */
export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useLocale();
  return (
    <span class={`severity severity--${severity}`} data-severity={severity}>
      <SeverityIcon severity={severity} />
      <span class="severity__word">{t(`severity_${severity}`)}</span>
    </span>
  );
}
