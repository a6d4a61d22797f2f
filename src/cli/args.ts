import type { PlatformName } from '../core/model';
import { isPlatformName } from '../core/platforms/names';

export interface CliOptions {
  json: boolean;
  file?: string;
  url?: string;
  platform?: PlatformName;
  /** The web address of the page a `--file` payload came from: its incident links are built on it. */
  statusPage?: string;
  /** Print every built-in assistant's 90 days and who has been reliable, read from the pages' histories. */
  history: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npx ai-outage-radar [--json] [--history | --url URL | --file PATH [--platform NAME] [--status-page URL]]
   or: npm run -s status -- (the same options)

  (no option)        check every built-in assistant now and print a table
  --json             print JSON instead of a table
  --history          print each assistant's last 90 days as a strip, and who has been most reliable
  --url URL          find which platform serves this status page, read it and print it
  --file PATH        read a saved status payload instead of the network
  --platform NAME    the payload's platform (default: detected from the content)
  --status-page URL  the status page the payload came from, for incident links

Exit codes: 0 read (some assistants may still be unreadable), 1 nothing could be read (every check failed,
or --url could not reach the page), 2 unreadable input or bad usage.`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { json: false, history: false, help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const value = () => {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      index += 1;
      return next;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--history') options.history = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--file') options.file = value();
    else if (arg === '--url') options.url = value();
    else if (arg === '--status-page') options.statusPage = webAddress(value());
    else if (arg === '--platform') {
      const name = value();
      if (!isPlatformName(name)) throw new UsageError(`unknown platform "${name}"`);
      options.platform = name;
    } else throw new UsageError(`unknown option "${arg}"`);
  }
  if (options.platform && !options.file) throw new UsageError('--platform goes with --file');
  // The live check links on the catalog's pages and --url on the page it found: only a file lacks an address.
  if (options.statusPage && !options.file) throw new UsageError('--status-page goes with --file');
  if (options.url && options.file) throw new UsageError('--url and --file do not go together');
  if (options.history && (options.url || options.file)) throw new UsageError('--history reads the built-in assistants only');
  return options;
}

/** Links are printed for people to open: only a web address with no credentials in it is taken. */
function webAddress(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--status-page: "${text}" is not a web address`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    throw new UsageError(`--status-page: "${text}" is not an http(s) address without credentials`);
  }
  return url.href;
}
