import * as v from 'valibot';
import { CATALOG, CATEGORIES } from '../catalog/providers';
import { trafficScopeOf } from '../catalog/traffic';
import { isRecord } from '../fetch/fields';
import type { CustomPage, NotificationSettings, QuietHours, Settings, Snooze } from '../model';
import { PLATFORM_NAMES } from '../platforms/names';
import { MIN_SEVERITIES } from '../severity';
import { MINUTES_A_DAY } from '../time';
import { parseUrl } from '../urls';
import {
  DEFAULT_POLL_MINUTES,
  defaultNotificationSettings,
  defaultSettings,
  MAX_POLL_MINUTES,
  MIN_POLL_MINUTES,
} from './settings';

/**
 * The one schema of Settings, and the one reader of them. Stored settings and a settings file are the same
 * JSON: both are checked against this schema, and both are read through `readStoredSettings`, so that
 * what the options page imports is exactly what the worker would keep.
 */

/** Ids of pages the user added start with this; no built-in id does. */
export const CUSTOM_ID_PREFIX = 'custom:';

/** Each page is polled at every alarm and its readings stored: the cap keeps both within bounds. */
export const MAX_CUSTOM_PAGES = 20;

/** A custom page's name is cut to this; the options form stops typing at it too. */
export const CUSTOM_NAME_MAX_LENGTH = 60;

/**
 * What a value should have been: the schema's messages. The settings file tells them in the user's
 * language (core/settings/settings-file); the worker's console warning names them as they are.
 */
export type Expected =
  | 'missing'
  | 'object'
  | 'list'
  | 'text'
  | 'name'
  | 'boolean'
  | 'pollMinutes'
  | 'minutesOfDay'
  | 'number'
  | 'minSeverity'
  | 'category'
  | 'platform'
  | 'httpsUrl'
  | 'customId'
  | 'snoozeEnd'
  | 'sources'
  | 'tooManyPages';

/** Typed at the call: a message that is no Expected word is a compile error, not a silent "object". */
const say = (expected: Expected): Expected => expected;

export function isHttpsUrl(value: unknown): value is string {
  return typeof value === 'string' && parseUrl(value)?.protocol === 'https:';
}

/** valibot's object and record take an array (as an object with every key missing): a list is refused first. */
const plainObject = v.custom<Record<string, unknown>>(isRecord, say('object'));

function group<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(plainObject, v.object(entries, say('object')));
}

const text = v.string(say('text'));
const flag = v.boolean(say('boolean'));
const wholeNumber = (min: number, max: number, expected: Expected) =>
  v.pipe(v.number(expected), v.integer(expected), v.minValue(min, expected), v.maxValue(max, expected));
const httpsUrl = v.pipe(
  v.string(say('httpsUrl')),
  v.check((url: string) => isHttpsUrl(url), say('httpsUrl')),
);
const platform = v.picklist(PLATFORM_NAMES, say('platform'));
const finiteNumber = v.pipe(v.number(say('number')), v.finite(say('number')));
const minSeverity = v.picklist(MIN_SEVERITIES, say('minSeverity'));
const minutesOfDay = wholeNumber(0, MINUTES_A_DAY - 1, 'minutesOfDay');

const quietHoursFields = {
  enabled: flag,
  startMinutes: minutesOfDay,
  endMinutes: minutesOfDay,
  majorOutagesBreakThrough: flag,
};
const quietHours = group(quietHoursFields);

const snooze = v.pipe(
  group({
    providerId: text,
    until: v.optional(finiteNumber),
    incidentId: v.optional(text),
  }),
  // A snooze with neither end would silence an assistant for ever.
  v.check((entry) => entry.until !== undefined || entry.incidentId !== undefined, say('snoozeEnd')),
);

/** The notification settings that are one value each; the lists and the quiet hours are read apart. */
const notificationFlags = {
  enabled: flag,
  minSeverity,
  maintenance: flag,
  unreadable: flag,
};

const notificationFields = {
  ...notificationFlags,
  // Optional: settings written before it existed are still whole.
  ownTraffic: v.optional(flag),
  muted: v.array(text, say('list')),
  snoozes: v.array(snooze, say('list')),
  quietHours,
};

const source = group({ platform, url: httpsUrl });

const customPage = group({
  id: v.pipe(v.string(say('customId')), v.startsWith(CUSTOM_ID_PREFIX, say('customId'))),
  name: v.pipe(
    v.string(say('name')),
    v.check((name) => name.trim() !== '', say('name')),
  ),
  category: v.picklist(CATEGORIES, say('category')),
  statusPageUrl: httpsUrl,
  chatUrl: httpsUrl,
  platform,
  sources: v.pipe(v.array(source, say('list')), v.minLength(1, say('sources'))),
});

