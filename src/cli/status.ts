import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOG } from '../core/catalog/providers';
import { detectPlatform } from '../core/discovery/detect';
import { discover } from '../core/discovery/discover';
import { DEFAULT_TIMEOUT_MS, type FetchLike } from '../core/fetch/fetch-text';
import { translatorFrom } from '../core/i18n';
import type { Provider } from '../core/model';
import { parserFor } from '../core/platforms/parsers';
import { boundReading } from '../core/poll/bound-reading';
import { pollProviders } from '../core/poll/poll';
import { emptyState, foldResults } from '../core/state/fold';
import { type CliOptions, parseArgs, USAGE, UsageError } from './args';
import { providerJson, providerTable, readingJson, readingSummary } from './format';
import { statusPageOf } from './status-page';

const nodeFetch: FetchLike = (url, init) => fetch(url, init);
const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'));
const t = translatorFrom(messages);

/** Unreadable input: one line on stderr saying why, exit code 2. */
class InputError extends Error {}

function readFile(options: CliOptions & { file: string }): string {
  let body: string;
  try {
    body = readFileSync(options.file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${options.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const platform = options.platform ?? detectPlatform(body);
  if (!platform) throw new InputError(`${options.file}: no known status platform wrote this content`);
  const statusPage = options.statusPage ?? statusPageOf(body);
  const parsed = parserFor(platform)(body, {
    source: options.file,
    statusPageUrl: statusPage ?? 'https://status.invalid',
    fetchedAt: new Date().toISOString(),
  });
  if (!parsed.ok) throw new InputError(`${options.file}: ${parsed.failure.message}`);
  // As in the extension: cleaned and cut, so a title cannot carry terminal escape sequences to the screen.
  const reading = boundReading(parsed.value);
  return options.json ? JSON.stringify(readingJson(reading, statusPage !== undefined), null, 2) : readingSummary(reading, t);
}

async function readUrl(options: CliOptions & { url: string }): Promise<string> {
  const deps = { fetch: nodeFetch, now: Date.now, timeoutMs: DEFAULT_TIMEOUT_MS };
  const found = await discover(options.url, deps);
  if (!found.ok) throw new InputError(`${options.url}: ${found.failure.message}`);
  const provider: Provider = {
    id: 'custom',
    name: new URL(options.url).host,
    category: 'chat',
    chatUrl: found.value.statusPageUrl,
    statusPageUrl: found.value.statusPageUrl,
    sources: found.value.sources,
  };
  const result = (await pollProviders([provider], deps)).custom;
  if (!result?.ok) throw new InputError(`${options.url}: ${result?.error.message ?? 'nothing read'}`);
  const output = { platform: found.value.platform, source: result.reading.source, ...readingJson(result.reading, true) };
  return options.json
    ? JSON.stringify(output, null, 2)
    : `${found.value.platform} at ${result.reading.source}\n${readingSummary(result.reading, t)}`;
}

async function readLive(options: CliOptions): Promise<string> {
  const results = await pollProviders(CATALOG, {
    fetch: nodeFetch,
    now: Date.now,
    timeoutMs: DEFAULT_TIMEOUT_MS,
  });
  const state = foldResults(emptyState(), results, new Date().toISOString());
  const rows = CATALOG.map((provider) => ({ provider, state: state.providers[provider.id] }));
  return options.json
    ? JSON.stringify(
        rows.map((row) => providerJson(row.provider, row.state)),
        null,
        2,
      )
    : providerTable(rows, t);
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const output = options.file
      ? readFile({ ...options, file: options.file })
      : options.url
        ? await readUrl({ ...options, url: options.url })
        : await readLive(options);
    process.stdout.write(`${output}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`status: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`status: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
