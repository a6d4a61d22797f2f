import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../e2e/browser';
import { popupPaintFigures } from './popup-paint';
import { referenceDrift } from './reference';
import { openBenchSession } from './session';
import { sizeFigures } from './sizes';
import { storageFigures } from './storage-writes';
import { workerRefreshFigures } from './worker-refresh';

/**
 * The shipped build (dist/chrome) and the minimal reference extension (test/bench/reference), loaded in the same
 * Chromium run against the fake status server. Each figure is printed as it is measured; none passes or fails.
 * Throws when something cannot be measured at all (no Chromium, no build, a page that never paints).
 */
export async function browserFigures(print: (line: string) => void = console.log): Promise<void> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`no build in ${DIST}: run npx vite build (npm run bench does)`);
  print('\nThe shipped build against the minimal reference extension (test/bench/reference), one Chromium run');
  for (const problem of referenceDrift()) print(`  WARNING: ${problem}; update test/bench/reference/worker.js`);
  for (const line of sizeFigures()) print(line);
  const session = await openBenchSession();
  try {
    for (const line of await popupPaintFigures(session.context, session.ours, session.reference)) print(line);
    for (const line of await workerRefreshFigures(session)) print(line);
    for (const line of await storageFigures(session)) print(line);
  } finally {
    await session.close();
  }
}
