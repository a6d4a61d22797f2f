import { describe, expect, it } from 'vitest';
import {
  BrowserNotFoundError,
  CHROMIUM,
  FIREFOX,
  type FinderEnvironment,
  findChromium,
  findFirefox,
  hostEnvironment,
  missingDisplay,
} from '../../../scripts/find-browser';

/** A machine with exactly `files` executable on it; the finder sees nothing else. */
function machine(
  files: readonly string[],
  env: Record<string, string> = {},
  platform: NodeJS.Platform = 'linux',
): FinderEnvironment & { asked: string[] } {
  const asked: string[] = [];
  return {
    env,
    platform,
    asked,
    isExecutable(path) {
      asked.push(path);
      return files.includes(path);
    },
  };
}

function errorOf(find: () => string): BrowserNotFoundError {
  try {
    find();
  } catch (error) {
    if (error instanceof BrowserNotFoundError) return error;
    throw error;
  }
  throw new Error('found a browser where none should be');
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, over CHROME_PATH and the install paths', () => {
    const env = machine(['/usr/bin/chromium', '/opt/a', '/opt/b'], { CHROMIUM_PATH: '/opt/a', CHROME_PATH: '/opt/b' });
    expect(findChromium(env)).toBe('/opt/a');
  });

  it('takes CHROME_PATH when CHROMIUM_PATH is unset or empty', () => {
    expect(findChromium(machine(['/usr/bin/chromium', '/opt/b'], { CHROME_PATH: '/opt/b' }))).toBe('/opt/b');
    expect(findChromium(machine(['/usr/bin/chromium', '/opt/b'], { CHROMIUM_PATH: '', CHROME_PATH: '/opt/b' }))).toBe('/opt/b');
  });

  it('fails on a variable that names no executable rather than running another browser', () => {
    const error = errorOf(() => findChromium(machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nonexistent' })));
    expect(error.message).toBe(
      'CHROMIUM_PATH is set to /nonexistent, which is not an executable file. ' +
        'Point it at Chromium or Chrome, or unset it to search the usual install paths.',
    );
    expect(errorOf(() => findChromium(machine(['/usr/bin/chromium'], { CHROME_PATH: '/nope' }))).message).toMatch(
      /^CHROME_PATH is set to \/nope/,
    );
  });

  it('tries the Linux install paths in order, Debian first', () => {
    const linux = CHROMIUM.paths.linux ?? [];
    // Debian's package first (what CI installs), Google's Chrome among the rest.
    expect(linux[0]).toBe('/usr/bin/chromium');
    for (const path of ['/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/opt/google/chrome/chrome']) {
      expect(linux).toContain(path);
    }
    for (const [index, path] of linux.entries()) {
      // Every later path exists too: the first one that exists wins.
      const env = machine(linux.slice(index));
      expect(findChromium(env)).toBe(path);
      expect(env.asked).toEqual(linux.slice(0, index + 1));
    }
  });

  it('finds Chrome or Chromium in /Applications on macOS, and does not look at Linux paths there', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(findChromium(machine([chrome, chromium], {}, 'darwin'))).toBe(chrome);
    expect(findChromium(machine([chromium], {}, 'darwin'))).toBe(chromium);
    expect(() => findChromium(machine(['/usr/bin/chromium'], {}, 'darwin'))).toThrow(BrowserNotFoundError);
  });

  it('says what to install, where it looked and which variable to set when there is none', () => {
    expect(errorOf(() => findChromium(machine([]))).message).toBe(
      `Chromium or Chrome not found (looked in ${(CHROMIUM.paths.linux ?? []).join(', ')}). ` +
        'Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chrome.',
    );
    expect(errorOf(() => findChromium(machine([], {}, 'darwin'))).message).toMatch(/brew install --cask chromium/);
  });

  it('on a platform without known paths, asks for the variable and still honours it', () => {
    expect(errorOf(() => findChromium(machine([], {}, 'win32'))).message).toBe(
      'Chromium or Chrome not found. Install one or set CHROMIUM_PATH=/path/to/chrome.',
    );
    expect(findChromium(machine(['C:\\chrome.exe'], { CHROMIUM_PATH: 'C:\\chrome.exe' }, 'win32'))).toBe('C:\\chrome.exe');
  });
});

describe('findFirefox', () => {
  it('takes FIREFOX_PATH first, and fails when it names nothing', () => {
    expect(findFirefox(machine(['/usr/bin/firefox-esr', '/opt/ff'], { FIREFOX_PATH: '/opt/ff' }))).toBe('/opt/ff');
    expect(errorOf(() => findFirefox(machine(['/usr/bin/firefox-esr'], { FIREFOX_PATH: '/nonexistent' }))).message).toBe(
      'FIREFOX_PATH is set to /nonexistent, which is not an executable file. ' +
        'Point it at Firefox, or unset it to search the usual install paths.',
    );
  });

  it('prefers Firefox ESR on Linux, then firefox', () => {
    expect(findFirefox(machine(['/usr/bin/firefox-esr', '/usr/bin/firefox']))).toBe('/usr/bin/firefox-esr');
    expect(findFirefox(machine(['/usr/bin/firefox']))).toBe('/usr/bin/firefox');
    expect(findFirefox(machine(['/Applications/Firefox.app/Contents/MacOS/firefox'], {}, 'darwin'))).toBe(
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    );
  });

  it('says what to install when there is none', () => {
    expect(errorOf(() => findFirefox(machine([]))).message).toBe(
      `Firefox not found (looked in ${(FIREFOX.paths.linux ?? []).join(', ')}). ` +
        'Install it (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH=/path/to/firefox.',
    );
  });
});

describe('missingDisplay', () => {
  it('on Linux, wants DISPLAY or WAYLAND_DISPLAY', () => {
    expect(missingDisplay({ env: {}, platform: 'linux' })).toMatch(/^No display: neither DISPLAY nor WAYLAND_DISPLAY is set/);
    expect(missingDisplay({ env: { DISPLAY: '' }, platform: 'linux' })).toBeDefined();
    expect(missingDisplay({ env: { DISPLAY: ':0' }, platform: 'linux' })).toBeUndefined();
    expect(missingDisplay({ env: { WAYLAND_DISPLAY: 'wayland-0' }, platform: 'linux' })).toBeUndefined();
  });

  it('on macOS and Windows, assumes a desktop', () => {
    expect(missingDisplay({ env: {}, platform: 'darwin' })).toBeUndefined();
    expect(missingDisplay({ env: {}, platform: 'win32' })).toBeUndefined();
  });
});

describe('the host environment', () => {
  it('calls a directory or a missing file not executable, and node executable', () => {
    const host = hostEnvironment();
    expect(host.isExecutable(process.execPath)).toBe(true);
    expect(host.isExecutable('/nonexistent/browser')).toBe(false);
    expect(host.isExecutable(import.meta.dirname)).toBe(false);
  });
});
