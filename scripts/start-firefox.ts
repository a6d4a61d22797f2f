/**
 * `npm run start:firefox`: after the build, runs Firefox with dist/firefox as a temporary add-on through
 * `web-ext run`, on the Firefox found by findFirefox (FIREFOX_PATH, else the usual install paths), so that a
 * missing Firefox or display is said plainly instead of surfacing as a web-ext stack trace.
 * Firefox's own MOZ_HEADLESS=1 skips the display check (a smoke test on a machine without one).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BrowserNotFoundError, findFirefox, hostEnvironment, missingDisplay } from './find-browser';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist/firefox');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!existsSync(join(DIST, 'manifest.json'))) fail(`No build at ${DIST}: run npm run build first (npm run start:firefox does).`);
const host = hostEnvironment();
let firefox: string;
try {
  firefox = findFirefox(host);
} catch (error) {
  if (error instanceof BrowserNotFoundError) fail(error.message);
  throw error;
}
const noDisplay = process.env.MOZ_HEADLESS === '1' ? undefined : missingDisplay(host);
if (noDisplay) fail(`${noDisplay}\nnpm run start:firefox opens ${firefox} in a window; with no display, nothing can be shown.`);

const webExt = join(ROOT, 'node_modules/.bin/web-ext');
const child = spawn(webExt, ['run', '--target', 'firefox-desktop', '--source-dir', DIST, `--firefox=${firefox}`, '--no-reload'], {
  stdio: 'inherit',
});
// Ctrl-C reaches web-ext too, which closes Firefox and exits: wait for that and pass its code on.
process.on('SIGINT', () => undefined);
child.on('error', (error) => fail(`Could not run ${webExt}: ${error.message}`));
// web-ext's exit code is ours; 1 if a signal killed it.
child.on('exit', (code) => process.exit(code ?? 1));
