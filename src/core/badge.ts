import type { Translate } from './i18n';
import type { Provider, Severity, State } from './model';
import { overviewOf } from './overview';

/** Badge backgrounds: each has at least 4.5:1 contrast with the white badge text. */
export const BADGE_COLORS: Record<Severity, string> = {
  operational: '#15803d',
  maintenance: '#1d4ed8',
  degraded: '#a16207',
  partial_outage: '#c2410c',
  major_outage: '#b91c1c',
  unknown: '#4b5563',
};

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/**
 * The toolbar at a glance: nothing when all is well; the number of affected assistants coloured by the
 * worst; otherwise a mark for "could not check" or for maintenance. The text differs for each case, so
 * colour is never the only signal. The tooltip names each assistant that is not operational, worst first.
 */
export function badgeFor(state: State, watched: readonly Provider[], t: Translate): Badge {
  const overview = overviewOf(state, watched);
  const lines = overview.attention.map((row) => t('badgeLine', [row.provider.name, t(`severity_${row.severity}`)]));
  const title = lines.length === 0 ? t('badgeTitleAllClear') : [t('extName'), ...lines].join('\n');
  const worst = overview.attention[0]?.severity;

  if (overview.affectedCount > 0 && worst) return { text: String(overview.affectedCount), color: BADGE_COLORS[worst], title };
  if (overview.unknownCount > 0) return { text: t('badgeUnknown'), color: BADGE_COLORS.unknown, title };
  if (overview.maintenanceCount > 0) return { text: t('badgeMaintenance'), color: BADGE_COLORS.maintenance, title };
  return { text: '', color: BADGE_COLORS.operational, title };
}
