import { expect } from 'vitest';
import { providerById } from '../../../src/core/catalog/providers';
import type { PlatformName, Provider, Reading, Settings, Source, State } from '../../../src/core/model';
import { parserFor } from '../../../src/core/platforms/parsers';
import {
  MAX_BODY_LENGTH,
  MAX_COMPONENT_IDS,
  MAX_COMPONENTS,
  MAX_ID_LENGTH,
  MAX_MAINTENANCES,
  MAX_NAME_LENGTH,
  MAX_OPEN_INCIDENTS,
  MAX_RECENT_INCIDENTS,
  MAX_STATUS_LENGTH,
  MAX_TIME_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
} from '../../../src/core/poll/bound-reading';
import { readFetched } from '../../../src/core/poll/read-source';
import { defaultSettings } from '../../../src/core/settings/settings';
import { emptyState, foldResults } from '../../../src/core/state/fold';
import { readSynthetic } from '../../fixtures';

/**
 * The hostile corpus (test/synthetic/synthetic-hostile-*, described in synthetic-hostile.md): real payload
 * shapes with every text field replaced by something an attacker or a broken status page could send. Each
 * file is read for a built-in assistant on that platform, through the same path the worker uses.
 */

export interface HostileCase {
  file: string;
  providerId: string;
  source: Source;
  /** The real capture whose shape the file keeps. */
  mirrors: string;
}

const source = (platform: PlatformName, url: string): Source => ({ platform, url });

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    file: 'synthetic-hostile-statuspage-summary.json',
    providerId: 'cohere',
    source: source('statuspage', 'https://status.cohere.com/api/v2/summary.json'),
    mirrors: 'statuspage/anthropic-summary-unresolved-major-monitoring-1.json',
  },
  {
    file: 'synthetic-hostile-incidentio-proxy.json',
    providerId: 'perplexity',
    source: source('incidentio', 'https://status.perplexity.com/proxy/status.perplexity.com'),
    mirrors: 'incidentio/openai-proxy-summary-ongoing-incident-1.json',
  },
  {
    file: 'synthetic-hostile-google-workspace.json',
    providerId: 'gemini',
    source: source('google-workspace', 'https://www.google.com/appsstatus/dashboard/incidents.json'),
    mirrors: 'google/workspace-appsstatus-incidents-reduced-3-resolved-1.json',
  },
  {
    file: 'synthetic-hostile-betterstack-index.json',
    providerId: 'huggingchat',
    source: source('betterstack', 'https://status.huggingface.co/index.json'),
    mirrors: 'betterstack/together-index-json-reduced-operational-resolved-maintenance-report-1.json',
  },
  {
    file: 'synthetic-hostile-instatus-summary.json',
    providerId: 'fal',
    source: source('instatus', 'https://status.fal.ai/summary.json'),
    mirrors: 'test/synthetic/synthetic-instatus-up-open-incident.json (no real Instatus capture exists)',
  },
  {
    file: 'synthetic-hostile-statuspage-history-atom.xml',
    providerId: 'cursor',
    source: source('feed', 'https://status.cursor.com/history.atom'),
    mirrors: 'statuspage/anthropic-history-atom-1.xml',
  },
  {
    file: 'synthetic-hostile-flashduty-history-rss.xml',
    providerId: 'deepseek',
    source: source('feed', 'https://status.deepseek.com/history.rss'),
    mirrors: 'flashduty/deepseek-feed-rss-excerpt-1.xml',
  },
];

/**
 * Cases read for an assistant another case already stands for: the views show one card per assistant, so
 * these go through the parsers only (hostile-text.test.ts), not into the watch the views are given.
 */
export const MORE_HOSTILE_CASES: readonly HostileCase[] = [
  {
    file: 'synthetic-hostile-flashduty-summary.json',
    providerId: 'deepseek',
    source: source('flashduty', 'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/active'),
    mirrors:
      'flashduty/deepseek-api-summary-active-no-changes-1.json, with active changes in the shape of flashduty/deepseek-api-change-list-29-resolved-full-outage-partial-degraded-1.json',
  },
];

/** Every case of the corpus, for the checks made on parsed readings. */
export const ALL_HOSTILE_CASES: readonly HostileCase[] = [...HOSTILE_CASES, ...MORE_HOSTILE_CASES];

/** 100 KB without a break opportunity, and 100 KB of astral code points (every cut risks a split pair). */
export const LONG_WORD = 'A'.repeat(100_000);
export const LONG_EMOJI = '\u{1F600}'.repeat(50_000);

/** The corpus file with its placeholders filled: the 100 KB strings are made here rather than committed. */
export function hostileBody(file: string): string {
  return readSynthetic(file).replaceAll('@@LONG_EMOJI@@', LONG_EMOJI).replaceAll('@@LONG@@', LONG_WORD);
}

export const AT = '2026-10-08T00:00:00.000Z';

export function providerOf(hostile: HostileCase): Provider {
  const provider = providerById(hostile.providerId);
  if (!provider) throw new Error(`no built-in provider ${hostile.providerId}`);
  return provider;
}

