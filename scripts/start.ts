/**
 * `npm start`: after the build, opens Chromium or Chrome with dist/chrome loaded and the popup and the options
 * page in two tabs, so a person sees the extension at once. Runs until the browser is closed (or Ctrl-C).
 *
 * The browser is launched here through playwright-core rather than by `web-ext run`: that way the extension id
 * (it depends on the folder of an unpacked extension) is read from the service worker's URL, and the tabs can
 * be opened on it. A fresh profile each time, removed on exit, so the extension starts as on a first install.
 *
 * START_HEADLESS=1 is for a smoke test only (a machine without a display, CI): it opens the same two tabs
 * headless, prints what loaded and exits.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { BrowserNotFoundError, findChromium, hostEnvironment, missingDisplay } from './find-browser';

const DIST = resolve(import.meta.dirname, '../dist/chrome');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The popup and options pages the build declares (crxjs keeps the source paths, but the manifest is the truth). */
function extensionPages(dist: string): { popup: string; options: string } {
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) fail(`No build at ${dist}: run npm run build first (npm start does).`);
  const manifest: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const field = (path: readonly string[]): string => {
    let value: unknown = manifest;
    for (const key of path) value = typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
    if (typeof value !== 'string') fail(`${manifestPath} has no ${path.join('.')}`);
    return value;
  };
  return { popup: field(['action', 'default_popup']), options: field(['options_ui', 'page']) };
}

const headless = process.env.START_HEADLESS === '1';
const host = hostEnvironment();
const pages = extensionPages(DIST);

let executablePath: string;
try {
  executablePath = findChromium(host);
} catch (error) {
  if (error instanceof BrowserNotFoundError) fail(error.message);
  throw error;
}
const noDisplay = headless ? undefined : missingDisplay(host);
if (noDisplay) fail(`${noDisplay}\nnpm start opens ${executablePath} in a window; with no display, nothing can be shown.`);

// Chromium refuses to start as root with its sandbox on ("Running as root without --no-sandbox is not supported").
const asRoot = process.getuid?.() === 0;
const userDataDir = mkdtempSync(join(tmpdir(), 'ai-outage-radar-start-'));
let context: BrowserContext | undefined;
let interrupted = false;
/** The close() that Ctrl-C started: the profile is removed only once it has ended. */
let closing: Promise<void> | undefined;
/** Never throws: a profile left in the temporary folder is no reason to fail. */
function removeProfile(): void {
  try {
    // Retries: the browser's helper processes may still be writing to it for a moment after it closed.
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch (error) {
    console.error(
      `Could not remove the browser profile ${userDataDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
// Ctrl-C, at any point: close the browser and remove the profile. on(), not once(): npm and tsx each pass the
// signal on, so it can arrive more than once.
process.on('SIGINT', () => {
  interrupted = true;
  if (context) closing ??= context.close().catch(() => undefined);
  else {
    // Still launching: Playwright ends the browser when this process exits.
    removeProfile();
    process.exit(130);
  }
});
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    // A real window, sized by the browser: no emulated viewport.
    viewport: null,
    // Playwright's --enable-automation shows a "controlled by automated test software" bar; a person needs none.
    ignoreDefaultArgs: ['--enable-automation'],
    // Playwright passes --no-sandbox unless told otherwise: only as root, where Chromium needs it; a person's
    // session elsewhere keeps the sandbox.
    chromiumSandbox: !asRoot,
    timeout: 30_000,
    // Handled above, so that the profile is removed too (Playwright's own handler exits at once).
    handleSIGINT: false,
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-first-run', '--no-default-browser-check'],
  });
  const open = context;
  // Closing the last window ends the browser process, which closes the context.
  const closed = new Promise<void>((done) => open.on('close', () => done()));
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  const worker =
    open.serviceWorkers().find((candidate) => isOurs(candidate.url())) ??
    (await open.waitForEvent('serviceworker', { predicate: (candidate) => isOurs(candidate.url()), timeout: 15_000 }));
  // Node answers "null" for the origin of a chrome-extension: URL; the id is its host.
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  // The persistent context opens with one blank tab: the popup takes it, the options page a second one.
  const popupTab = open.pages()[0] ?? (await open.newPage());
  await popupTab.goto(`${origin}/${pages.popup}`);
  const optionsTab = await open.newPage();
  await optionsTab.goto(`${origin}/${pages.options}`);

  console.log(`AI Outage Radar loaded in ${executablePath}${asRoot ? ' (as root: --no-sandbox)' : ''}`);
  console.log(`  popup:   ${popupTab.url()}  "${await popupTab.title()}"`);
  console.log(`  options: ${optionsTab.url()}  "${await optionsTab.title()}"`);
  if (headless) await open.close();
  else console.log('Close the browser (or press Ctrl-C) to stop.');
  await closed;
  await closing;
} catch (error) {
  await (closing ?? context?.close())?.catch(() => undefined);
  removeProfile();
  // Ctrl-C while the tabs were opening fails their navigation: that is no error to report.
  if (interrupted) process.exit(130);
  fail(`Could not start the browser: ${error instanceof Error ? error.message : String(error)}`);
}
removeProfile();
// Closed by its window or by Ctrl-C: both are the way to stop. (Explicit, so that no handle left open keeps Node running.)
process.exit(0);
