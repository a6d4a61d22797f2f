import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };

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

/**
 * The head both extension pages share (popup and options), written once: each page's index.html holds only
 * what is its own, its style sheet and its script.
 */
function pageShell(): Plugin {
  return {
    name: 'ai-outage-radar:page-shell',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { charset: 'utf-8' }, injectTo: 'head-prepend' },
      { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' }, injectTo: 'head-prepend' },
      // Before the style sheet loads: a dark system theme gets a dark page at once, not a white flash.
      { tag: 'meta', attrs: { name: 'color-scheme', content: 'light dark' }, injectTo: 'head-prepend' },
      { tag: 'title', children: 'AI Outage Radar', injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [
    preact(),
    pageShell(),
    // One version, package.json's: the manifest takes it here and is never edited for a release.
    crx({ manifest: { ...manifest, version: packageJson.version } as ManifestV3Export }),
    browserBuilds(),
  ],
  build: {
    outDir: CHROME_DIR,
    emptyOutDir: true,
    target: 'es2022',
    // Minified for the stores; the source maps beside it are for review and stay out of the store packages.
    minify: true,
    sourcemap: true,
    // Chrome (since 66) and every Firefox the manifest allows (140+) know modulepreload: no polyfill in the
    // pages' first script.
    modulePreload: { polyfill: false },
  },
});
