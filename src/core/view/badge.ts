import type { Translate } from '../i18n';
import type { Provider, Severity, State } from '../model';
import { HOUR_MS, MINUTE_MS } from '../time';
import type { TrafficVerdict } from '../traffic/rule';
import { overviewOf, type ProviderRow } from './overview';
import { ownTrafficLine, ownTrafficNotes } from './own-traffic';

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

/** Up to this long, how long a page has been unreadable is told in minutes; beyond it, in hours. */
const MINUTES_UP_TO_MS = 2 * HOUR_MS;

/**
 * The toolbar at a glance: nothing when all is well; the number of affected assistants coloured by the
 * worst; otherwise a mark for "could not check for a while", for maintenance, or for a connection that
 * seems down. A page that failed only briefly is shown as its last good reading (see overview). The text
 * differs for each case, so colour is never the only signal. The tooltip names each assistant that is not
 * operational, worst first, then those whose latest check failed briefly.
 */
export function badgeFor(state: State, watched: readonly Provider[], t: Translate, traffic?: TrafficVerdict): Badge {
  const overview = overviewOf(state, watched);
  const { glance } = overview;
  const own = ownTrafficNotes(traffic, state, watched);
  const ownLines = own.map((note) => ownTrafficLine(note, t));
  if (overview.connectionDown) {
    const offline = offlineBadge(glance.attention, t);
    return ownLines.length > 0 ? { ...offline, title: [offline.title, ...ownLines].join('\n') } : offline;
  }

  // A blip on a page last read operational leaves the glance all clear, but the tooltip owns up to it.
  const blips = overview.attention.filter((row) => row.state?.error !== undefined && row.glanceSeverity === 'operational');
  const lines = [...glance.attention, ...blips].map((row) => lineFor(row, t));
  const alarming = own.filter((note) => note.kind !== 'usage_limit');
  const header = glance.attention.length === 0 && alarming.length === 0 ? t('badgeTitleAllClear') : t('extName');
  // The user's own requests after the pages' word: apart from it, never in place of it.
  const title = [header, ...lines, ...ownLines].join('\n');
  const worst = glance.attention[0]?.glanceSeverity;

  if (glance.affectedCount > 0 && worst) return { text: String(glance.affectedCount), color: BADGE_COLORS[worst], title };
  // Nothing the pages say, but the user's own requests fail: a mark of its own, never a count of assistants down.
  if (alarming.length > 0) {
    const color = alarming.some((note) => note.kind === 'failing') ? BADGE_COLORS.degraded : BADGE_COLORS.unknown;
    return { text: t('badgeOwnTraffic'), color, title };
  }
  if (glance.unknownCount > 0) return { text: t('badgeUnknown'), color: BADGE_COLORS.unknown, title };
  if (glance.maintenanceCount > 0) return { text: t('badgeMaintenance'), color: BADGE_COLORS.maintenance, title };
  return { text: '', color: BADGE_COLORS.operational, title };
}

/**
 * No page answered: a mark of its own, and a tooltip that blames the connection, not the assistants. What
 * was last read of those that failed only briefly still shows, so an outage known a minute ago is not lost.
 */
function offlineBadge(attention: readonly ProviderRow[], t: Translate): Badge {
  const lines = attention.filter((row) => row.glanceSeverity !== 'unknown').map((row) => lineFor(row, t));
  return { text: t('badgeOffline'), color: BADGE_COLORS.unknown, title: [t('badgeTitleOffline'), ...lines].join('\n') };
}

/**
 * "Claude: Degraded"; after a blip, "Claude: Could not check just now; last reading: Degraded"; unreadable for a
 * while, "Claude: could not check for 12 min".
 */
function lineFor(row: ProviderRow, t: Translate): string {
  const name = row.provider.name;
  if (row.glanceSeverity === 'unknown') return unreadableLine(name, row.unreadableForMs, t);
  const word = severityWord(row, t);
  return row.state?.error ? t('badgeLineLastReading', [name, word]) : t('badgeLine', [name, word]);
}

/** A reading whose level stands only on incidents that state none says so, rather than pass its floor off as a level. */
function severityWord(row: ProviderRow, t: Translate): string {
  const reading = row.state?.reading;
  if (reading?.unstated && reading.severity === row.glanceSeverity) return t('severity_unstated');
  return t(`severity_${row.glanceSeverity}`);
}

/** Under a minute (a page never read that failed at its first poll) there is no length worth telling. */
function unreadableLine(name: string, forMs: number | undefined, t: Translate): string {
  if (forMs === undefined || forMs < MINUTE_MS) return t('badgeLine', [name, t('severity_unknown')]);
  if (forMs < MINUTES_UP_TO_MS) return t('badgeLineUnreadableMinutes', [name, String(Math.floor(forMs / MINUTE_MS))]);
  return t('badgeLineUnreadableHours', [name, String(Math.floor(forMs / HOUR_MS))]);
}
