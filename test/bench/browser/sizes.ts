import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../../e2e/browser';
import { REFERENCE_DIR, REFERENCE_POPUP } from './reference';
import { bytes, compared } from './report';

/** Scripts a page or worker loads before it can run: the entry files and everything they import statically. */
export interface ScriptGraph {
  /** Relative to the extension's folder, in the order found. */
  files: string[];
  raw: number;
  gzip: number;
}

/**
 * A static `import … from "x"`, `import "x"` or `export … from "x"`, as the minifier writes them. A dynamic
 * `import("x")` does not match (an open parenthesis follows the keyword): it loads later, if ever.
 */
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/** `entries` (paths inside `root`) and what they import statically, followed through every built file. */
export function staticImportGraph(root: string, entries: readonly string[]): ScriptGraph {
  const seen = new Set<string>();
  const pending = entries.map((entry) => resolve(root, entry));
  while (pending.length > 0) {
    const file = pending.shift();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? '';
      const target = specifier.startsWith('/') ? join(root, specifier) : resolve(dirname(file), specifier);
      // Only what resolves to a built file counts: the pattern could also match the text of a string.
      if ((specifier.startsWith('.') || specifier.startsWith('/')) && existsSync(target) && !seen.has(target))
        pending.push(target);
    }
  }
  const files = [...seen];
  return {
    files: files.map((file) => relative(root, file)),
    raw: files.reduce((sum, file) => sum + statSync(file).size, 0),
    gzip: files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0),
  };
}

/** The `<script src>` of a built HTML page, as paths inside the extension's folder. */
export function pageScripts(root: string, page: string): string[] {
  const html = readFileSync(join(root, page), 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => {
    const src = match[1] ?? '';
    return src.startsWith('/') ? src.slice(1) : relative(root, resolve(dirname(join(root, page)), src));
  });
}

/** Chunks the page asks the browser to fetch early (`modulepreload`): loaded too, though nothing may import them. */
function preloadedScripts(root: string, page: string): string[] {
  const html = readFileSync(join(root, page), 'utf8');
  return [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) =>
    (match[1] ?? '').replace(/^\//, ''),
  );
}

interface Manifest {
  action?: { default_popup?: string };
  background?: { service_worker?: string };
  options_ui?: { page?: string };
}

export function readManifest(root: string): Manifest {
  // The fields read are each checked for a string where they are used.
  return JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
}

/** The popup page a manifest names (action.default_popup). */
export function popupPage(root: string): string {
  const popup = readManifest(root).action?.default_popup;
  if (typeof popup !== 'string') throw new Error(`${root}/manifest.json names no action.default_popup`);
  return popup;
}

function workerGraph(root: string): ScriptGraph {
  const script = readManifest(root).background?.service_worker;
  if (typeof script !== 'string') throw new Error(`${root}/manifest.json names no background.service_worker`);
  return staticImportGraph(root, [script]);
}

function sized(graph: ScriptGraph): string {
  return `${bytes(graph.raw)} raw / ${bytes(graph.gzip)} gzip in ${graph.files.length} file${graph.files.length === 1 ? '' : 's'}`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** What each extension's popup and worker load, from the built files (no browser needed). */
export function sizeFigures(): string[] {
  const ourPopupPage = popupPage(DIST);
  const ourPopup = staticImportGraph(DIST, pageScripts(DIST, ourPopupPage));
  const referencePopup = staticImportGraph(REFERENCE_DIR, pageScripts(REFERENCE_DIR, REFERENCE_POPUP));
  const ourWorker = workerGraph(DIST);
  const referenceWorker = workerGraph(REFERENCE_DIR);
  const lines = [
    compared('JavaScript the popup loads, gzip', ourPopup.gzip, referencePopup.gzip, bytes, '≤ 18 KB gzip'),
    compared('JavaScript the popup loads, raw', ourPopup.raw, referencePopup.raw, bytes),
    `  ours: ${sized(ourPopup)} (${ourPopup.files.join(', ')}); reference: ${referencePopup.files.length === 0 ? 'no script' : sized(referencePopup)}`,
  ];
  const unimported = preloadedScripts(DIST, ourPopupPage).filter((file) => !ourPopup.files.includes(file));
  if (unimported.length > 0) lines.push(`  also preloaded by the popup, though nothing imports them: ${unimported.join(', ')}`);
  lines.push(
    compared('JavaScript the worker parses at every start, gzip', ourWorker.gzip, referenceWorker.gzip, bytes),
    compared('JavaScript the worker parses at every start, raw', ourWorker.raw, referenceWorker.raw, bytes),
    `  ours: ${sized(ourWorker)}; reference: ${sized(referenceWorker)}`,
  );
  const optionsPage = readManifest(DIST).options_ui?.page;
  if (typeof optionsPage === 'string') {
    lines.push(
      `JavaScript the options page loads (ours only): ${sized(staticImportGraph(DIST, pageScripts(DIST, optionsPage)))}`,
    );
  }
  const files = filesUnder(DIST).filter((file) => !file.endsWith('.map'));
  const scripts = files.filter((file) => file.endsWith('.js'));
  const total = (list: string[]) => list.reduce((sum, file) => sum + statSync(file).size, 0);
  const packed = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  lines.push(
    `The Chrome build (dist/chrome, source maps aside): ${files.length} files, ${bytes(total(files))}; ` +
      `JavaScript ${bytes(total(scripts))}, gzip ${bytes(packed)}`,
  );
  return lines;
}
