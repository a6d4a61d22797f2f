/**
 * What the default catalog costs the user's network on a quiet day, from the real payload sizes (each source's
 * declared `weightKB`, taken from the captures: src/core/catalog/providers.ts) and the product's own pace
 * (core/poll/pace). Figures only; nothing here passes or fails.
 */
import { gzipSync } from 'node:zlib';
import type { PlatformName, Source } from '../../src/core/model';
import { KB, MAX_PACE_MS, paceMs } from '../../src/core/poll/pace';
import { DEFAULT_POLL_MINUTES, defaultSettings, watchedProviders } from '../../src/core/settings/settings';
import { DAY_MS, MINUTE_MS } from '../../src/core/time';
import { readFixture } from '../fixtures';

/**
 * Bytes of headers one exchange costs, estimated from what Chromium sends for an extension's fetch (method,
 * path, host, user-agent, sec-ch-ua and sec-fetch-*, accept, accept-encoding, accept-language, origin, and
 * If-None-Match / If-Modified-Since on a revalidation: about 600 B written out) and what a CDN answers a 304
 * with (date, etag, cache-control, server, cf-ray or x-served-by, alt-svc, vary: about 350 B). HTTP/2's header
 * compression cuts a repeated request's headers to a few dozen bytes on a connection kept open, so ~300 B is the
 * floor; these figures count the headers written out in full, the ceiling. A fresh TLS connection costs more
 * again (a resumed TLS 1.3 handshake is ~0.5 KB, a full one with certificates 3 to 5 KB): not counted, since
 * the browser keeps connections to a host polled every 2 minutes open when it can.
 */
export const REQUEST_HEADER_BYTES = 600;
export const NOT_MODIFIED_BYTES = 350;
/** A 200's headers: those of a 304, with content-type, content-length and content-encoding. */
export const RESPONSE_HEADER_BYTES = 450;

/**
 * The real captures each platform's gzip ratio is measured on (JSON in its compact served form, since some
 * recorders re-indented it): status pages send JSON and XML compressed, so the body on the wire is this
 * fraction of `weightKB`. Instatus has no real capture; its summary is a small JSON document like Statuspage's,
 * so Statuspage's summaries stand in for it.
 */
const SUMMARIES = [
  'statuspage/anthropic-summary-operational-1.json',
  'statuspage/anthropic-summary-unresolved-major-monitoring-1.json',
  'statuspage/cloudflare-summary-trimmed-2-unresolved-1-scheduled-maint-groups-1.json',
  'incidentio/openai-v2-summary-compat-active-minor-1.json',
];
const PLATFORM_CAPTURES: Record<PlatformName, readonly string[]> = {
  statuspage: SUMMARIES,
  instatus: SUMMARIES,
  incidentio: ['incidentio/openai-proxy-summary-ongoing-incident-1.json'],
  'google-workspace': ['google/workspace-appsstatus-incidents-reduced-3-resolved-1.json'],
  'google-cloud': ['google/gcloud-incidents-edited-checkmk-1.json'],
  feed: [
    'statuspage/anthropic-history-atom-1.xml',
    'flashduty/deepseek-feed-rss-excerpt-1.xml',
    'feeds/tmdb-statusiq-site24x7-rss-operational-1.rss',
  ],
  betterstack: [
    'betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json',
    'betterstack/together-index-json-reduced-operational-resolved-maintenance-report-1.json',
  ],
  flashduty: [
    'flashduty/deepseek-api-summary-active-no-changes-1.json',
    'flashduty/deepseek-api-change-list-29-resolved-full-outage-partial-degraded-1.json',
  ],
};
/** A page captured whole is measured on its own capture rather than its platform's. */
const OWN_CAPTURE: Record<string, string> = {
  'https://status.x.ai/feed.xml': 'xai/xai-feed-rss-105items-all-resolved-1.xml',
  'https://status.huggingface.co/index.json': 'betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json',
  'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/active':
    'flashduty/deepseek-api-summary-active-no-changes-1.json',
  'https://status.claude.com/api/v2/summary.json': 'statuspage/anthropic-summary-operational-1.json',
};

const POLL_MS = DEFAULT_POLL_MINUTES * MINUTE_MS;
const POLLS_A_DAY = DAY_MS / POLL_MS;

/** The body as the page sends it: JSON compact (recorders re-indented some), anything else as captured. */
export function served(file: string): Buffer {
  const text = readFixture(file);
  if (!file.endsWith('.json')) return Buffer.from(text);
  try {
    return Buffer.from(JSON.stringify(JSON.parse(text)));
  } catch {
    return Buffer.from(text);
  }
}

export function gzipRatio(files: readonly string[]): number {
  const bodies = files.map(served);
  const raw = bodies.reduce((sum, body) => sum + body.length, 0);
  const zipped = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 6 }).length, 0);
  return zipped / raw;
}

const RATIOS = new Map<string, number>();
export function ratioOf(source: Source): number {
  const files = OWN_CAPTURE[source.url] ? [OWN_CAPTURE[source.url] ?? ''] : PLATFORM_CAPTURES[source.platform];
  const key = files.join('|');
  const known = RATIOS.get(key);
  if (known !== undefined) return known;
  const ratio = gzipRatio(files);
  RATIOS.set(key, ratio);
  return ratio;
}

