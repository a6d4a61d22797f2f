import type { Severity } from '../core/model';
import { useLocale } from './i18n-context';
import { SeverityIcon } from './SeverityIcon';

/**
 * Word, shape and colour together. `unstated`: the page stated no severity (core/model), so the word says an
 * incident is posted rather than name the floor it is counted at.
 */
export function SeverityTag({ severity, unstated = false }: { severity: Severity; unstated?: boolean | undefined }) {
  const { t } = useLocale();
  return (
    <span class={`severity severity--${severity}`} data-severity={severity}>
      <SeverityIcon severity={severity} />
      <span class="severity__word">{unstated ? t('severity_unstated') : t(`severity_${severity}`)}</span>
    </span>
  );
}
