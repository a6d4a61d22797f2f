import type { RadarEvent } from './events';
import type { NotificationSettings, Severity, State } from './model';
import { emptyTold, type NotifyLedger, type ToldProvider, toldTrouble } from './notify-ledger';
import { isQuietTime } from './quiet-hours';
import { isKnown, rank, worsened } from './severity';
import { activeSnooze } from './snooze';

export interface PolicyInput {
  events: readonly RadarEvent[];
  /** The State just folded: what is open now. */
  next: State;
  ledger: NotifyLedger;
  settings: NotificationSettings;
  nowMs: number;
  /** IANA time zone of the user, for quiet hours. */
  timeZone: string;
}

export interface PolicyOutcome {
  /** Worst first; shown together as one notification. Empty: nothing to show. */
  shown: RadarEvent[];
  /** What was told, to store with the State (in the same write). */
  ledger: NotifyLedger;
}

/**
 * Decide which events interrupt the user. Pure: the same input always gives the same answer, and what is
 * shown is written into the returned ledger, so that a repeated poll, a restarted worker or a restarted
 * browser never shows it twice. Incidents (they have ids) are told at once; a severity change with no
 * incident behind it is told only once a second poll has seen it too.
 */
export function decideNotifications(input: PolicyInput): PolicyOutcome {
  const ledger = structuredClone(input.ledger);
  const candidates = [...confirmedChanges(input, ledger), ...input.events.filter((event) => !needsConfirmation(event))];
  for (const event of input.events) {
    if (needsConfirmation(event)) ledger.pending[event.providerId] = pendingOf(event, input.next.checkedAt ?? '');
  }

  const shown: RadarEvent[] = [];
  for (const event of ordered(candidates)) {
    if (!input.settings.enabled || !mayInterrupt(event, input)) continue;
    const told = ledger.providers[event.providerId] ?? emptyTold();
    ledger.providers[event.providerId] = told;
    if (tell(event, told, input.settings)) shown.push(event);
  }
  forgetWhatIsOver(ledger, input.next);
  return { shown, ledger };
}

function needsConfirmation(event: RadarEvent): event is Extract<RadarEvent, { kind: 'status_changed' | 'recovered' }> {
  return event.kind === 'status_changed' || event.kind === 'recovered';
}

function pendingOf(event: Extract<RadarEvent, { kind: 'status_changed' | 'recovered' }>, seenAt: string) {
  return { from: event.from, to: event.kind === 'recovered' ? 'operational' : event.to, seenAt } as const;
}

/** Changes seen in the previous poll that this poll sees again; every other pending change was a flap. */
function confirmedChanges(input: PolicyInput, ledger: NotifyLedger): RadarEvent[] {
  const confirmed: RadarEvent[] = [];
  for (const [providerId, pending] of Object.entries(ledger.pending)) {
    delete ledger.pending[providerId];
    const now = input.next.providers[providerId];
    if (!now || now.error || now.severity !== pending.to) continue;
    if (pending.to === 'operational') confirmed.push({ kind: 'recovered', providerId, from: pending.from });
    // An incident posted since speaks for itself.
    else if ((now.reading?.incidents.length ?? 0) === 0) {
      confirmed.push({ kind: 'status_changed', providerId, from: pending.from, to: pending.to });
    }
  }
  return confirmed;
}

/** Per-assistant switches, snoozes and quiet hours. */
function mayInterrupt(event: RadarEvent, input: PolicyInput): boolean {
  const { settings, nowMs } = input;
  if (settings.muted.includes(event.providerId)) return false;
  if (activeSnooze(settings, event.providerId, input.next, nowMs)) return false;
  if (!isQuietTime(settings.quietHours, nowMs, input.timeZone)) return true;
  return settings.quietHours.majorOutagesBreakThrough && severityOf(event) === 'major_outage';
}

