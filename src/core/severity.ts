import type { KnownSeverity, NotificationSettings, Severity } from './model';

/** Known severities from best to worst. `unknown` is not on this scale. */
export const SEVERITY_ORDER: readonly KnownSeverity[] = [
  'operational',
  'maintenance',
  'degraded',
  'partial_outage',
  'major_outage',
];

/** Every severity a reading can hold: the known scale, then `unknown`. */
export const SEVERITIES: readonly Severity[] = [...SEVERITY_ORDER, 'unknown'];

/** The thresholds a user can notify from: the severities the user feels. */
export const MIN_SEVERITIES: readonly NotificationSettings['minSeverity'][] = ['degraded', 'partial_outage', 'major_outage'];

export function rank(severity: KnownSeverity): number {
  return SEVERITY_ORDER.indexOf(severity);
}

export function isKnown(severity: Severity): severity is KnownSeverity {
  return severity !== 'unknown';
}

/** The worst known severity; `unknown` never wins and never hides a real signal. No signal reads operational. */
export function worst(severities: Iterable<Severity>): KnownSeverity {
  let result: KnownSeverity = 'operational';
  for (const severity of severities) {
    if (isKnown(severity) && rank(severity) > rank(result)) result = severity;
  }
  return result;
}

/** Whether `to` is a known severity worse than `from` (anything known is news after unknown). */
export function worsened(from: Severity, to: Severity): boolean {
  return isKnown(to) && (!isKnown(from) || rank(to) > rank(from));
}

/** Degraded or worse: the user feels it. Maintenance and unknown are shown apart. */
export function isAffected(severity: Severity): boolean {
  return isKnown(severity) && rank(severity) >= rank('degraded');
}

/** Statuspage `status.indicator` and incident `impact` words. */
const IMPACT_WORDS = new Map<string, KnownSeverity>(
  Object.entries({
    none: 'operational',
    maintenance: 'maintenance',
    minor: 'degraded',
    major: 'partial_outage',
    critical: 'major_outage',
  }),
);

/** Component status words of Statuspage, incident.io and Flashduty. */
const COMPONENT_WORDS = new Map<string, KnownSeverity>(
  Object.entries({
    operational: 'operational',
    under_maintenance: 'maintenance',
    degraded_performance: 'degraded',
    degraded: 'degraded',
    partial_outage: 'partial_outage',
    major_outage: 'major_outage',
    full_outage: 'major_outage',
  }),
);

/** A word the platform uses that we do not know reads `unknown`: never worse than the feed supports. */
export function fromImpact(word: unknown): Severity {
  return (typeof word === 'string' && IMPACT_WORDS.get(word)) || 'unknown';
}

export function fromComponentStatus(word: unknown): Severity {
  return (typeof word === 'string' && COMPONENT_WORDS.get(word)) || 'unknown';
}
