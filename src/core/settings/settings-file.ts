import * as v from 'valibot';
import { CATALOG } from '../catalog/providers';
import { isRecord } from '../fetch/fields';
import type { MessageKey, Translate } from '../i18n';
import type { Settings } from '../model';
import { PLATFORM_NAMES } from '../platforms/names';
import { MAX_POLL_MINUTES, MIN_POLL_MINUTES } from './settings';
import {
  CUSTOM_ID_PREFIX,
  type Expected,
  isKnownVersion,
  issueExpected,
  issuePath,
  MAX_CUSTOM_PAGES,
  readStoredSettings,
  settingsSchemaOf,
} from './stored-settings';

/** What "Export settings" saves and "Import settings" reads back. */
export const SETTINGS_FILE_NAME = 'ai-outage-radar-settings.json';

/** Far above any real settings file; a bigger file is not one of ours, and is not worth reading into memory. */
export const MAX_SETTINGS_FILE_CHARS = 1_000_000;

/** The full Settings, readable and diffable by a person. */
export function settingsFileText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/**
 * What a value in the file should have been. The settings schema (core/settings/stored-settings) carries these
 * words as its messages, so that the first problem found can be told in the user's language with its path.
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
  tooManyPages: { key: 'optionsImportExpectAtMostPages', substitutions: [String(MAX_CUSTOM_PAGES)] },
} as const satisfies Record<Expected, { key: MessageKey; substitutions?: readonly string[] }>;

/** Why a file was not imported; the options page shows it through problemText. */
export type SettingsFileProblem =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'notSettings' }
  | { kind: 'version'; found: string | undefined }
  | { kind: 'unknownIds'; ids: string[] }
  | { kind: 'value'; path: string; expected: Expected };

export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; reason: SettingsFileProblem };

type FileContents = v.InferOutput<ReturnType<typeof settingsSchemaOf>>;

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
  if (!isKnownVersion(version)) {
    return problem({ kind: 'version', found: version === undefined ? undefined : JSON.stringify(version).slice(0, 20) });
  }
  const checked = v.safeParse(settingsSchemaOf(version), data, { abortPipeEarly: true });
  if (!checked.success) return problem(valueProblem(checked.issues[0]));
  const unknown = unknownIds(checked.output);
  if (unknown.length > 0) return problem({ kind: 'unknownIds', ids: unknown });
  return { ok: true, settings: readStoredSettings(data) };
}

function problem(reason: SettingsFileProblem): SettingsFileResult {
  return { ok: false, reason };
}

function valueProblem(issue: v.BaseIssue<unknown>): SettingsFileProblem {
  const path = issuePath(issue)
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
    .join('')
    .replace(/^\./, '');
  return { kind: 'value', path, expected: issueExpected(issue) };
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
