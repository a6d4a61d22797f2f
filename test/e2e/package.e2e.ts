import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip, type ZipEntry } from '../../scripts/zip';

/**
 * `npm run package` over the build this run made: the three zips a release uploads, as each store takes them.
 * The source zip is built again in a folder of its own, as a Firefox reviewer would, and must give the same files.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

let out: string;
let zips: { chrome: ZipEntry[]; firefox: ZipEntry[]; source: ZipEntry[] };

function namesOf(entries: readonly ZipEntry[]): string[] {
  return entries.map((entry) => entry.name).sort();
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

function unpack(entries: readonly ZipEntry[], dir: string): void {
  for (const entry of entries) {
    mkdirSync(dirname(join(dir, entry.name)), { recursive: true });
    writeFileSync(join(dir, entry.name), entry.data);
  }
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'radar-release-'));
  execFileSync(join(BIN, 'tsx'), ['scripts/package.ts', '--out', out], { cwd: ROOT, stdio: 'pipe' });
  const zip = (kind: string) => readZip(join(out, `ai-outage-radar-${version}-${kind}.zip`));
  zips = { chrome: zip('chrome'), firefox: zip('firefox'), source: zip('source') };
}, 60_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run package', () => {
  it('the Chrome zip has its manifest at the root, the version of package.json, and no source map', () => {
    const manifest = zips.chrome.find((entry) => entry.name === 'manifest.json');
    expect(manifest).toBeDefined();
    expect(JSON.parse(manifest?.data.toString('utf8') ?? '{}')).toMatchObject({ version, manifest_version: 3 });
    expect(namesOf(zips.chrome).filter((name) => name.endsWith('.map'))).toEqual([]);
    // Everything else the build made is in it.
    const built = filesOf(join(ROOT, 'dist/chrome')).filter((name) => !name.endsWith('.map'));
    expect(namesOf(zips.chrome)).toEqual(built);
  });

  it('the Firefox zip passes web-ext lint for addons.mozilla.org with no error', () => {
    const dir = join(out, 'firefox');
    unpack(zips.firefox, dir);
    expect(namesOf(zips.firefox).filter((name) => name.endsWith('.map'))).toEqual([]);
    let report: string;
    try {
      report = execFileSync(join(BIN, 'web-ext'), ['lint', '--source-dir', dir, '--output', 'json'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    } catch (error) {
      // web-ext exits non-zero when it finds errors; its report is still on stdout.
      report = String((error as { stdout?: unknown }).stdout ?? error);
    }
    const lint = JSON.parse(report) as { errors: { code: string; message: string }[]; summary: { errors: number } };
    expect(lint.errors).toEqual([]);
    expect(lint.summary.errors).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ version, browser_specific_settings: expect.any(Object) });
  }, 60_000);

  it('the source zip holds the source and the build instructions, nothing built or installed', () => {
    const names = namesOf(zips.source);
    for (const needed of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'docs/building.md']) {
      expect(names).toContain(needed);
    }
    expect(names.some((name) => name.startsWith('src/background/'))).toBe(true);
    expect(names.filter((name) => /^(node_modules|dist|release|test-results|\.git)\//.test(name))).toEqual([]);
  });

  it('the source zip builds again into the same Firefox files', () => {
    const dir = join(out, 'source');
    unpack(zips.source, dir);
    // The dependencies `npm ci` would install, from the lock file this run installed them from.
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // As a reviewer's shell runs it: not with the NODE_ENV=test this test runs under, which would build
    // Preact's debug runtime.
    const { NODE_ENV: _test, ...env } = process.env;
    execFileSync(join(BIN, 'vite'), ['build', '--logLevel', 'error'], { cwd: dir, stdio: 'pipe', env });
    const shipped = (base: string) => filesOf(join(base, 'dist/firefox')).filter((name) => !name.endsWith('.map'));
    expect(shipped(dir)).toEqual(shipped(ROOT));
    for (const name of shipped(ROOT)) {
      const again = readFileSync(join(dir, 'dist/firefox', name));
      expect(again.equals(readFileSync(join(ROOT, 'dist/firefox', name))), name).toBe(true);
    }
  }, 120_000);
});
