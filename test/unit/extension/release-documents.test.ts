import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What both stores and a reader of the repository ask for beside the code (issue 13): the licence package.json
 * names, a changelog, and a privacy policy that says what every permission the manifest asks for is for.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { license?: string };
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
  permissions: string[];
  optional_permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
};

describe('the documents that ship with it', () => {
  it('the licence is the one package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n/);
  });

  it('a changelog, with what is not released yet on top', () => {
    expect(existsSync('CHANGELOG.md')).toBe(true);
    expect(readFileSync('CHANGELOG.md', 'utf8')).toMatch(/^# Changelog\n[\s\S]*?\n## Unreleased\n/);
  });

  it('the privacy policy says what each permission the manifest asks for is for, in its table', () => {
    const rows = readFileSync('PRIVACY.md', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Permission'));
    const named = (permission: string) => rows.some((row) => row.includes(`\`${permission}\``));
    for (const permission of [...manifest.permissions, ...manifest.optional_permissions]) {
      expect(named(permission), permission).toBe(true);
    }
    // Host access, asked for at install (the built-in pages) and at run time (a page the user adds, an app's site).
    expect(manifest.host_permissions.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.includes('host access to the built-in status pages'))).toBe(true);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(rows.some((row) => row.includes('host access to a page you add'))).toBe(true);
  });
});
