import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

const CHROME_DIR = resolve(import.meta.dirname, 'dist/chrome');
const FIREFOX_DIR = resolve(import.meta.dirname, 'dist/firefox');

type BuiltManifest = Record<string, unknown> & { background: { service_worker: string; type?: string } };

/**
 * One manifest, two browsers. crxjs writes a Chrome build with a module service worker; Firefox runs
 * MV3 background pages from `background.scripts` and reads `browser_specific_settings`, which Chrome
 * does not know. Each build gets the keys its browser understands.
 */
function browserBuilds(): Plugin {
  return {
    name: 'ai-outage-radar:browser-builds',
    apply: 'build',
    enforce: 'post',
    closeBundle() {
      const path = resolve(CHROME_DIR, 'manifest.json');
      const built = JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
      const { browser_specific_settings: gecko, ...chrome } = built;
      writeFileSync(path, `${JSON.stringify(chrome, null, 2)}\n`);

      rmSync(FIREFOX_DIR, { recursive: true, force: true });
      cpSync(CHROME_DIR, FIREFOX_DIR, { recursive: true });
      const firefox = {
        ...chrome,
        background: { scripts: [built.background.service_worker], type: 'module' },
        browser_specific_settings: gecko,
      };
      writeFileSync(resolve(FIREFOX_DIR, 'manifest.json'), `${JSON.stringify(firefox, null, 2)}\n`);
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as ManifestV3Export }), browserBuilds()],
  build: {
    outDir: CHROME_DIR,
    emptyOutDir: true,
    target: 'es2022',
    // Extension files are read from disk: small chunks gain nothing, and a readable build is easier to review.
    minify: false,
  },
});
