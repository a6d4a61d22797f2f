import type { Translate } from './i18n';
import type { Provider, Severity, State } from './model';
import { isAffected, worst } from './severity';

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
 * colour is never the only signal.
 */
export function badgeFor(state: State, watched: readonly Provider[], t: Translate): Badge {
  const rows = watched.map((provider) => ({ provider, severity: state.providers[provider.id]?.severity ?? 'unknown' }));
  const affected = rows.filter((row) => isAffected(row.severity));
  const notOperational = rows.filter((row) => row.severity !== 'operational');

  const lines = notOperational.map((row) => t('badgeLine', [row.provider.name, t(`severity_${row.severity}`)]));
  const title = lines.length === 0 ? t('badgeTitleAllClear') : [t('extName'), ...lines].join('\n');

  if (affected.length > 0) {
    const severity = worst(affected.map((row) => row.severity));
    return { text: String(affected.length), color: BADGE_COLORS[severity], title };
  }
  if (rows.some((row) => row.severity === 'unknown')) {
    return { text: t('badgeUnknown'), color: BADGE_COLORS.unknown, title };
  }
  if (rows.some((row) => row.severity === 'maintenance')) {
    return { text: t('badgeMaintenance'), color: BADGE_COLORS.maintenance, title };
  }
  return { text: '', color: BADGE_COLORS.operational, title };
}
