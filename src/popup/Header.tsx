import type { Overview } from '../core/view/overview';
import { useLocale } from '../ui/i18n-context';
import { TimeAgo } from '../ui/TimeAgo';

/** Counted as the badge counts them (a page that failed only briefly counts as its last reading). */
function headline({ glance: overview }: Overview, checked: boolean, t: ReturnType<typeof useLocale>['t']): string {
  if (overview.affectedCount > 0) return t('popupSummaryAffected', String(overview.affectedCount));
  if (!checked) return t('popupSummaryNotChecked');
  if (overview.unknownCount > 0) return t('popupSummaryUnknown', String(overview.unknownCount));
  if (overview.maintenanceCount > 0) return t('popupSummaryMaintenance', String(overview.maintenanceCount));
  return t('popupSummaryAllClear');
}

/** The one line that answers "is it them or me", when it was checked, and a way to check again. */
export function Header({
  overview,
  checkedAt,
  busy,
  onRefresh,
  shed = false,
}: {
  overview: Overview;
  checkedAt: string | undefined;
  busy: boolean;
  onRefresh: () => void;
  /** The last check did not fit the browser's storage whole (see core/state/shed). */
  shed?: boolean;
}) {
  const { t } = useLocale();
  const { glance } = overview;
  const tone = glance.affectedCount > 0 ? 'affected' : glance.unknownCount > 0 ? 'unknown' : 'clear';
  return (
    <header class={`summary summary--${tone}`}>
      <div class="summary__text">
        <h1 class="summary__headline" aria-live="polite">
          {headline(overview, checkedAt !== undefined, t)}
        </h1>
        {checkedAt && (
          <p class="summary__checked">
            <TimeAgo iso={checkedAt} template={(relative) => t('popupLastChecked', relative)} />
          </p>
        )}
        {shed && <p class="summary__checked">{t('popupHistoryShed')}</p>}
      </div>
      <button type="button" class="refresh" onClick={onRefresh} disabled={busy} aria-busy={busy}>
        <span class={busy ? 'refresh__spinner refresh__spinner--on' : 'refresh__spinner'} aria-hidden="true" />
        {busy ? t('popupRefreshing') : t('popupRefresh')}
      </button>
    </header>
  );
}
