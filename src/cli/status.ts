import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOG } from '../core/catalog';
import { translatorFrom } from '../core/i18n';
import { parserFor } from '../core/platforms';
import { detectPlatform } from '../core/platforms/detect';
import { pollProviders } from '../core/poll';
import { DEFAULT_TIMEOUT_MS } from '../core/read-source';
import { emptyState, foldResults } from '../core/state';
import { type CliOptions, parseArgs, USAGE, UsageError } from './args';
import { providerJson, providerTable, readingJson, readingSummary } from './format';
import { statusPageOf } from './status-page';

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
  const parse = parserFor(platform);
  if (!parse) throw new InputError(`${options.file}: no parser for ${platform}`);
  const parsed = parse(body, {
    source: options.file,
    statusPageUrl: statusPage ?? 'https://status.invalid',
    fetchedAt: new Date().toISOString(),
  });
  if (!parsed.ok) throw new InputError(`${options.file}: ${parsed.failure.message}`);
  return options.json
    ? JSON.stringify(readingJson(parsed.value, statusPage !== undefined), null, 2)
    : readingSummary(parsed.value, t);
}

async function readLive(options: CliOptions): Promise<string> {
  const results = await pollProviders(CATALOG, {
    fetch: (url, init) => fetch(url, init),
    now: Date.now,
    timeoutMs: DEFAULT_TIMEOUT_MS,
  });
  const state = foldResults(emptyState(), results, new Date().toISOString());
  const rows = CATALOG.flatMap((provider) => {
    const providerState = state.providers[provider.id];
    return providerState ? [{ provider, state: providerState }] : [];
  });
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
    const output = options.file ? readFile({ ...options, file: options.file }) : await readLive(options);
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
