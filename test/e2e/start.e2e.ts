import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm start` and `npm run start:firefox`, past their build step: the extension opens where a person sees it
 * (its popup and options page in tabs), as root too, and a missing browser is said, not a crash.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(script: string, env: Record<string, string>) {
  const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...rest } = process.env;
  return spawnSync(TSX, [script], { cwd: ROOT, env: { ...rest, ...env }, encoding: 'utf8', timeout: 60_000 });
}

describe('npm start', () => {
  it('loads the extension and opens its popup and options page in tabs (headless here: no display)', () => {
    const started = run('scripts/start.ts', { START_HEADLESS: '1' });
    expect(started.status, started.stderr).toBe(0);
    expect(started.stdout).toMatch(/popup: +chrome-extension:\/\/[a-p]{32}\/src\/popup\/index\.html/);
    expect(started.stdout).toMatch(/options: +chrome-extension:\/\/[a-p]{32}\/src\/options\/index\.html/);
    // Chromium refuses to start as root without it; any other user keeps the sandbox.
    if (process.getuid?.() === 0) expect(started.stdout).toContain('(as root: --no-sandbox)');
  });

  it('without a display, says so and stops instead of waiting for a window that cannot open', () => {
    const started = run('scripts/start.ts', {});
    expect(started.status).toBe(1);
    expect(started.stderr).toMatch(/No display/);
  });

  it('start:firefox names what is missing when there is no Firefox', () => {
    const started = run('scripts/start-firefox.ts', { FIREFOX_PATH: '/nonexistent/firefox' });
    expect(started.status).toBe(1);
    expect(started.stderr).toMatch(/FIREFOX_PATH is set to \/nonexistent\/firefox/);
  });
});
