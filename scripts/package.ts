import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { writeZip, type ZipEntry } from './zip';

/**
 * `npm run package`: the three files a release uploads, from the build `npm run build` just made.
 *
 * - `ai-outage-radar-<version>-chrome.zip`: the Chrome Web Store package, its manifest at the zip's root.
 * - `ai-outage-radar-<version>-firefox.zip`: the addons.mozilla.org package.
 * - `ai-outage-radar-<version>-source.zip`: what a Firefox reviewer rebuilds the bundled code from
 *   (docs/building.md says how); addons.mozilla.org asks for it when the code is bundled.
 *
 * Source maps stay out of the store packages: they are for review, and the source zip holds the source itself.
 * `--out <dir>` writes elsewhere than `release/`.
 */
const ROOT = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** What a build makes or an install brings: not source. */
const NOT_SOURCE = new Set(['node_modules', 'dist', 'release', 'test-results', '.git', 'web-ext-artifacts']);

function filesOf(dir: string, keep: (path: string) => boolean): ZipEntry[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter(keep)
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort()
    .map((name) => ({ name, data: readFileSync(join(dir, name)) }));
}

function builtPackage(dir: string): ZipEntry[] {
  const built = JSON.parse(readFileSync(join(ROOT, dir, 'manifest.json'), 'utf8')) as { version?: string };
  // A build left from another version would ship under this one's name.
  if (built.version !== version) {
    throw new Error(`${dir} was built as version ${built.version}, package.json says ${version}: run npm run build`);
  }
  return filesOf(join(ROOT, dir), (path) => !path.endsWith('.map'));
}

function sourcePackage(): ZipEntry[] {
  return filesOf(ROOT, (path) => {
    const [top] = path.split('/');
    return top !== undefined && !NOT_SOURCE.has(top) && !path.endsWith('.log');
  });
}

function writeRelease(out: string): string[] {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const packages: [string, ZipEntry[]][] = [
    [`ai-outage-radar-${version}-chrome.zip`, builtPackage('dist/chrome')],
    [`ai-outage-radar-${version}-firefox.zip`, builtPackage('dist/firefox')],
    [`ai-outage-radar-${version}-source.zip`, sourcePackage()],
  ];
  return packages.map(([name, entries]) => {
    const file = join(out, name);
    writeZip(file, entries);
    return file;
  });
}

const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex >= 0 ? (process.argv[outIndex + 1] ?? 'release') : join(ROOT, 'release'));
for (const file of writeRelease(out)) console.log(relative(process.cwd(), file) || file);
