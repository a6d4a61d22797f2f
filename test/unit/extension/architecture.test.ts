import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layout is the design (docs/architecture.md): data flows one way, from the worker's fetch through the
 * core's parsers into storage, and the pages only read what is stored. These checks read every import in
 * src, so that a shortcut (a page that fetches, a core file that calls the browser) fails here and not in a
 * review.
 */
const SRC = 'src';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(dir, file));
}

/** What a file imports: a package name, or a path from the project root for a relative import. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.map((specifier) =>
    specifier.startsWith('.') ? relative('.', resolve(dirname(file), specifier)) : specifier,
  );
}

const FILES = sourceFiles(SRC);

function offenders(from: (file: string) => boolean, forbidden: (target: string) => boolean): string[] {
  return FILES.filter(from).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((target) => `${file} -> ${target}`),
  );
}

const under = (folder: string) => (path: string) => path === folder || path.startsWith(`${folder}/`);

describe('the one-way flow', () => {
  it('the files it reads are the ones in src', () => {
    // A scan that finds nothing would pass every check below.
    expect(FILES.length).toBeGreaterThan(100);
    expect(importsOf('src/popup/App.tsx').length).toBeGreaterThan(3);
  });

  it('the core uses no browser, no UI and nothing outside itself but the message catalogue', () => {
    const outside = (target: string) =>
      target === 'webextension-polyfill' ||
      target.startsWith('preact') ||
      (target.startsWith('src/') && !under('src/core')(target)) ||
      (target.startsWith('public/') && target !== 'public/_locales/en/messages.json');
    expect(offenders(under('src/core'), outside)).toEqual([]);
  });

  it('only src/browser and src/background call the browser through the polyfill', () => {
    const caller = (file: string) => !under('src/browser')(file) && !under('src/background')(file);
    expect(offenders(caller, (target) => target === 'webextension-polyfill')).toEqual([]);
  });

  it('the pages never fetch or parse a feed: no platform, fetch, poll or discovery code in them', () => {
    const page = (file: string) => ['src/popup', 'src/options', 'src/ui'].some((folder) => under(folder)(file));
    const reading = (target: string) =>
      ['src/core/platforms', 'src/core/fetch', 'src/core/poll'].some((folder) => under(folder)(target)) ||
      target === 'src/core/discovery/discover' ||
      target === 'src/core/discovery/detect' ||
      target === '@rgrove/parse-xml';
    expect(offenders(page, reading)).toEqual([]);
    const fetching = FILES.filter(page).filter((file) => /\bfetch\s*\(/.test(readFileSync(file, 'utf8')));
    expect(fetching).toEqual([]);
  });

  it('the popup and the options page share through src/ui, never through each other', () => {
    expect(offenders(under('src/options'), under('src/popup'))).toEqual([]);
    expect(offenders(under('src/popup'), under('src/options'))).toEqual([]);
    expect(offenders(under('src/ui'), (target) => under('src/popup')(target) || under('src/options')(target))).toEqual([]);
  });

  it('the worker and the terminal command use no page code; the terminal command no browser code', () => {
    const pages = (target: string) => ['src/popup', 'src/options', 'src/ui'].some((folder) => under(folder)(target));
    expect(offenders(under('src/background'), pages)).toEqual([]);
    const browser = (target: string) =>
      pages(target) || under('src/browser')(target) || under('src/background')(target) || target === 'webextension-polyfill';
    expect(offenders(under('src/cli'), browser)).toEqual([]);
  });
});

/** What a file imports for its values (type-only imports vanish from the build), resolved to files where relative. */
function valueImportsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const statements = [...text.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^;'"]*?)\bfrom\s*['"]([^'"]+)['"]/gms)];
  return statements
    .filter(([, typeKeyword, names = '']) => !isTypeOnly(typeKeyword !== undefined, names))
    .map(([, , , specifier = '']) => (specifier.startsWith('.') ? resolveSource(resolve(dirname(file), specifier)) : specifier));
}

/** `import type {…}`, or braces naming only types: nothing of it is in the build. */
function isTypeOnly(typeKeyword: boolean, names: string): boolean {
  if (typeKeyword) return true;
  const braces = /^\{([^}]*)\}$/s.exec(names.trim());
  if (!braces) return false;
  const listed = (braces[1] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return listed.length > 0 && listed.every((name) => name.startsWith('type '));
}

function resolveSource(path: string): string {
  const found = [`${path}.ts`, `${path}.tsx`, join(path, 'index.ts')].find((candidate) => existsSync(candidate));
  return relative('.', found ?? path);
}

/** Every module a page's entry loads, followed through the value imports of each. */
function loadedFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (module: string) => {
    if (seen.has(module)) return;
    seen.add(module);
    if (module.startsWith('src/')) for (const next of valueImportsOf(module)) visit(next);
  };
  visit(entry);
  return seen;
}

describe('what the popup loads', () => {
  const loaded = loadedFrom('src/popup/main.tsx');

  it('is followed from its entry through every file it loads', () => {
    // A walk that stops at the entry would pass every check below.
    expect([...loaded].filter((module) => module.startsWith('src/popup/')).length).toBeGreaterThan(10);
    expect(loaded).toContain('src/core/view/first-screen.ts');
    expect(loaded).toContain('preact');
  });

  it('no catalog, parser, schema library or polyfill: the worker checked what it stored, and resolved the settings', () => {
    const heavy = [...loaded].filter(
      (module) =>
        under('src/core/catalog')(module) ||
        under('src/core/platforms')(module) ||
        under('src/core/settings/settings.ts')(module) ||
        module.endsWith('stored-state.ts') ||
        module.endsWith('stored-settings.ts') ||
        ['valibot', 'webextension-polyfill', '@rgrove/parse-xml'].includes(module),
    );
    expect(heavy).toEqual([]);
  });
});

describe('rooms a newcomer can find their way in', () => {
  const filesIn = (dir: string) => readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile());
  const folders = (dir: string): string[] =>
    readdirSync(dir)
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isDirectory())
      .flatMap((path) => [path, ...folders(path)]);

  it('the foundation at the top of src/core is eight files at most', () => {
    expect(filesIn('src/core').length).toBeLessThanOrEqual(8);
  });

  it.each(folders('src/core'))('%s holds about ten files at most', (folder) => {
    expect(filesIn(folder).length).toBeLessThanOrEqual(10);
  });

  it('the unit tests mirror src: each of their folders is a folder of src, but the shared helpers and the whole extension', () => {
    const apart = new Set(['test/unit/support', 'test/unit/extension']);
    const mirrorless = folders('test/unit')
      .filter((folder) => ![...apart].some((kept) => under(kept)(folder)))
      .filter((folder) => !existsSync(join(SRC, relative('test/unit', folder))));
    expect(mirrorless).toEqual([]);
  });

  it('a helper beside some tests serves only that folder; one shared wider lives in test/unit/support', () => {
    const testFiles = sourceFiles('test/unit');
    const helpers = testFiles.filter((file) => !/\.test\.tsx?$/.test(file) && !under('test/unit/support')(file));
    const strays = helpers.flatMap((helper) =>
      testFiles
        .filter((file) => dirname(file) !== dirname(helper))
        .filter((file) => importsOf(file).some((target) => target === helper.replace(/\.tsx?$/, '')))
        .map((file) => `${file} -> ${helper}`),
    );
    expect(helpers.length).toBeGreaterThan(0);
    expect(strays).toEqual([]);
  });
});
