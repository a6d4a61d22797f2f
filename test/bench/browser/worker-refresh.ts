import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { ExtensionApi } from './extension-api';
import { compared, median, milliseconds } from './report';
import { type BenchSession, type LoadedExtension, withTimeout } from './session';

declare const chrome: ExtensionApi;

export const REFRESHES = 10;
/** Far above any poll of the local fake server (each source's own timeout is shorter): only a hang reaches it. */
export const REFRESH_TIMEOUT_MS = 30_000;

/** Each extension's worker as the DevTools protocol last reported it (running, stopped, …), by extension id. */
class WorkerWatch {
  private readonly statuses = new Map<string, string>();

  private constructor(private readonly session: CDPSession) {
    session.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const version of event.versions) this.statuses.set(new URL(version.scriptURL).host, version.runningStatus);
    });
  }

  static async open(context: BrowserContext, page: Page): Promise<WorkerWatch> {
    const watch = new WorkerWatch(await context.newCDPSession(page));
    await watch.session.send('ServiceWorker.enable');
    return watch;
  }

  /** Stop every service worker, as the browser does when they idle, and wait until `extension`'s has stopped. */
  async stop(extension: LoadedExtension): Promise<void> {
    await this.session.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 15_000;
    while (this.statuses.get(extension.id) !== 'stopped') {
      if (Date.now() > deadline)
        throw new Error(`the ${extension.label} service worker did not stop (${this.statuses.get(extension.id)})`);
      await new Promise((done) => setTimeout(done, 20));
    }
  }

  close(): Promise<void> {
    return this.session.detach();
  }
}

/**
 * From a page of the extension: how long `{type: 'refresh'}` takes until its answer, whatever the answer is.
 * Timed in the page, so that the DevTools round trip is not counted.
 */
function timeRefresh(page: Page): Promise<number> {
  const timed = page.evaluate(async () => {
    const start = performance.now();
    await chrome.runtime.sendMessage({ type: 'refresh' });
    return performance.now() - start;
  });
  return withTimeout(timed, REFRESH_TIMEOUT_MS, `the refresh asked from ${page.url()}`);
}

/**
 * A refresh asked of a stopped worker (the browser stops idle workers within a minute, so the popup's Refresh
 * usually meets one), and of a running one, REFRESHES times each, the two extensions turn about.
 */
export async function workerRefreshFigures(session: BenchSession): Promise<string[]> {
  const extensions = [session.ours, session.reference];
  const pages = await Promise.all(extensions.map((extension) => session.quietPage(extension)));
  const [ourPage, referencePage] = pages;
  if (!ourPage || !referencePage) throw new Error('no extension page to send from');
  const turns = [
    [session.ours, ourPage],
    [session.reference, referencePage],
  ] as const;
  const watch = await WorkerWatch.open(session.context, ourPage);
  const fromStopped: Record<LoadedExtension['label'], number[]> = { ours: [], reference: [] };
  const fromRunning: Record<LoadedExtension['label'], number[]> = { ours: [], reference: [] };
  try {
    // One warm-up each: the first start of a worker also compiles its code for the cache later starts use.
    for (const [extension, page] of turns) {
      await watch.stop(extension);
      await timeRefresh(page);
    }
    for (let run = 0; run < REFRESHES; run += 1) {
      for (const [extension, page] of turns) {
        await watch.stop(extension);
        fromStopped[extension.label].push(await timeRefresh(page));
        fromRunning[extension.label].push(await timeRefresh(page));
      }
    }
  } finally {
    await watch.close();
    await Promise.all(pages.map((page) => page.close()));
  }
  return [
    compared(
      `Refresh answered from a stopped worker, median of ${REFRESHES}`,
      median(fromStopped.ours),
      median(fromStopped.reference),
      milliseconds,
      '≤ 2×',
    ),
    compared(
      `Refresh answered by a running worker, median of ${REFRESHES}`,
      median(fromRunning.ours),
      median(fromRunning.reference),
      milliseconds,
    ),
  ];
}