const watched = v.array(text, say('list'));
const pollMinutes = wholeNumber(MIN_POLL_MINUTES, MAX_POLL_MINUTES, 'pollMinutes');
const components = v.pipe(plainObject, v.record(v.string(say('text')), v.array(text, say('list')), say('object')));
const customPages = v.pipe(v.array(customPage, say('list')), v.maxLength(MAX_CUSTOM_PAGES, say('tooManyPages')));

/** Version 3, what this code writes (and exports): every part is there. */
export const CURRENT_SETTINGS = group({
  version: v.literal(3),
  watched,
  pollMinutes,
  notifications: group(notificationFields),
  components,
  customPages,
  focusOpenTabs: flag,
  // Optional: settings written before it existed are still whole version 3 settings.
  ownTraffic: v.optional(watched),
});

/**
 * Versions 1 and 2 lack what came later (version 1 had only the watched list and the period): defaults
 * stand in for what is absent, so only what is there has to be right.
 */
export const OLDER_SETTINGS = group({
  version: v.picklist([1, 2]),
  watched: v.optional(watched),
  pollMinutes: v.optional(pollMinutes),
  notifications: v.optional(v.pipe(plainObject, v.partial(v.object(notificationFields, say('object'))))),
  components: v.optional(components),
  customPages: v.optional(customPages),
  focusOpenTabs: v.optional(flag),
  ownTraffic: v.optional(watched),
});

export type KnownVersion = 1 | 2 | 3;

export function isKnownVersion(version: unknown): version is KnownVersion {
  return version === 1 || version === 2 || version === 3;
}

export function settingsSchemaOf(version: KnownVersion): typeof CURRENT_SETTINGS | typeof OLDER_SETTINGS {
  return version === 3 ? CURRENT_SETTINGS : OLDER_SETTINGS;
}

/** Where an issue is, as `notifications.snoozes.0.until` (empty for the value itself). */
export function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

/** What the issue says was expected; valibot tells a missing key with the message of the object around it. */
export function issueExpected(issue: v.BaseIssue<unknown>): Expected {
  if (issue.kind === 'schema' && issue.type === 'object' && issue.input === undefined) return 'missing';
  return isExpected(issue.message) ? issue.message : 'object';
}

const EXPECTED_WORDS: ReadonlySet<string> = new Set<Expected>([
  'missing',
  'object',
  'list',
  'text',
  'name',
  'boolean',
  'pollMinutes',
  'minutesOfDay',
  'number',
  'minSeverity',
  'category',
  'platform',
  'httpsUrl',
  'customId',
  'snoozeEnd',
  'sources',
  'tooManyPages',
]);

function isExpected(message: string): message is Expected {
  return EXPECTED_WORDS.has(message);
}

/**
 * Settings of any version this code has written, read into the current one. A value that does not fit
 * the schema is told to `onProblem` (its first failing path) and read part by part: each part that fits
 * is kept, each that does not takes its default, so one bad snooze never costs the user the watch list.
 * Ids no longer known are dropped, duplicates merged, the period clamped, the pages capped.
 */
export function readStoredSettings(value: unknown, onProblem?: (problem: string) => void): Settings {
  if (value === undefined) return defaultSettings();
  if (!isRecord(value) || !isKnownVersion(value.version)) {
    onProblem?.('version: not settings of a known version');
    return defaultSettings();
  }
  const checked = v.safeParse(settingsSchemaOf(value.version), value);
  if (!checked.success) {
    const [issue] = checked.issues;
    onProblem?.(`${issuePath(issue).join('.') || 'the value'}: ${issueExpected(issue)} expected`);
  }
  return normalized(partByPart(value));
}

/** The output of `schema` for `value`, or undefined when it does not fit. */
function fits<TSchema extends v.GenericSchema>(schema: TSchema, value: unknown): v.InferOutput<TSchema> | undefined {
  const parsed = v.safeParse(schema, value);
  return parsed.success ? parsed.output : undefined;
}

/** Each field of `value` that fits its schema, the default for each other (and for each field no schema names). */
function fieldsOrDefaults<T extends object, K extends keyof T & string>(
  schemas: { readonly [P in K]: v.GenericSchema<unknown, T[P]> },
  value: Record<string, unknown>,
  defaults: T,
): T {
  const read = { ...defaults };
  for (const key in schemas) read[key] = fits(schemas[key], value[key]) ?? defaults[key];
  return read;
}

