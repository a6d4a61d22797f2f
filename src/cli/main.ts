import { readFileSync } from 'node:fs';
import { CATALOG } from '../core/catalog/providers';
import { detectPlatform } from '../core/discovery/detect';
import { discover } from '../core/discovery/discover';
import { DEFAULT_TIMEOUT_MS, type FetchLike } from '../core/fetch/fetch-text';
import { hasStatusSource, type Provider } from '../core/model';
import { parserFor } from '../core/platforms/parsers';
import { boundReading } from '../core/poll/bound-reading';
import { pollProviders } from '../core/poll/poll';
import { emptyState, foldResults } from '../core/state/fold';
import { SECOND_MS } from '../core/time';
import { overviewOf } from '../core/view/overview';
import { type CliOptions, parseArgs, USAGE, UsageError } from './args';
import { renderHistory } from './history';
import { providerJson, readingJson } from './json';
import { networkReason, watchFetch } from './reach';
import { readCliHistory } from './read-history';
import { providerTable, readingSummary } from './table';
import { t } from './words';

/** What the command touches outside itself: status.ts passes Node's, the tests their own. */
export interface CliIo {
  fetch: FetchLike;
  /** Epoch milliseconds. */
  now: () => number;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The strips may be coloured: stdout is a terminal and NO_COLOR is not set. */
  color?: boolean;
  /** The zone the strips' days end in; the machine's when absent. */
  timeZone?: string;
}

/** Exit codes: read; nothing could be read, because the network failed (or every page did); unreadable input. */
export const EXIT_READ = 0;
export const EXIT_NOTHING_READ = 1;
export const EXIT_UNREADABLE = 2;

/** A failure that ends the command: one line on stderr, this exit code, and nothing on stdout. */
class Stop extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

const unreadable = (message: string) => new Stop(message, EXIT_UNREADABLE);

/** Output, and the exit code it goes with. */
interface Outcome {
  output: string;
  code: number;
  /** Said on stderr besides the output. */
  note?: string;
}

