import type { Incident, NotificationSettings, Reading } from '../model';
import { isAffected, isKnown, rank, worsened } from '../severity';
import type { Episode, ToldProvider, TroubleChange } from './ledger';

/** What one good reading asks to tell about an assistant's trouble, given what was told before. */
export interface TroubleAsk {
  change: TroubleChange;
  /** An incident id stands behind it (new, or its impact rose; or every told incident is gone): news at once. */
  anchored: boolean;
  /** The episode once the change is told. */
  after: Episode | undefined;
}

/**
 * Whether a reading is worth interrupting for under the threshold. A page that states no severity cannot
 * be weighed against it: its incidents are told under every threshold up to partial outage (the default),
 * since an incident posted is the only word such a page gives; under "major outages only" they are not.
 */
export function reachesThreshold(reading: Reading, minSeverity: NotificationSettings['minSeverity']): boolean {
  if (!isAffected(reading.severity)) return false;
  if (rank(reading.severity) >= rank(minSeverity)) return true;
  return reading.unstated === true && rank(minSeverity) <= rank('partial_outage');
}

/**
 * The episode's next step. A rise to a level not yet accounted for asks to be told when it reaches the
 * threshold, and is passed over (accounted, untold) when it does not; a fall within the trouble asks
 * nothing (its level was told); the end asks to be told only when something of the episode was.
 */
export function troubleAsk(
  told: ToldProvider,
  reading: Reading,
  minSeverity: NotificationSettings['minSeverity'],
): { ask?: TroubleAsk; passedOver: Episode | undefined } {
  const episode = told.episode;
  const severity = reading.severity;
  if (!isAffected(severity)) {
    if (!episode?.told) return { passedOver: undefined };
    const hadIncidents = Object.keys(told.incidents).length > 0;
    return {
      ask: { change: 'end', anchored: hadIncidents && reading.incidents.length === 0, after: undefined },
      // Kept until the end is told: an end seen once, with no incident gone, waits for the next reading.
      passedOver: episode,
    };
  }
  if (episode && rank(severity) <= rank(episode.level)) return { passedOver: episode };
  if (!reachesThreshold(reading, minSeverity)) return { passedOver: { level: severity, told: episode?.told ?? false } };
  return {
    ask: {
      change: episode?.told ? 'worsen' : 'start',
      anchored: newsIncident(told, reading) !== undefined,
      after: { level: severity, told: true },
    },
    passedOver: episode,
  };
}

/** An open incident that is new since the last good reading, or whose impact rose: worst first. */
export function newsIncident(told: ToldProvider, reading: Reading): Incident | undefined {
  const news = reading.incidents.filter((incident) => {
    const before = told.incidents[incident.id];
    return before === undefined || worsened(before, incident.impact);
  });
  return worstIncident(news);
}

/** The incident that speaks for the reading: the news if any, else the worst open one. */
export function leadIncident(told: ToldProvider, reading: Reading): Incident | undefined {
  return newsIncident(told, reading) ?? worstIncident(reading.incidents);
}

function worstIncident(incidents: readonly Incident[]): Incident | undefined {
  const weight = (incident: Incident) => (isKnown(incident.impact) ? rank(incident.impact) : -1);
  return [...incidents].sort((a, b) => weight(b) - weight(a))[0];
}
