import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The extension pages' Content Security Policy is the last lock behind rendering feed text as text: even
 * if markup slipped into a page, no inline or remote script could run and no plugin could load.
 */

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
  content_security_policy?: { extension_pages?: string };
};

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words): words is [string, ...string[]] => words[0] !== undefined && words[0] !== '')
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

describe('the extension pages’ content security policy', () => {
  const policy = manifest.content_security_policy?.extension_pages ?? '';
  const parsed = directives(policy);

  it('is set', () => {
    expect(policy).not.toBe('');
  });

  it("lets scripts come from the package only: script-src 'self'", () => {
    expect(parsed.get('script-src')).toEqual(["'self'"]);
  });

  it('allows no eval, no inline script and no remote host anywhere in the policy', () => {
    for (const [name, values] of parsed) {
      for (const value of values) {
        expect(value, name).not.toMatch(/^'unsafe-|^'wasm-unsafe-eval'$|^https?:|^\*|^data:|^blob:|^'nonce-|^'sha/i);
      }
    }
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/i);
  });

  it("loads no plugins: object-src 'none'", () => {
    expect(parsed.get('object-src')).toEqual(["'none'"]);
  });

  it('names no default-src that could widen script-src', () => {
    const fallback = parsed.get('default-src');
    if (fallback) expect(fallback.every((value) => value === "'self'" || value === "'none'")).toBe(true);
  });
});
