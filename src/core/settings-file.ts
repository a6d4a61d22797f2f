import * as v from 'valibot';
import { isRecord } from './body';
import { CATALOG, CATEGORIES } from './catalog';
import type { MessageKey, Translate } from './i18n';
import type { NotificationSettings, Settings } from './model';
import { PLATFORM_NAMES } from './platforms/names';
import { MAX_POLL_MINUTES, MIN_POLL_MINUTES } from './settings';
import { CUSTOM_ID_PREFIX, isHttpsUrl, readStoredSettings } from './stored';

/** What "Export settings" saves and "Import settings" reads back. */
export const SETTINGS_FILE_NAME = 'ai-outage-radar-settings.json';

/** Far above any real settings file; a bigger file is not one of ours, and is not worth reading into memory. */
export const MAX_SETTINGS_FILE_CHARS = 1_000_000;

/** The full Settings, readable and diffable by a person. */
export function settingsFileText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/**
 * What a value in the file should have been. The schema below carries these words as its messages, so
 * that the first problem found can be told in the user's language with the path where it is.
 */
const EXPECTATIONS = {
  missing: { key: 'optionsImportExpectMissing' },
  object: { key: 'optionsImportExpectObject' },
  list: { key: 'optionsImportExpectList' },
  text: { key: 'optionsImportExpectText' },
  name: { key: 'optionsImportExpectName' },
  boolean: { key: 'optionsImportExpectBoolean' },
  pollMinutes: { key: 'optionsImportExpectWholeNumber', substitutions: [String(MIN_POLL_MINUTES), String(MAX_POLL_MINUTES)] },
  minutesOfDay: { key: 'optionsImportExpectWholeNumber', substitutions: ['0', '1439'] },
  number: { key: 'optionsImportExpectNumber' },
  minSeverity: { key: 'optionsImportExpectOneOf', substitutions: ['degraded, partial_outage, major_outage'] },
  category: { key: 'optionsImportExpectOneOf', substitutions: ['chat, coding, api'] },
  platform: { key: 'optionsImportExpectOneOf', substitutions: [PLATFORM_NAMES.join(', ')] },
  httpsUrl: { key: 'optionsImportExpectHttpsUrl' },
  customId: { key: 'optionsImportExpectCustomId', substitutions: [CUSTOM_ID_PREFIX] },
  snoozeEnd: { key: 'optionsImportExpectSnoozeEnd' },
  sources: { key: 'optionsImportExpectSources' },
} as const satisfies Record<string, { key: MessageKey; substitutions?: readonly string[] }>;

export type Expected = keyof typeof EXPECTATIONS;

function isExpected(message: string): message is Expected {
  return Object.hasOwn(EXPECTATIONS, message);
}

/** Why a file was not imported; the options page shows it through problemText. */
export type SettingsFileProblem =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'notSettings' }
  | { kind: 'version'; found: string | undefined }
  | { kind: 'unknownIds'; ids: string[] }
  | { kind: 'value'; path: string; expected: Expected };

export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; reason: SettingsFileProblem };

const MINUTES_A_DAY = 24 * 60;
const MIN_SEVERITIES: readonly NotificationSettings['minSeverity'][] = ['degraded', 'partial_outage', 'major_outage'];

/** valibot's object and record take an array (as an object with every key missing): a list is refused first. */
const plainObject = v.custom<Record<string, unknown>>(isRecord, 'object');

function group<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(plainObject, v.object(entries, 'object'));
}

const text = v.string('text');
const flag = v.boolean('boolean');
const wholeNumber = (min: number, max: number, code: Expected) =>
  v.pipe(v.number(code), v.integer(code), v.minValue(min, code), v.maxValue(max, code));
const httpsUrl = v.pipe(
  v.string('httpsUrl'),
  v.check((url: string) => isHttpsUrl(url), 'httpsUrl'),
);
const platform = v.picklist(PLATFORM_NAMES, 'platform');

const quietHours = group({
  enabled: flag,
  startMinutes: wholeNumber(0, MINUTES_A_DAY - 1, 'minutesOfDay'),
  endMinutes: wholeNumber(0, MINUTES_A_DAY - 1, 'minutesOfDay'),
  majorOutagesBreakThrough: flag,
});

const snooze = v.pipe(
  group({
    providerId: text,
    until: v.optional(v.pipe(v.number('number'), v.finite('number'))),
    incidentId: v.optional(text),
  }),
  // A snooze with neither end would silence an assistant for ever; the reader would drop it unsaid.
  v.check((entry) => entry.until !== undefined || entry.incidentId !== undefined, 'snoozeEnd'),
);

const notificationFields = {
  enabled: flag,
  minSeverity: v.picklist(MIN_SEVERITIES, 'minSeverity'),
  maintenance: flag,
  unreadable: flag,
  muted: v.array(text, 'list'),
  snoozes: v.array(snooze, 'list'),
  quietHours,
};

