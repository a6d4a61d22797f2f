import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What ships in the extension is our code and a few runtime dependencies. Each of them is kept free of
 * dependencies of its own, so that everything shipped can be read in one sitting; a new one, or a new
 * version that brings others along, fails here and has to be looked at on purpose.
 */
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<
    string,
    { version?: string; dependencies?: Record<string, string>; dev?: boolean; devOptional?: boolean; optional?: boolean }
  >;
};

describe('runtime dependencies', () => {
  it('are the four the extension uses', () => {
    expect(Object.keys(packageJson.dependencies).sort()).toEqual([
      '@rgrove/parse-xml',
      'preact',
      'valibot',
      'webextension-polyfill',
    ]);
  });

  it.each(Object.keys(packageJson.dependencies))('%s is locked, and brings no dependency of its own', (name) => {
    const locked = lock.packages[`node_modules/${name}`];
    expect(locked?.version).toBeDefined();
    expect(locked?.dev).toBeUndefined();
    expect(locked?.dependencies ?? {}).toEqual({});
  });

  it('nothing else in the lock file is installed for production', () => {
    const production = Object.entries(lock.packages)
      // `optional` alone marks the platform builds of a dev tool's optional dependencies (TypeScript's native
      // compiler): installed, if at all, with the tool that names them, which is itself dev.
      .filter(([path, entry]) => path !== '' && !entry.dev && !entry.devOptional && !entry.optional)
      .map(([path]) => path.replace(/^node_modules\//, ''));
    expect(production.sort()).toEqual(Object.keys(packageJson.dependencies).sort());
  });
});