function readFile(options: CliOptions & { file: string }, io: CliIo): Outcome {
  let body: string;
  try {
    body = readFileSync(options.file, 'utf8');
  } catch (error) {
    throw unreadable(`cannot read ${options.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const platform = options.platform ?? detectPlatform(body);
  if (!platform) throw unreadable(`${options.file}: no known status platform wrote this content`);
  // A link needs the page's address, and a saved file does not say where it was fetched from (a payload's own
  // `page.url` can name another host than the one it came from): only --status-page gives it. Without it the
  // parsers' links are built on a reserved name (RFC 2606) that is then never printed.
  const statusPage = options.statusPage;
  const parsed = parserFor(platform)(body, {
    source: options.file,
    statusPageUrl: statusPage ?? 'https://status.invalid',
    fetchedAt: new Date(io.now()).toISOString(),
  });
  if (!parsed.ok) throw unreadable(`${options.file}: ${parsed.failure.message}`);
  // As in the extension: cleaned and cut, so a title cannot carry terminal escape sequences to the screen.
  const reading = boundReading(parsed.value);
  const withLinks = statusPage !== undefined;
  return {
    output: options.json ? JSON.stringify(readingJson(reading, withLinks), null, 2) : readingSummary(reading, t, withLinks),
    code: EXIT_READ,
  };
}

/** The request never got an answer: the network (or the host's name, or its server) is the problem, not the page. */
function unreached(host: string, reason: string): Stop {
  return new Stop(`could not reach ${host}: ${reason}. This says nothing about the status page itself.`, EXIT_NOTHING_READ);
}

/** A timeout has no fault of its own (the request was aborted): then the wait is the reason. */
function faultReason(fault: unknown): string {
  return fault === undefined
    ? `no answer within ${DEFAULT_TIMEOUT_MS / SECOND_MS} s`
    : `the network failed (${networkReason(fault)})`;
}

async function readUrl(options: CliOptions & { url: string }, io: CliIo): Promise<Outcome> {
  const watched = watchFetch(io.fetch);
  const deps = { fetch: watched.fetch, now: io.now, timeoutMs: DEFAULT_TIMEOUT_MS };
  const found = await discover(options.url, deps);
  if (!found.ok) {
    // Discovery asks several addresses and says only that none answered as a status page: whether any
    // answered at all tells the network from the page.
    if (watched.calls() > 0 && !watched.answered()) throw unreached(new URL(options.url).host, faultReason(watched.fault()));
    throw unreadable(`${options.url}: ${found.failure.message}`);
  }
  const host = new URL(options.url).host;
  const provider: Provider = {
    id: 'custom',
    name: host,
    category: 'chat',
    chatUrl: found.value.statusPageUrl,
    statusPageUrl: found.value.statusPageUrl,
    sources: found.value.sources,
  };
  const result = (await pollProviders([provider], deps)).custom;
  if (!result?.ok) {
    if (result?.error.kind === 'timeout') throw unreached(host, result.error.message);
    if (result?.error.kind === 'offline') throw unreached(host, faultReason(watched.fault()));
    throw unreadable(`${options.url}: ${result?.error.message ?? 'nothing read'}`);
  }
  const output = { platform: found.value.platform, source: result.reading.source, ...readingJson(result.reading, true) };
  return {
    output: options.json
      ? JSON.stringify(output, null, 2)
      : `${found.value.platform} at ${result.reading.source}\n${readingSummary(result.reading, t, true)}`,
    code: EXIT_READ,
  };
}

async function readLive(options: CliOptions, io: CliIo): Promise<Outcome> {
  const results = await pollProviders(CATALOG, { fetch: io.fetch, now: io.now, timeoutMs: DEFAULT_TIMEOUT_MS });
  const state = foldResults(emptyState(), results, new Date(io.now()).toISOString());
  const rows = CATALOG.map((provider) => ({ provider, state: state.providers[provider.id] }));
  const output = options.json
    ? JSON.stringify(
        rows.map((row) => providerJson(row.provider, row.state, t)),
        null,
        2,
      )
    : providerTable(rows, t);
  // Some pages failing is a normal day; none read at all means the answer is not worth a 0.
  const checked = rows.filter((row) => hasStatusSource(row.provider));
  const readCount = checked.filter((row) => row.state && !row.state.error).length;
  if (checked.length === 0 || readCount > 0) return { output, code: EXIT_READ };
  const note = overviewOf(state, CATALOG).connectionDown
    ? 'no status page could be reached: the network seems to be down. This says nothing about the assistants.'
    : 'no status page could be read.';
  return { output, code: EXIT_NOTHING_READ, note };
}

async function readHistory(options: CliOptions, io: CliIo): Promise<Outcome> {
  const timeZone = io.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const { view, read, failures } = await readCliHistory(io.fetch, io.now(), timeZone);
  const histories = CATALOG.flatMap((provider) => view.assistants[provider.id] ?? []);
  const names = Object.fromEntries(CATALOG.map((provider) => [provider.id, provider.name]));
  const output = options.json
    ? JSON.stringify({ assistants: histories, failures }, null, 2)
    : renderHistory(histories, names, { window: 90, color: io.color === true });
  const note =
    failures.length === 0
      ? undefined
      : `the history of ${failures.length} page(s) could not be read: ${failures.map((failure) => `${failure.page} (${failure.message})`).join('; ')}`;
  return { output, code: read > 0 ? EXIT_READ : EXIT_NOTHING_READ, ...(note ? { note } : {}) };
}

/** The command: parse the words, read, print. Never throws for what a user can cause; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT_READ;
    }
    const outcome = options.file
      ? readFile({ ...options, file: options.file }, io)
      : options.url
        ? await readUrl({ ...options, url: options.url }, io)
        : options.history
          ? await readHistory(options, io)
          : await readLive(options, io);
    io.stdout(`${outcome.output}\n`);
    if (outcome.note) io.stderr(`status: ${outcome.note}\n`);
    return outcome.code;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`status: ${error.message}\n${USAGE}\n`);
      return EXIT_UNREADABLE;
    }
    if (error instanceof Stop) {
      io.stderr(`status: ${error.message}\n`);
      return error.code;
    }
    throw error;
  }
}
