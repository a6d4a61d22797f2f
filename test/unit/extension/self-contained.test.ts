import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, SYNTHETIC_DIR } from '../../fixtures';

/**
 * A clone of the repository tests on its own: every payload a test reads is inside it, listed with where it
 * came from, and nothing in the project reaches outside its folder (the tests once read the captures from a
 * folder beside the project, and failed on every machine that had only the repository).
 */
const ROOT = resolve('.');

const inside = (path: string) => !relative(ROOT, resolve(path)).startsWith('..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((path) => statSync(path).isFile());
}

/** The project's own code, build and test files: what could read a path outside the folder. */
const PROJECT_FILES = ['src', 'test', 'scripts', 'bin', '.ci']
  .filter((dir) => {
    try {
      return statSync(dir).isDirectory();
    } catch {
      return false;
    }
  })
  .flatMap(filesUnder)
  .filter((path) => /\.(ts|tsx|mjs|js|json|html|css|md|xml)$|(^|\/)run$/.test(path))
  .filter((path) => !path.startsWith('test/fixtures/'))
  .concat(['package.json', 'tsconfig.json', 'vite.config.ts', 'manifest.json', 'README.md', 'SECURITY.md'])
  .concat(filesUnder('docs').filter((path) => path.endsWith('.md')));

describe('the repository alone', () => {
  it('reads its payloads from inside itself', () => {
    expect(inside(FIXTURES_DIR)).toBe(true);
    expect(inside(SYNTHETIC_DIR)).toBe(true);
    expect(filesUnder(FIXTURES_DIR).length).toBeGreaterThan(40);
  });

  it('no file of the project names a path above its own folder', () => {
    // A path that climbs out of the repository from the root (`../x`) or from a test (`../../../x`).
    const climbing = PROJECT_FILES.filter((path) => {
      const text = readFileSync(path, 'utf8');
      return [...text.matchAll(/['"`](\.\.\/[^'"`\s]*)['"`]/g)].some(
        ([, climbed]) => climbed !== undefined && !inside(resolve(path, '..', climbed)),
      );
    });
    expect(climbing).toEqual([]);
    // The folder the captures were first collected in, beside the project; spelt so as not to match itself.
    const outsideFolder = new RegExp(['\\.\\./', 'shared\\b'].join(''));
    const named = PROJECT_FILES.filter((path) => outsideFolder.test(readFileSync(path, 'utf8')));
    expect(named).toEqual([]);
  });

  it('every capture is listed with its source, and every row has its capture', () => {
    const readme = readFileSync(join(FIXTURES_DIR, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `([^`]+)` \|/gm)].map(([, file]) => file ?? '').sort();
    const present = filesUnder(FIXTURES_DIR)
      .map((path) => relative(FIXTURES_DIR, path))
      .filter((file) => file !== 'README.md')
      .sort();
    expect(present).toEqual(listed);
  });

  it('every file the README and the docs link or show is in the repository', () => {
    const pages = [
      'README.md',
      'SECURITY.md',
      'PRIVACY.md',
      'CHANGELOG.md',
      ...filesUnder('docs').filter((p) => p.endsWith('.md')),
    ];
    const missing = pages.flatMap((page) =>
      [...readFileSync(page, 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map(([, target]) => target ?? '')
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => !existsSync(resolve(page, '..', target)))
        .map((target) => `${page} -> ${target}`),
    );
    expect(missing).toEqual([]);
    // The README shows the popup itself, not a link into the git-ignored test-results/.
    expect(readFileSync('README.md', 'utf8')).toMatch(/!\[[^\]]*\]\(docs\/images\/popup\.png\)/);
    expect(readFileSync('README.md', 'utf8')).not.toMatch(/\]\(test-results\//);
  });

  it('a capture is never one of the hand-made payloads, nor named like one', () => {
    const hashes = new Set(filesUnder(SYNTHETIC_DIR).map((path) => hash(path)));
    for (const path of filesUnder(FIXTURES_DIR)) {
      expect(path).not.toMatch(/synthetic/);
      expect(hashes.has(hash(path))).toBe(false);
    }
  });
});

function hash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
