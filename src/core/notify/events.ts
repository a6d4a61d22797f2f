import type { Incident, KnownSeverity, Maintenance, Severity } from '../model';
import { isKnown, rank } from '../severity';
import { MINUTE_MS } from '../time';

/** After this long unreadable, a page gets one quiet notice: a short blip is not worth one. */
export const UNREADABLE_NOTICE_AFTER_MS = 30 * MINUTE_MS;

/**
 * What a notice can tell about one assistant. Trouble is told by the assistant's effective severity (the
 * one the badge and the popup show), naming the incident behind it when there is one.
 */
export type RadarEvent =
  | {
      kind: 'trouble_started';
      providerId: string;
      severity: KnownSeverity;
      /** The severity stands only on incidents that state none: told as "incident posted". */
      unstated: boolean;
      incident?: Incident;
    }
  | {
      kind: 'trouble_worsened';
      providerId: string;
      severity: KnownSeverity;
      from: KnownSeverity;
      unstated: boolean;
      incident?: Incident;
    }
  | { kind: 'trouble_ended'; providerId: string; from: KnownSeverity }
  | { kind: 'maintenance_started'; providerId: string; maintenance: Maintenance }
  /** The maintenance is absent when the page no longer lists it. */
  | { kind: 'maintenance_ended'; providerId: string; maintenance?: Maintenance }
  | { kind: 'source_unreadable'; providerId: string; since: string };

export type RadarEventKind = RadarEvent['kind'];

/** The severity an event announces; good news and notices carry none. */
export function severityOf(event: RadarEvent): Severity | undefined {
  switch (event.kind) {
    case 'trouble_started':
    case 'trouble_worsened':
      return event.severity;
    case 'maintenance_started':
      return 'maintenance';
    default:
      return undefined;
  }
}

export function isTrouble(event: RadarEvent): boolean {
  return event.kind === 'trouble_started' || event.kind === 'trouble_worsened';
}

const KIND_ORDER: readonly RadarEventKind[] = [
  'trouble_started',
  'trouble_worsened',
  'maintenance_started',
  'trouble_ended',
  'maintenance_ended',
  'source_unreadable',
];

/** Worst first: trouble by severity, then good news, and notices last. */
export function ordered(events: readonly RadarEvent[]): RadarEvent[] {
  const weight = (event: RadarEvent) => {
    const severity = severityOf(event);
    return severity && isKnown(severity) ? rank(severity) : -1;
  };
  const trouble = (event: RadarEvent) => (isTrouble(event) ? 0 : 1);
  return [...events].sort(
    (a, b) => trouble(a) - trouble(b) || weight(b) - weight(a) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}
