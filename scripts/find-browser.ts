/**
 * Finds the browsers the end-to-end tests and `npm start` drive, instead of assuming one install path.
 *
 * Order: an environment variable first (CHROMIUM_PATH, then CHROME_PATH; FIREFOX_PATH), then the usual install
 * paths of the platform. A variable that is set but names no executable file is an error, not a reason to fall
 * back: whoever set it wants that browser, and running another one would hide the mistake.
 *
 * Everything the search reads from the machine comes in as a FinderEnvironment, so the unit test can walk
 * every branch without touching the real file system.
 */
import { accessSync, constants, statSync } from 'node:fs';

export interface FinderEnvironment {
  /** The environment variables (process.env on the host). */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether `path` is a file this user may execute. */
  isExecutable(path: string): boolean;
  platform: NodeJS.Platform;
}

/** Thrown when no browser is found; its message says what to install or set, and is meant to be shown as is. */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

interface BrowserKind {
  /** What the messages call it. */
  label: string;
  /** Checked in this order; the first one set (non-empty) decides. */
  variables: readonly string[];
  /** Install paths per platform, most specific first. */
  paths: Partial<Record<NodeJS.Platform, readonly string[]>>;
  /** How to install it, per platform; `other` where none is listed. */
  install: Partial<Record<NodeJS.Platform, string>> & { other: string };
  /** An example value for the variable, for the message. */
  example: string;
}

export const CHROMIUM: BrowserKind = {
  label: 'Chromium or Chrome',
  variables: ['CHROMIUM_PATH', 'CHROME_PATH'],
  paths: {
    linux: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/opt/google/chrome/chrome',
    ],
    darwin: [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
  },
  install: {
    linux: 'Install one (Debian/Ubuntu: sudo apt-get install -y chromium)',
    darwin: 'Install one (Google Chrome from google.com/chrome, or: brew install --cask chromium)',
    other: 'Install one',
  },
  example: '/path/to/chrome',
};

export const FIREFOX: BrowserKind = {
  label: 'Firefox',
  variables: ['FIREFOX_PATH'],
  paths: {
    linux: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'],
    darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
  },
  install: {
    linux: 'Install it (Debian: sudo apt-get install -y firefox-esr)',
    darwin: 'Install it (from mozilla.org/firefox, or: brew install --cask firefox)',
    other: 'Install it',
  },
  example: '/path/to/firefox',
};

/** The real machine. */
export function hostEnvironment(): FinderEnvironment {
  return {
    env: process.env,
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    platform: process.platform,
  };
}

/** The path of `kind`'s executable, or a BrowserNotFoundError saying what to do. */
export function findBrowser(kind: BrowserKind, { env, isExecutable, platform }: FinderEnvironment): string {
  for (const variable of kind.variables) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    if (isExecutable(value)) return value;
    throw new BrowserNotFoundError(
      `${variable} is set to ${value}, which is not an executable file. ` +
        `Point it at ${kind.label}, or unset it to search the usual install paths.`,
    );
  }
  const paths = kind.paths[platform] ?? [];
  const found = paths.find(isExecutable);
  if (found !== undefined) return found;
  const looked = paths.length > 0 ? ` (looked in ${paths.join(', ')})` : '';
  throw new BrowserNotFoundError(
    `${kind.label} not found${looked}. ${kind.install[platform] ?? kind.install.other} ` +
      `or set ${kind.variables[0]}=${kind.example}.`,
  );
}

/** Chromium or Google Chrome: CHROMIUM_PATH, then CHROME_PATH, then the usual install paths. */
export function findChromium(environment: FinderEnvironment = hostEnvironment()): string {
  return findBrowser(CHROMIUM, environment);
}

/** Firefox (ESR or release): FIREFOX_PATH, then the usual install paths. */
export function findFirefox(environment: FinderEnvironment = hostEnvironment()): string {
  return findBrowser(FIREFOX, environment);
}

/**
 * Why a browser window cannot open here, or undefined when it can. On Linux a window needs X11 or Wayland;
 * macOS and Windows always have a desktop (a remote shell there still fails later, in the browser).
 */
export function missingDisplay({ env, platform }: Pick<FinderEnvironment, 'env' | 'platform'>): string | undefined {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return undefined;
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return undefined;
  return 'No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so no browser window can open. Run this from a desktop session (or under xvfb-run).';
}
