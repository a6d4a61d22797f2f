import type { Translate } from '../i18n';
import type { Provider, Severity, State } from '../model';
import { clip } from '../platforms/platform';
import { alternativesFor } from '../view/alternatives';
import { safeStatusLink } from '../view/links';
import { isTrouble, type RadarEvent, severityOf } from './events';

/** What a notification shows and where its clicks lead: plain data, shown by the browser layer. */
export interface Notice {
  /** Stable for one poll: showing it again (after a worker restart) replaces it instead of adding one. */
  id: string;
  title: string;
  message: string;
  /** Only the "could not check for long" notice is quiet. */
  silent: boolean;
  /** The worst severity announced, for the icon. */
  severity: Severity;
  /** The assistant the notice leads with, for the icon. */
  providerId: string;
  providerName: string;
  /** Where a click on the notice goes: the incident, else the status page, else the assistant. */
  openUrl: string;
  statusPageUrl?: string;
  switchTo?: { name: string; url: string };
}

const MESSAGE_LENGTH = 240;

/**
 * One notification for everything shown after one poll: a single event speaks for itself; several name
 * their assistants, worst first, one line each.
 */
export function noticeFor(
  shown: readonly RadarEvent[],
  state: State,
  watched: readonly Provider[],
  t: Translate,
  locale: string,
): Notice | undefined {
  const byId = new Map(watched.map((provider) => [provider.id, provider]));
  const events = shown.filter((event) => byId.has(event.providerId));
  const first = events[0];
  const lead = first && byId.get(first.providerId);
  if (!first || !lead) return undefined;
  const headline = (event: RadarEvent) => headlineOf(event, byId.get(event.providerId)?.name ?? event.providerId, t);

  const names = [...new Set(events.map((event) => byId.get(event.providerId)?.name ?? event.providerId))];
  const single = events.length === 1;
  const title = single
    ? headline(first)
    : t('notifyManyTitle', new Intl.ListFormat(locale, { type: 'conjunction' }).format(names));
  const message = single
    ? detail(first, t)
    : events.map((event) => `${headline(event)}${subject(event) ? ` · ${subject(event)}` : ''}`).join('\n');
  const healthy = alternativesFor(lead.category, state, watched).find((provider) => provider.id !== lead.id);
  const severity = severityOf(first) ?? (first.kind === 'source_unreadable' ? 'unknown' : 'operational');

  return {
    id: `radar-${state.checkedAt ?? ''}`,
    title,
    message: clip(message, MESSAGE_LENGTH * (single ? 1 : 2)),
    silent: events.every((event) => event.kind === 'source_unreadable'),
    severity,
    providerId: lead.id,
    providerName: lead.name,
    openUrl: linkOf(first, lead),
    ...(lead.statusPageUrl ? { statusPageUrl: lead.statusPageUrl } : {}),
    ...(healthy && isTrouble(first) ? { switchTo: { name: healthy.name, url: healthy.chatUrl } } : {}),
  };
}

/** "Claude API: Partial outage", "ChatGPT: now Major outage", "Mistral: incident posted", ... */
function headlineOf(event: RadarEvent, name: string, t: Translate): string {
  switch (event.kind) {
    case 'trouble_started':
      return event.unstated ? t('notifyIncidentPosted', name) : t('notifyOpened', [name, t(`severity_${event.severity}`)]);
    case 'trouble_worsened':
      return t('notifyEscalated', [name, t(`severity_${event.severity}`)]);
    case 'trouble_ended':
      return t('notifyRecovered', name);
    case 'maintenance_started':
      return t('notifyMaintenanceStarted', name);
    case 'maintenance_ended':
      return t('notifyMaintenanceEnded', name);
    case 'source_unreadable':
      return t('notifyUnreadable', name);
  }
}

/** The incident or maintenance an event is about, in the page's words. */
function subject(event: RadarEvent): string | undefined {
  if ('incident' in event) return event.incident?.title;
  if ('maintenance' in event) return event.maintenance?.title;
  return undefined;
}

function detail(event: RadarEvent, t: Translate): string {
  const about = subject(event);
  if (about) {
    const update = 'incident' in event ? event.incident?.latestUpdate?.body : undefined;
    return update ? `${about}\n${update}` : about;
  }
  if (isTrouble(event)) return t('popupNoIncidentPosted');
  if (event.kind === 'trouble_ended') return t('notifyRecoveredDetail');
  if (event.kind === 'source_unreadable') return t('notifyUnreadableDetail');
  return '';
}

function linkOf(event: RadarEvent, provider: Provider): string {
  const url = 'incident' in event ? event.incident?.url : 'maintenance' in event ? event.maintenance?.url : undefined;
  return (url && safeStatusLink(url, provider)) || provider.statusPageUrl || provider.chatUrl;
}

/**
 * The notice that the user's own requests keep failing (issue 17), one for every assistant told at once, beside
 * what each one's status page says: never in its words. It leads to the status page, and offers a healthy
 * alternative of the same kind, as a page's own notice does.
 */
export function ownTrafficNoticeFor(
  providerIds: readonly string[],
  state: State,
  watched: readonly Provider[],
  t: Translate,
  locale: string,
  atMinute: number,
): Notice | undefined {
  const told = providerIds.flatMap((id) => watched.find((provider) => provider.id === id) ?? []);
  const lead = told[0];
  if (!lead) return undefined;
  const pageWord = (provider: Provider) => t(`severity_${state.providers[provider.id]?.severity ?? 'unknown'}`);
  const single = told.length === 1;
  const healthy = alternativesFor(lead.category, state, watched).find((provider) => !told.includes(provider));
  return {
    id: `radar-own-${atMinute}`,
    title: single
      ? t('notifyOwnFailingTitle', lead.name)
      : t(
          'notifyOwnFailingManyTitle',
          new Intl.ListFormat(locale, { type: 'conjunction' }).format(told.map((provider) => provider.name)),
        ),
    message: clip(
      single
        ? t('notifyOwnFailingDetail', pageWord(lead))
        : told.map((provider) => t('notifyOwnFailingLine', [provider.name, pageWord(provider)])).join('\n'),
      MESSAGE_LENGTH * 2,
    ),
    silent: false,
    // The badge's colour for the same warning: the page's own severity is not claimed.
    severity: 'degraded',
    providerId: lead.id,
    providerName: lead.name,
    openUrl: lead.statusPageUrl || lead.chatUrl,
    ...(lead.statusPageUrl ? { statusPageUrl: lead.statusPageUrl } : {}),
    ...(healthy ? { switchTo: { name: healthy.name, url: healthy.chatUrl } } : {}),
  };
}
