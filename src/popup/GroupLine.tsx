import type { HeadlineGroup } from '../core/view/first-screen';
import { useLocale } from '../ui/i18n-context';
import { SeverityIcon } from '../ui/SeverityIcon';
import { nameList, severityWord } from './words';

/** One level and the assistants at it; the icon's shape and the word say the level, never the colour alone. */
export function GroupLine({ group }: { group: HeadlineGroup }) {
  const { t, language } = useLocale();
  const names = nameList(
    group.providers.map((provider) => provider.name),
    language,
  );
  return (
    <span class="headline__group" data-severity={group.severity}>
      <span class={`headline__icon severity--${group.severity}`}>
        <SeverityIcon severity={group.severity} />
      </span>
      <span class="headline__text">{t('popupLabelValue', [severityWord(group.severity, group.unstated, t), names])}</span>
    </span>
  );
}