/** What the parser alone makes of the case, before bounding: the context readFetched gives it. */
export function parsedReading(hostile: HostileCase): Reading {
  const provider = providerOf(hostile);
  const result = parserFor(hostile.source.platform)(hostileBody(hostile.file), {
    source: hostile.source.url,
    statusPageUrl: provider.statusPageUrl ?? new URL(hostile.source.url).origin,
    ...(provider.componentIds ? { componentIds: provider.componentIds } : {}),
    fetchedAt: AT,
  });
  if (!result.ok) throw new Error(`${hostile.file} did not parse: ${result.failure.message}`);
  return result.value;
}

/** The reading as it enters the State: through readFetched, the path the worker takes, which bounds it. */
export function hostileReading(hostile: HostileCase): Reading {
  const result = readFetched(providerOf(hostile), hostile.source, { body: hostileBody(hostile.file) }, AT);
  if (!result.ok) throw new Error(`${hostile.file} did not read: ${result.error.message}`);
  return result.reading;
}

/** The hostile pages watched, and the State after one poll of them: what the views are given. */
export function hostileWatch(): { settings: Settings; state: State } {
  const providers = HOSTILE_CASES.map(providerOf);
  const results = Object.fromEntries(
    HOSTILE_CASES.map((hostile) => [hostile.providerId, { ok: true as const, reading: hostileReading(hostile) }]),
  );
  return {
    settings: { ...defaultSettings(), watched: providers.map((provider) => provider.id) },
    state: foldResults(emptyState(), results, AT),
  };
}

/**
 * Characters no stored or shown text may carry: bidi controls, zero-width characters that join nothing,
 * control characters but newline and tab, lone surrogates.
 */
export const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A joiner (U+200C, U+200D) is allowed only between two letters, marks, digits or emoji. */
const STRAY_JOINER =
  /(?<![\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}])[\u200C\u200D]|[\u200C\u200D](?![\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}])/u;

export function isClean(text: string): boolean {
  return !FORBIDDEN.test(text) && !STRAY_JOINER.test(text);
}

/** Every string anywhere in a value, for checks that must not miss a field. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** What breaks a cap of boundReading, or carries a forbidden character; empty when all is well. */
export function boundsBroken(reading: Reading): string[] {
  const broken: string[] = [];
  const atMost = (what: string, length: number, max: number) => {
    if (length > max) broken.push(`${what}: ${length} > ${max}`);
  };
  atMost('incidents', reading.incidents.length, MAX_OPEN_INCIDENTS);
  atMost('components', reading.components.length, MAX_COMPONENTS);
  atMost('maintenances', reading.maintenances.length, MAX_MAINTENANCES);
  atMost('recent', reading.recent?.length ?? 0, MAX_RECENT_INCIDENTS);
  for (const entry of [...reading.incidents, ...(reading.recent ?? []), ...reading.maintenances]) {
    atMost('id', entry.id.length, MAX_ID_LENGTH);
    atMost('title', entry.title.length, MAX_TITLE_LENGTH);
    atMost('status', entry.status.length, MAX_STATUS_LENGTH);
    atMost('componentIds', entry.componentIds.length, MAX_COMPONENT_IDS);
    for (const id of entry.componentIds) atMost('component id', id.length, MAX_ID_LENGTH);
    atMost('url', entry.url.length, MAX_URL_LENGTH);
    if (entry.url !== '' && !entry.url.startsWith('https://')) broken.push(`url ${entry.url.slice(0, 40)}`);
  }
  for (const incident of [...reading.incidents, ...(reading.recent ?? [])]) {
    for (const time of [incident.startedAt, incident.updatedAt, incident.latestUpdate?.at ?? '']) {
      atMost('time', time.length, MAX_TIME_LENGTH);
    }
    atMost('update body', incident.latestUpdate?.body.length ?? 0, MAX_BODY_LENGTH);
    atMost('update status', incident.latestUpdate?.status.length ?? 0, MAX_STATUS_LENGTH);
  }
  for (const maintenance of reading.maintenances) {
    atMost('scheduledFor', maintenance.scheduledFor?.length ?? 0, MAX_TIME_LENGTH);
    atMost('scheduledUntil', maintenance.scheduledUntil?.length ?? 0, MAX_TIME_LENGTH);
  }
  for (const component of reading.components) {
    atMost('component id', component.id.length, MAX_ID_LENGTH);
    atMost('component name', component.name.length, MAX_NAME_LENGTH);
    atMost('component status', component.status.length, MAX_STATUS_LENGTH);
    atMost('group id', component.groupId?.length ?? 0, MAX_ID_LENGTH);
  }
  for (const text of stringsIn(reading)) {
    if (!isClean(text)) broken.push(`unclean ${JSON.stringify(text.slice(0, 80))}`);
  }
  return broken;
}

export function expectBounded(reading: Reading): void {
  expect(boundsBroken(reading)).toEqual([]);
}