export function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(62)} ${value}`);
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const minutes = (ms: number) => `${(ms / MINUTE_MS).toFixed(0)} min`;

interface Row {
  source: Source;
  providers: string[];
  bodyBytes: number;
  wireBody: number;
  pace: number;
}

export function networkFigures(): void {
  const watched = watchedProviders(defaultSettings()).filter((provider) => provider.sources.length > 0);
  // A quiet poll reads each provider's first source (the rest are fallbacks, fetched only when it fails), and
  // a URL several providers share once.
  const byUrl = new Map<string, Row>();
  for (const provider of watched) {
    const [source] = provider.sources;
    if (!source) continue;
    const row = byUrl.get(source.url);
    if (row) {
      row.providers.push(provider.id);
      continue;
    }
    const bodyBytes = (source.weightKB ?? 0) * KB;
    byUrl.set(source.url, {
      source,
      providers: [provider.id],
      bodyBytes,
      wireBody: bodyBytes * ratioOf(source),
      pace: paceMs(bodyBytes, false, POLL_MS),
    });
  }
  const rows = [...byUrl.values()];

  console.log('\nNetwork weight: the default catalog at default settings (every assistant, a poll every 2 minutes)');
  line('providers with a status source', String(watched.length));
  line('URLs a quiet poll fetches (first sources, shared ones once)', String(rows.length));
  line('uncompressed bodies of one poll', kb(rows.reduce((sum, row) => sum + row.bodyBytes, 0)));

  console.log('\nBodies on the wire: gzip ratio measured on the real captures (test/fixtures), by platform');
  for (const platform of Object.keys(PLATFORM_CAPTURES) as PlatformName[]) {
    const note = platform === 'instatus' ? ' (no capture: Statuspage summaries)' : '';
    line(`  ${platform}${note}`, `${(gzipRatio(PLATFORM_CAPTURES[platform]) * 100).toFixed(1)} %`);
  }
  for (const [url, file] of Object.entries(OWN_CAPTURE)) {
    line(`  ${new URL(url).host}${new URL(url).pathname}`.slice(0, 62), `${(gzipRatio([file]) * 100).toFixed(1)} %`);
  }

  const revalidation = REQUEST_HEADER_BYTES + NOT_MODIFIED_BYTES;
  console.log('\n(a) Hosts with validators: a quiet poll is one 304 per URL (goal: at most 1 KB a provider a poll)');
  line('one 304 revalidation, headers written out in full', `${revalidation} B (about 300 B with HTTP/2 compression)`);
  line('per URL per poll', `${revalidation} B`);
  line(
    `per provider per poll (${rows.length} URLs for ${watched.length} providers)`,
    `${Math.round((revalidation * rows.length) / watched.length)} B`,
  );
  line('per quiet day, whole catalog', mb(revalidation * rows.length * POLLS_A_DAY));

  console.log('\n(b) Hosts without validators: each fetch is the whole body, compressed, plus its headers');
  console.log(
    `  ${'URL'.padEnd(58)} ${'KB'.padStart(5)} ${'wire'.padStart(8)} ${'pace'.padStart(7)} ${'MB/day'.padStart(7)} ${'unpaced'.padStart(8)}`,
  );
  const perFetch = (row: Row) => row.wireBody + REQUEST_HEADER_BYTES + RESPONSE_HEADER_BYTES;
  const paced = (row: Row) => perFetch(row) * (DAY_MS / row.pace);
  const unpaced = (row: Row) => perFetch(row) * POLLS_A_DAY;
  for (const row of rows) {
    const name = `${new URL(row.source.url).host}${new URL(row.source.url).pathname}`.slice(0, 58);
    console.log(
      `  ${name.padEnd(58)} ${String(row.source.weightKB).padStart(5)} ${kb(perFetch(row)).padStart(8)} ${minutes(row.pace).padStart(7)} ${(paced(row) / 1e6).toFixed(2).padStart(7)} ${(unpaced(row) / 1e6).toFixed(2).padStart(8)}`,
    );
  }
  const total = (cost: (row: Row) => number, which: readonly Row[]) => which.reduce((sum, row) => sum + cost(row), 0);
  const heavy = rows.filter((row) => row.pace > POLL_MS);
  const light = rows.filter((row) => row.pace <= POLL_MS);
  line('no host sends validators, paced (goal: at most 10 MB a day)', mb(total(paced, rows)));
  line('no host sends validators, without pacing', mb(total(unpaced, rows)));
  line(
    'the heavy ones without, the light ones revalidating, paced',
    mb(total(paced, heavy) + revalidation * light.length * POLLS_A_DAY),
  );
  line('the same without pacing', mb(total(unpaced, heavy) + revalidation * light.length * POLLS_A_DAY));

  // The least any pace within the 10-minute detection delay can cost without validators: every source, light
  // ones too, fetched only once every MAX_PACE_MS. Above the 10 MB goal, the goal cannot be met by pacing alone.
  const slowest = (row: Row) => perFetch(row) * (DAY_MS / MAX_PACE_MS);
  const [heaviest] = [...rows].sort((a, b) => slowest(b) - slowest(a));
  line(`the floor: every source only every ${minutes(MAX_PACE_MS)} (the longest delay allowed)`, mb(total(slowest, rows)));
  if (heaviest) line(`  of which ${new URL(heaviest.source.url).host} alone`, mb(slowest(heaviest)));

  console.log('\nDetection delay of each paced source (at most its pace; a Refresh by the user reads it at once)');
  for (const row of heavy) {
    line(`  ${row.providers.join(', ')}: ${row.source.weightKB} KB`, `${minutes(row.pace)} (${minutes(POLL_MS)} unpaced)`);
  }
}
