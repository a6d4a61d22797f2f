import { isRecord } from './body';
import { CATALOG, CATEGORIES } from './catalog';
import type { CustomPage, NotificationSettings, QuietHours, Settings, Snooze, Source, State } from './model';
import { isPlatformName } from './platforms/names';
import {
  DEFAULT_POLL_MINUTES,
  defaultNotificationSettings,
  defaultSettings,
  MAX_POLL_MINUTES,
  MIN_POLL_MINUTES,
} from './settings';

/** Ids of pages the user added start with this; no built-in id does. */
export const CUSTOM_ID_PREFIX = 'custom:';

import { emptyState } from './state';
import { checkStoredState } from './stored-state';

/**
 * Values read back from storage are not trusted to have our shape (an older version, another extension
 * build, a hand edit): anything that does not fit is replaced, never crashes a reader. A State that does
 * not fit is dropped whole (the next poll writes a fresh one), and the problem is told to `onProblem`.
 */
export function readStoredState(value: unknown, onProblem?: (problem: string) => void): State {
  if (value === undefined) return emptyState();
  const read = checkStoredState(value);
  if (read.ok) return read.state;
  onProblem?.(read.problem);
  return emptyState();
}

/** Settings of any version this code has written, read into the current one; anything else is the defaults. */
export function readStoredSettings(value: unknown, onProblem?: (problem: string) => void): Settings {
  if (!isRecord(value) || (value.version !== 1 && value.version !== 2 && value.version !== 3)) {
    if (value !== undefined) onProblem?.('not settings of a known version');
    return defaultSettings();
  }
  // Version 1 and 2 had no custom pages, component choices or tab focusing: their defaults stand in.
  const customPages = Array.isArray(value.customPages) ? dedupeById(value.customPages.flatMap(readCustomPage)) : [];
  const known = new Set([...CATALOG.map((provider) => provider.id), ...customPages.map((page) => page.id)]);
  const watched = Array.isArray(value.watched)
    ? [...new Set(value.watched.filter((id): id is string => typeof id === 'string' && known.has(id)))]
    : defaultSettings().watched;
  const minutes =
    typeof value.pollMinutes === 'number' && Number.isFinite(value.pollMinutes) ? value.pollMinutes : DEFAULT_POLL_MINUTES;
  return {
    version: 3,
    watched,
    pollMinutes: Math.min(MAX_POLL_MINUTES, Math.max(MIN_POLL_MINUTES, Math.round(minutes))),
    // Version 1 had no notification settings: the defaults stand in, field by field.
    notifications: readNotificationSettings(value.notifications, known),
    components: readComponents(value.components, known),
    customPages,
    focusOpenTabs: value.focusOpenTabs === true,
  };
}

const MAX_NAME_LENGTH = 60;

/** A page the user added, kept only if every part of it is one the poller can use safely. */
function readCustomPage(value: unknown): CustomPage[] {
  if (!isRecord(value)) return [];
  const { id, name, category, statusPageUrl, chatUrl, platform } = value;
  if (typeof id !== 'string' || !id.startsWith(CUSTOM_ID_PREFIX)) return [];
  if (typeof name !== 'string' || name.trim() === '') return [];
  const inCategory = CATEGORIES.find((known) => known === category);
  if (!inCategory || typeof platform !== 'string' || !isPlatformName(platform)) return [];
  if (!isHttpsUrl(statusPageUrl)) return [];
  const sources = Array.isArray(value.sources) ? value.sources.flatMap(readSource) : [];
  if (sources.length === 0) return [];
  return [
    {
      id,
      name: name.trim().slice(0, MAX_NAME_LENGTH),
      category: inCategory,
      statusPageUrl,
      chatUrl: isHttpsUrl(chatUrl) ? chatUrl : statusPageUrl,
      platform,
      sources,
    },
  ];
}

function readSource(value: unknown): Source[] {
  if (!isRecord(value) || typeof value.platform !== 'string' || !isPlatformName(value.platform)) return [];
  return isHttpsUrl(value.url) ? [{ platform: value.platform, url: value.url }] : [];
}

function readComponents(value: unknown, known: ReadonlySet<string>): Record<string, string[]> {
  const components: Record<string, string[]> = {};
  if (!isRecord(value)) return components;
  for (const [id, ids] of Object.entries(value)) {
    if (!known.has(id) || !Array.isArray(ids)) continue;
    const kept = [...new Set(ids.filter((entry): entry is string => typeof entry === 'string'))];
    if (kept.length > 0) components[id] = kept;
  }
  return components;
}

function dedupeById(pages: CustomPage[]): CustomPage[] {
  return [...new Map(pages.map((page) => [page.id, page])).values()];
}

export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

const MIN_SEVERITIES: readonly NotificationSettings['minSeverity'][] = ['degraded', 'partial_outage', 'major_outage'];
const MINUTES_A_DAY = 24 * 60;

function readNotificationSettings(value: unknown, known: ReadonlySet<string>): NotificationSettings {
  const defaults = defaultNotificationSettings();
  if (!isRecord(value)) return defaults;
  const flag = (field: unknown, fallback: boolean) => (typeof field === 'boolean' ? field : fallback);
  const minSeverity = MIN_SEVERITIES.find((severity) => severity === value.minSeverity) ?? defaults.minSeverity;
  const muted = Array.isArray(value.muted)
    ? [...new Set(value.muted.filter((id): id is string => typeof id === 'string' && known.has(id)))]
    : defaults.muted;
  const snoozes = Array.isArray(value.snoozes) ? value.snoozes.flatMap((entry) => readSnooze(entry, known)) : [];
  return {
    enabled: flag(value.enabled, defaults.enabled),
    minSeverity,
    maintenance: flag(value.maintenance, defaults.maintenance),
    unreadable: flag(value.unreadable, defaults.unreadable),
    muted,
    snoozes,
    quietHours: readQuietHours(value.quietHours, defaults.quietHours),
  };
}

function readSnooze(value: unknown, known: ReadonlySet<string>): Snooze[] {
  if (!isRecord(value) || typeof value.providerId !== 'string' || !known.has(value.providerId)) return [];
  const until = typeof value.until === 'number' && Number.isFinite(value.until) ? value.until : undefined;
  const incidentId = typeof value.incidentId === 'string' ? value.incidentId : undefined;
  if (until === undefined && incidentId === undefined) return [];
  return [{ providerId: value.providerId, ...(until === undefined ? {} : { until }), ...(incidentId ? { incidentId } : {}) }];
}

function readQuietHours(value: unknown, defaults: QuietHours): QuietHours {
  if (!isRecord(value)) return defaults;
  const minutes = (field: unknown, fallback: number) =>
    typeof field === 'number' && Number.isInteger(field) && field >= 0 && field < MINUTES_A_DAY ? field : fallback;
  return {
    enabled: value.enabled === true,
    startMinutes: minutes(value.startMinutes, defaults.startMinutes),
    endMinutes: minutes(value.endMinutes, defaults.endMinutes),
    majorOutagesBreakThrough:
      typeof value.majorOutagesBreakThrough === 'boolean' ? value.majorOutagesBreakThrough : defaults.majorOutagesBreakThrough,
  };
}