/** Whether the event is news to the user, given what they were told; records it when it is. */
function tell(event: RadarEvent, told: ToldProvider, settings: NotificationSettings): boolean {
  const enough = (severity: Severity) => isKnown(severity) && rank(severity) >= rank(settings.minSeverity);
  switch (event.kind) {
    case 'incident_opened':
    case 'incident_escalated': {
      const before = told.incidents[event.incident.id];
      if (before && !worsened(before.impact, event.incident.impact)) return false;
      if (!enough(event.incident.impact)) return false;
      told.incidents[event.incident.id] = { impact: event.incident.impact, status: event.incident.status };
      return true;
    }
    case 'incident_updated': {
      const before = told.incidents[event.incident.id];
      if (!before || before.status === event.incident.status) return false;
      before.status = event.incident.status;
      return true;
    }
    case 'incident_resolved': {
      if (!told.incidents[event.incident.id]) return false;
      delete told.incidents[event.incident.id];
      return true;
    }
    case 'status_changed': {
      if (told.severity === event.to || !enough(event.to)) return false;
      told.severity = event.to;
      return true;
    }
    case 'recovered': {
      if (!toldTrouble(told)) return false;
      told.incidents = {};
      delete told.severity;
      return true;
    }
    case 'maintenance_started': {
      if (!settings.maintenance || told.maintenances.includes(event.maintenance.id)) return false;
      told.maintenances.push(event.maintenance.id);
      return true;
    }
    case 'maintenance_ended': {
      if (!told.maintenances.includes(event.maintenance.id)) return false;
      told.maintenances = told.maintenances.filter((id) => id !== event.maintenance.id);
      return true;
    }
    case 'source_unreadable': {
      if (!settings.unreadable || told.unreadable) return false;
      told.unreadable = true;
      return true;
    }
  }
}

/**
 * Drop what no longer needs remembering: incidents and maintenances the page no longer lists (their end
 * may have fallen in quiet hours), the unreadable mark once the page reads, assistants no longer watched.
 */
function forgetWhatIsOver(ledger: NotifyLedger, next: State): void {
  for (const [providerId, told] of Object.entries(ledger.providers)) {
    const now = next.providers[providerId];
    if (!now) {
      delete ledger.providers[providerId];
      continue;
    }
    if (now.error || !now.reading) continue;
    told.unreadable = false;
    const open = new Set(now.reading.incidents.map((incident) => incident.id));
    for (const id of Object.keys(told.incidents)) if (!open.has(id)) delete told.incidents[id];
    const underWay = new Set(now.reading.maintenances.filter((m) => m.inProgress).map((m) => m.id));
    told.maintenances = told.maintenances.filter((id) => underWay.has(id));
    // Trouble told without an incident ends with a recovery; one still to be confirmed keeps it.
    if (now.severity === 'operational' && !ledger.pending[providerId]) delete told.severity;
  }
}

/** The severity an event announces; good news and notices carry none. */
export function severityOf(event: RadarEvent): Severity | undefined {
  switch (event.kind) {
    case 'incident_opened':
    case 'incident_escalated':
    case 'incident_updated':
      return event.incident.impact;
    case 'status_changed':
      return event.to;
    case 'maintenance_started':
      return 'maintenance';
    default:
      return undefined;
  }
}

const KIND_ORDER: readonly RadarEvent['kind'][] = [
  'incident_opened',
  'incident_escalated',
  'status_changed',
  'incident_updated',
  'maintenance_started',
  'incident_resolved',
  'recovered',
  'maintenance_ended',
  'source_unreadable',
];

/** Worst first: trouble by severity, then follow-ups, good news, and notices last. */
function ordered(events: RadarEvent[]): RadarEvent[] {
  const weight = (event: RadarEvent) => {
    const severity = severityOf(event);
    return severity && isKnown(severity) ? rank(severity) : -1;
  };
  const trouble = (event: RadarEvent) => (isTrouble(event) ? 0 : 1);
  return [...events].sort(
    (a, b) => trouble(a) - trouble(b) || weight(b) - weight(a) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}

function isTrouble(event: RadarEvent): boolean {
  return event.kind === 'incident_opened' || event.kind === 'incident_escalated' || event.kind === 'status_changed';
}
