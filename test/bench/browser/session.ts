import { createHash } from 'node:crypto';
import { connect } from 'node:tls';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { DIST, launchRadar, type Radar, withServedBrowser } from '../../e2e/browser';
import { baselineAnswers, URLS } from '../../fake-server/baseline';
import { type Answer, type FakeStatusServer, fixture, startFakeStatusServer } from '../../fake-server/server';
import type { ExtensionApi } from './extension-api';
import { REFERENCE_DIR, REFERENCE_POPUP } from './reference';
import { popupPage } from './sizes';

declare const chrome: ExtensionApi;

/** One of the two extensions loaded, as the measurements need it. */
export interface LoadedExtension {
  /** What the figures call it. */
  label: 'ours' | 'reference';
  id: string;
  worker: Worker;
  /** The manifest's action.default_popup. */
  popupPath: string;
  /** chrome-extension://id/path */
  url(path: string): string;
}

/** Chromium once, with the shipped build and the reference extension, against the fake status server. */
export interface BenchSession {
  server: FakeStatusServer;
  context: BrowserContext;
  ours: LoadedExtension;
  reference: LoadedExtension;
  /**
   * A page of `extension` that runs none of its code (its manifest.json, shown as text), from which messages
   * are sent and storage watched: the popup would render and follow storage itself, and be measured with it.
   */
  quietPage(extension: LoadedExtension): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The SHA-256 of the fake server's public key, for --ignore-certificate-errors-spki-list: with it the test
 * certificate is trusted as a real one, so Chromium caches answers and revalidates them (ETag, 304) as it
 * does live; with --ignore-certificate-errors alone it caches nothing.
 */
async function serverKeyHash(port: number): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect({ host: '127.0.0.1', port, servername: 'status.claude.com', rejectUnauthorized: false }, () => {
      const certificate = socket.getPeerX509Certificate();
      socket.end();
      if (!certificate) return fail(new Error('the fake status server sent no certificate'));
      const key = certificate.publicKey.export({ type: 'spki', format: 'der' });
      done(createHash('sha256').update(key).digest('base64'));
    });
    socket.once('error', fail);
  });
}

async function referenceWorker(context: BrowserContext, ourId: string): Promise<Worker> {
  const isReference = (worker: Worker) => {
    const url = new URL(worker.url());
    return url.host !== ourId && url.pathname === '/worker.js';
  };
  return (
    context.serviceWorkers().find(isReference) ??
    (await context.waitForEvent('serviceworker', { predicate: isReference, timeout: 15_000 }))
  );
}

function loaded(label: LoadedExtension['label'], worker: Worker, popupPath: string): LoadedExtension {
  const id = new URL(worker.url()).host;
  return { label, id, worker, popupPath, url: (path) => `chrome-extension://${id}/${path}` };
}

/** `task`, or an error naming `what` after `ms`: a worker that never answers must not hang the bench. */
export async function withTimeout<T>(task: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([task, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** How much the extension whose page or worker this is has stored, as JSON characters. */
export function storedSize(where: Page | Worker): () => Promise<number> {
  const read = async () => JSON.stringify(await chrome.storage.local.get(null)).length;
  // Page and Worker evaluate alike; their overloads differ only in what they accept beyond a function.
  return () => ('goto' in where ? where.evaluate(read) : where.evaluate(read));
}

/**
 * Until neither the server's request log nor the extension's storage has changed for `quietMs` (and, with
 * `untilSomething`, the server saw a request and something is stored): a poll is over. Read from the outside
 * on purpose, so that neither the State's shape nor its keys matter. The log holds the last 500 requests only:
 * clear it before a poll watched this way.
 */
export async function waitUntilQuiet(
  server: FakeStatusServer,
  storedSize: () => Promise<number>,
  { quietMs = 1_000, timeoutMs = 30_000, untilSomething = false } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  while (Date.now() < deadline) {
    const requests = server.requests().length;
    const stored = await storedSize();
    const now = `${requests}/${stored}`;
    const something = !untilSomething || (requests > 0 && stored > 2);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (something && Date.now() - since >= quietMs) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the poll did not settle within ${timeoutMs} ms`);
}

/**
 * The end-to-end baseline, with the two incident.io page JSONs it leaves unanswered (404, read from their
 * compatible summary instead) answered by the captured OpenAI page JSON: in a quiet poll every page reads
 * as it did before, so what a poll writes is what a quiet day writes. A source that keeps failing is no quiet.
 */
function quietAnswers(): Record<string, Answer> {
  const pageJson = fixture('incidentio/openai-proxy-summary-ongoing-incident-1.json');
  return { ...baselineAnswers(), [URLS.perplexity]: pageJson, [URLS.groq]: pageJson };
}

/**
 * Launch once, both extensions loaded; wait for our poll on install to settle, so that nothing measured later
 * is merged into it. The fake server answers the quiet baseline, with ETags, as real status hosts do.
 */
export async function openBenchSession(): Promise<BenchSession> {
  const server = await startFakeStatusServer(quietAnswers(), { etags: true });
  return await withServedBrowser<Radar, Omit<BenchSession, 'close'>>(
    server,
    async () => {
      const trusted = `--ignore-certificate-errors-spki-list=${await serverKeyHash(server.port)}`;
      return await launchRadar(server.port, { alsoLoad: [REFERENCE_DIR], extraArgs: [trusted] });
    },
    async (radar) => {
      const ours = loaded('ours', radar.worker, popupPage(DIST));
      const reference = loaded('reference', await referenceWorker(radar.context, ours.id), REFERENCE_POPUP);
      await waitUntilQuiet(server, storedSize(ours.worker), { untilSomething: true });
      return {
        server,
        context: radar.context,
        ours,
        reference,
        async quietPage(extension) {
          const page = await radar.context.newPage();
          await page.goto(extension.url('manifest.json'));
          return page;
        },
      };
    },
  );
}