/** The entries of a list that fit; undefined when it is no list. */
function each<TSchema extends v.GenericSchema>(schema: TSchema, value: unknown): v.InferOutput<TSchema>[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((entry): v.InferOutput<TSchema>[] => {
    const kept = fits(schema, entry);
    return kept === undefined ? [] : [kept];
  });
}

/** Every part that fits the schema, the default for every other; absent parts (older versions) too. */
function partByPart(value: Record<string, unknown>): Settings {
  const defaults = defaultSettings();
  return {
    version: 3,
    watched: each(text, value.watched) ?? defaults.watched,
    // Any finite number is clamped below rather than dropped: 999 means "as seldom as you can".
    pollMinutes: fits(finiteNumber, value.pollMinutes) ?? DEFAULT_POLL_MINUTES,
    notifications: notificationsOf(value.notifications),
    components: componentsOf(value.components),
    customPages: (Array.isArray(value.customPages) ? value.customPages : []).flatMap(pageOf),
    focusOpenTabs: fits(flag, value.focusOpenTabs) ?? defaults.focusOpenTabs,
    ownTraffic: each(text, value.ownTraffic) ?? defaults.ownTraffic,
  };
}

function notificationsOf(value: unknown): NotificationSettings {
  const defaults = defaultNotificationSettings();
  if (!isRecord(value)) return defaults;
  return {
    ...fieldsOrDefaults(notificationFlags, value, defaults),
    ownTraffic: fits(flag, value.ownTraffic) ?? defaults.ownTraffic,
    muted: each(text, value.muted) ?? defaults.muted,
    snoozes: (each(snooze, value.snoozes) ?? []).map(
      ({ providerId, until, incidentId }): Snooze => ({
        providerId,
        ...(until === undefined ? {} : { until }),
        ...(incidentId === undefined ? {} : { incidentId }),
      }),
    ),
    quietHours: quietHoursOf(value.quietHours, defaults.quietHours),
  };
}

function quietHoursOf(value: unknown, defaults: QuietHours): QuietHours {
  return isRecord(value) ? fieldsOrDefaults(quietHoursFields, value, defaults) : defaults;
}

function componentsOf(value: unknown): Record<string, string[]> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([id, ids]): [string, string[]][] => {
      const kept = each(text, ids);
      return kept ? [[id, kept]] : [];
    }),
  );
}

/** A page is kept only whole enough to poll safely; a bad chat address falls back to the status page. */
function pageOf(value: unknown): CustomPage[] {
  if (!isRecord(value)) return [];
  const chatUrl = fits(httpsUrl, value.chatUrl) ?? value.statusPageUrl;
  const page = fits(customPage, { ...value, chatUrl, sources: each(source, value.sources) ?? [] });
  return page ? [page] : [];
}

function normalized(settings: Settings): Settings {
  // The last copy of a page wins, in the place of the first; past the cap, the newest pages go.
  const pages = [...new Map(settings.customPages.map((page) => [page.id, page])).values()]
    .slice(0, MAX_CUSTOM_PAGES)
    .map((page) => ({ ...page, name: page.name.trim().slice(0, CUSTOM_NAME_MAX_LENGTH) }));
  const known = new Set([...CATALOG.map((provider) => provider.id), ...pages.map((page) => page.id)]);
  const knownIds = (ids: readonly string[]) => [...new Set(ids.filter((id) => known.has(id)))];
  const { notifications } = settings;
  return {
    version: 3,
    watched: knownIds(settings.watched),
    pollMinutes: Math.min(MAX_POLL_MINUTES, Math.max(MIN_POLL_MINUTES, Math.round(settings.pollMinutes))),
    notifications: {
      ...notifications,
      muted: knownIds(notifications.muted),
      snoozes: notifications.snoozes.filter((entry) => known.has(entry.providerId)),
    },
    components: Object.fromEntries(
      Object.entries(settings.components).flatMap(([id, ids]): [string, string[]][] => {
        const kept = [...new Set(ids)];
        return known.has(id) && kept.length > 0 ? [[id, kept]] : [];
      }),
    ),
    customPages: pages,
    focusOpenTabs: settings.focusOpenTabs,
    // Only assistants whose web app the catalog knows, each once.
    ownTraffic: [...new Set(settings.ownTraffic.filter((id) => trafficScopeOf(id) !== undefined))],
  };
}
