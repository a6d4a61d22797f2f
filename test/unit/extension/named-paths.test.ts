import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Comments and documents point a reader at code by its path ("core/history/pages/plan", "src/popup/App.tsx").
 * A move that leaves such a pointer behind sends a newcomer nowhere, so every path named in prose must exist.
 */

const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.(tsx?|md)$/.test(file) && !file.startsWith('test/fixtures/'));

const folderNames = (dir: string) => readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
const TOPS = ['core', 'browser', 'background', 'popup', 'options', 'ui', 'cli'];
const CORE = folderNames('src/core');
const HISTORY = folderNames('src/core/history');
const HEADS = [...new Set([...TOPS, ...CORE, ...HISTORY])].join('|');
/** A path-like word: an optional root, then a known folder, then at least one more step. */
const NAMED = new RegExp(`(?<![\\w./@-])((?:src/|test/|scripts/|docs/)?(?:${HEADS})(?:/[\\w.-]+)+)`, 'g');
const BASES = ['', 'src/', 'src/core/', 'src/core/history/', 'test/', 'test/unit/'];
const ENDINGS = ['', '.ts', '.tsx', '.md'];

function exists(named: string): boolean {
  const path = named.replace(/[.,]+$/, '');
  return BASES.some((base) => ENDINGS.some((ending) => existsSync(`${base}${path}${ending}`)));
}

function missingIn(file: string, text = readFileSync(file, 'utf8')): string[] {
  return text.split('\n').flatMap((line, index) =>
    // An import is checked by the compiler; prose is what no tool reads.
    /^\s*import\b|\bfrom\s+['"]/.test(line)
      ? []
      : [...line.matchAll(NAMED)]
          .map((match) => match[1] ?? '')
          .filter((named) => !exists(named))
          .map((named) => `${file}:${index + 1}: ${named}`),
  );
}

describe('the paths that prose names', () => {
  it('reads the project: its sources, tests and documents', () => {
    expect(tracked).toContain('docs/architecture.md');
    expect(tracked.length).toBeGreaterThan(300);
  });

  it('finds a path that is gone, and passes one that is there', () => {
    // Built from parts, so that this file names no stale path itself.
    const gone = ['core', 'history', 'plan'].join('/');
    const prose = `// the plan (${gone}), read by core/history/pages/read-history and src/popup/App.tsx`;
    expect(missingIn('example.ts', prose)).toEqual([`example.ts:1: ${gone}`]);
  });

  it('every path named in a comment or a document exists', () => {
    expect(tracked.flatMap((file) => missingIn(file))).toEqual([]);
  });
});