/** Checked as strictly as the reader would keep it: a page the reader drops must not vanish without a word. */
const customPage = group({
  id: v.pipe(v.string('customId'), v.startsWith(CUSTOM_ID_PREFIX, 'customId')),
  name: v.pipe(
    v.string('name'),
    v.check((name) => name.trim() !== '', 'name'),
  ),
  category: v.picklist(CATEGORIES, 'category'),
  statusPageUrl: httpsUrl,
  chatUrl: httpsUrl,
  platform,
  sources: v.pipe(v.array(group({ platform, url: httpsUrl }), 'list'), v.minLength(1, 'sources')),
});

const watched = v.array(text, 'list');
const pollMinutes = wholeNumber(MIN_POLL_MINUTES, MAX_POLL_MINUTES, 'pollMinutes');
const components = v.pipe(plainObject, v.record(v.string('text'), v.array(text, 'list'), 'object'));
const customPages = v.array(customPage, 'list');

/** Version 3 is what this extension exports: every part is there. */
const currentFile = group({
  version: v.literal(3),
  watched,
  pollMinutes,
  notifications: group(notificationFields),
  components,
  customPages,
  focusOpenTabs: flag,
});

/**
 * Versions 1 and 2 lack what came later (version 1 had only the watched list and the period); the reader
 * puts defaults in place of what is absent, so only what is there has to be right.
 */
const olderFile = group({
  version: v.picklist([1, 2]),
  watched: v.optional(watched),
  pollMinutes: v.optional(pollMinutes),
  notifications: v.optional(v.pipe(plainObject, v.partial(v.object(notificationFields, 'object')))),
  components: v.optional(components),
  customPages: v.optional(customPages),
  focusOpenTabs: v.optional(flag),
});

type FileContents = v.InferOutput<typeof currentFile> | v.InferOutput<typeof olderFile>;

/**
 * Reads a settings file: JSON, a version this code knows, every value of the right type, every assistant
 * known. The first problem found is the answer; nothing of a bad file is used. A good file of an older
 * version goes through the same migration as stored settings.
 */
export function parseSettingsFile(fileText: string): SettingsFileResult {
  if (fileText.length > MAX_SETTINGS_FILE_CHARS) return problem({ kind: 'tooLarge' });
  let data: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch {
    return problem({ kind: 'notJson' });
  }
  if (!isRecord(data)) return problem({ kind: 'notSettings' });
  const version = data.version;
  if (version !== 1 && version !== 2 && version !== 3) {
    return problem({ kind: 'version', found: version === undefined ? undefined : JSON.stringify(version).slice(0, 20) });
  }
  const checked = v.safeParse(version === 3 ? currentFile : olderFile, data, { abortPipeEarly: true });
  if (!checked.success) return problem(valueProblem(checked.issues[0]));
  const unknown = unknownIds(checked.output);
  if (unknown.length > 0) return problem({ kind: 'unknownIds', ids: unknown });
  return { ok: true, settings: readStoredSettings(data) };
}

function problem(reason: SettingsFileProblem): SettingsFileResult {
  return { ok: false, reason };
}

function valueProblem(issue: v.BaseIssue<unknown>): SettingsFileProblem {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  // valibot reports a missing key with the message of the object around it: tell it as missing instead.
  const missing = issue.kind === 'schema' && issue.type === 'object' && issue.input === undefined;
  const expected = missing ? 'missing' : isExpected(issue.message) ? issue.message : 'object';
  return { kind: 'value', path, expected };
}

/** Every assistant id the file uses that is neither built in nor one of the file's own pages, in file order. */
function unknownIds(contents: FileContents): string[] {
  const known = new Set([...CATALOG.map((provider) => provider.id), ...(contents.customPages ?? []).map((page) => page.id)]);
  const used = [
    ...(contents.watched ?? []),
    ...(contents.notifications?.muted ?? []),
    ...(contents.notifications?.snoozes ?? []).map((entry) => entry.providerId),
    ...Object.keys(contents.components ?? {}),
  ];
  return [...new Set(used.filter((id) => !known.has(id)))];
}

/** The problem as one sentence for the options page. */
export function problemText(reason: SettingsFileProblem, t: Translate): string {
  switch (reason.kind) {
    case 'tooLarge':
      return t('optionsImportTooLarge');
    case 'notJson':
      return t('optionsImportNotJson');
    case 'notSettings':
      return t('optionsImportNotSettings');
    case 'version':
      return t('optionsImportBadVersion', reason.found ?? t('optionsImportVersionNone'));
    case 'unknownIds':
      return t('optionsImportUnknownIds', reason.ids.join(', '));
    case 'value': {
      const expectation: { key: MessageKey; substitutions?: readonly string[] } = EXPECTATIONS[reason.expected];
      const said = t(expectation.key, expectation.substitutions ? [...expectation.substitutions] : undefined);
      return reason.path === '' ? said : t('optionsImportProblem', [reason.path, said]);
    }
  }
}
