import type { Headline as HeadlineModel } from '../core/view/first-screen';
import { useLocale } from '../ui/i18n-context';
import { plural } from '../ui/plural';
import { SeverityIcon } from '../ui/SeverityIcon';
import { GroupLine } from './GroupLine';

/**
 * The answer to "is it them or me", in words: each level with the assistants at it ("Partial outage: Claude
 * API and Gemini API"), all clear with how many were checked, or that the connection is down.
 */
/** "All clear: the one assistant checked is working" or "all 19 …": one form a plural category. */
const ALL_CLEAR = { one: 'popupAllClearOne', other: 'popupAllClearOther' } as const;

export function Headline({ headline }: { headline: HeadlineModel }) {
  const locale = useLocale();
  const { t } = locale;
  switch (headline.kind) {
    case 'nothing_watched':
      return <h1 class="headline">{t('popupNoWatched')}</h1>;
    case 'not_checked':
      return <h1 class="headline">{t('popupSummaryNotChecked')}</h1>;
    case 'offline':
      return <h1 class="headline headline--offline">{t('popupOfflineHeadline')}</h1>;
    case 'all_clear': {
      return (
        <h1 class="headline headline--clear">
          <span class="headline__group">
            <span class="headline__icon severity--operational">
              <SeverityIcon severity="operational" />
            </span>
            <span class="headline__text">
              {plural(t, locale.language, ALL_CLEAR, headline.checked, [String(headline.checked)])}
            </span>
          </span>
        </h1>
      );
    }
    case 'trouble':
      return (
        <h1 class={`headline headline--${headline.tone}`}>
          {headline.groups.map((group) => (
            <GroupLine key={`${group.severity}${group.unstated}`} group={group} />
          ))}
          {headline.more > 0 && <span class="headline__more">{t('popupAndMore', String(headline.more))}</span>}
        </h1>
      );
  }
}
