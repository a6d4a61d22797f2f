import type { Maintenance, NotificationSettings, ProviderState, Reading, State } from '../model';
import { activeSnooze } from './active-snooze';
import { ordered, type RadarEvent, severityOf, UNREADABLE_NOTICE_AFTER_MS } from './events';
import type { NotifyLedger, ToldProvider } from './ledger';
import { isQuietTime } from './quiet-hours';
import { leadIncident, type TroubleAsk, troubleAsk } from './trouble';

export interface PolicyInput {
  /** The State just folded: what each assistant reads now. */
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
 * Decide which notices interrupt the user. Pure. Each good reading is compared with what the user was
 * told (the ledger), never with the poll before: a poll that could not read a page changes nothing, so
 * operational → unreadable → outage is told, and outage → unreadable → operational is told as its end.
 * What is shown is written into the returned ledger, so a repeated poll, a restarted worker or a restarted
 * browser never shows it twice.
 */
export function decideNotifications(input: PolicyInput): PolicyOutcome {
  const providers: Record<string, ToldProvider> = {};
  const shown: RadarEvent[] = [];
  const tell = (event: RadarEvent) => {
    const allowed = mayInterrupt(event, input);
    if (allowed) shown.push(event);
    return allowed;
  };
  for (const [providerId, now] of Object.entries(input.next.providers)) {
    const before = input.ledger.providers[providerId];
    const reading = now.error ? undefined : now.reading;
    if (!reading) {
      if (before) providers[providerId] = before;
      continue;
    }
    providers[providerId] = before ? afterReading(providerId, before, reading, input, tell) : baseline(reading);
  }
  const unreadable = unreadableTold(input, tell);
  return { shown: ordered(shown), ledger: { version: 2, providers, unreadable } };
}

/** An assistant's first reading: nothing about what is already there is news, nor is its end. */
function baseline(reading: Reading): ToldProvider {
  return {
    ...(reading.severity === 'operational' || reading.severity === 'maintenance'
      ? {}
      : { episode: { level: reading.severity, told: false } }),
    incidents: incidentsOf(reading),
    maintenances: Object.fromEntries(underWay(reading).map((maintenance) => [maintenance.id, false])),
  };
}

function afterReading(
  providerId: string,
  before: ToldProvider,
  reading: Reading,
  input: PolicyInput,
  tell: (event: RadarEvent) => boolean,
): ToldProvider {
  const { ask, passedOver } = troubleAsk(before, reading, input.settings.minSeverity);
  const next: ToldProvider = {
    ...(passedOver ? { episode: passedOver } : {}),
    incidents: incidentsOf(reading),
    maintenances: maintenancesAfter(providerId, before, reading, input.settings, tell),
  };
  if (!ask) return next;
  const confirmed = before.pending?.change === ask.change;
  if (!ask.anchored && !confirmed) return { ...next, pending: { change: ask.change, seenAt: reading.fetchedAt } };
  if (tell(troubleEvent(providerId, before, reading, ask))) return withEpisode(next, ask.after);
  // Held back (muted, snoozed, quiet hours, switched off): an end is over all the same; a start or a
  // worsening stays to be told once it may interrupt, if the trouble still lasts.
  if (ask.change === 'end') return withEpisode(next, undefined);
  return { ...next, pending: { change: ask.change, seenAt: reading.fetchedAt } };
}

function withEpisode(told: ToldProvider, episode: ToldProvider['episode']): ToldProvider {
  const { episode: _replaced, ...rest } = told;
  return episode ? { ...rest, episode } : rest;
}

function troubleEvent(providerId: string, before: ToldProvider, reading: Reading, ask: TroubleAsk): RadarEvent {
  if (ask.change === 'end') return { kind: 'trouble_ended', providerId, from: before.episode?.level ?? 'degraded' };
  const incident = leadIncident(before, reading);
  const about = {
    providerId,
    severity: reading.severity,
    unstated: reading.unstated === true,
    ...(incident ? { incident } : {}),
  };
  return ask.change === 'start'
    ? { kind: 'trouble_started', ...about }
    : { kind: 'trouble_worsened', ...about, from: before.episode?.level ?? 'degraded' };
}

function incidentsOf(reading: Reading): ToldProvider['incidents'] {
  return Object.fromEntries(reading.incidents.map((incident) => [incident.id, incident.impact]));
}

function underWay(reading: Reading): Maintenance[] {
  return reading.maintenances.filter((maintenance) => maintenance.inProgress);
}

/** Maintenance is told by its own switch: its start when it begins, its end only when its start was told. */
function maintenancesAfter(
  providerId: string,
  before: ToldProvider,
  reading: Reading,
  settings: NotificationSettings,
  tell: (event: RadarEvent) => boolean,
): Record<string, boolean> {
  const now = underWay(reading);
  const next: Record<string, boolean> = {};
  for (const maintenance of now) {
    const wasTold = before.maintenances[maintenance.id];
    next[maintenance.id] = wasTold ?? (settings.maintenance && tell({ kind: 'maintenance_started', providerId, maintenance }));
  }
  const ongoing = new Set(now.map((maintenance) => maintenance.id));
  for (const [id, told] of Object.entries(before.maintenances)) {
    if (!told || ongoing.has(id)) continue;
    const maintenance = reading.maintenances.find((listed) => listed.id === id);
    tell({ kind: 'maintenance_ended', providerId, ...(maintenance ? { maintenance } : {}) });
  }
  return next;
}

/** One quiet notice per run of failures, once a page has been unreadable for long. */
function unreadableTold(input: PolicyInput, tell: (event: RadarEvent) => boolean): string[] {
  const told: string[] = [];
  for (const [providerId, now] of Object.entries(input.next.providers)) {
    if (!now.error) continue;
    if (input.ledger.unreadable.includes(providerId)) told.push(providerId);
    else if (input.settings.unreadable && longUnreadable(now) && now.failingSince) {
      if (tell({ kind: 'source_unreadable', providerId, since: now.failingSince })) told.push(providerId);
    }
  }
  return told;
}

function longUnreadable(now: ProviderState): boolean {
  if (!now.failingSince) return false;
  return Date.parse(now.checkedAt) - Date.parse(now.failingSince) >= UNREADABLE_NOTICE_AFTER_MS;
}

/** The switch, per-assistant mutes, snoozes and quiet hours. */
function mayInterrupt(event: RadarEvent, input: PolicyInput): boolean {
  const { settings, nowMs } = input;
  if (!settings.enabled || settings.muted.includes(event.providerId)) return false;
  if (activeSnooze(settings, event.providerId, input.next, nowMs)) return false;
  if (!isQuietTime(settings.quietHours, nowMs, input.timeZone)) return true;
  return settings.quietHours.majorOutagesBreakThrough && severityOf(event) === 'major_outage';
}
