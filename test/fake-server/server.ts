import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFixture, readSynthetic } from '../fixtures';
import { makeSelfSignedCertificate } from './certificate';

/** What the server answers for one host + path. */
export interface Answer {
  status: number;
  body: string;
  contentType: string;
  /** Milliseconds to wait before answering (capped at MAX_DELAY_MS). */
  delayMs: number;
  /** More response headers (Retry-After, Location, ...). */
  headers?: Record<string, string>;
  /**
   * A broken connection instead of a whole answer: `reset` closes it before any byte (as a network that is
   * gone does), `cut-off` sends the headers and half the body, then closes it.
   */
  fault?: 'reset' | 'cut-off';
}

/** One request as the server saw it. */
export interface SeenRequest {
  at: number;
  method: string;
  host: string;
  path: string;
  cacheControl: string | undefined;
  pragma: string | undefined;
  /** The validator the browser revalidated with; answered 304 when it names the body (with `etags` on). */
  ifNoneMatch: string | undefined;
}

export interface FakeStatusServer {
  readonly port: number;
  /** Answer `url` (an https URL; its host and path are the key) with `answer` from now on. */
  serve(url: string, answer: Answer): void;
  /** Back to the answers the server started with. */
  reset(): void;
  /** Requests seen since the start or the last clearRequests(), oldest first (at most MAX_LOGGED_REQUESTS). */
  requests(): readonly SeenRequest[];
  clearRequests(): void;
  close(): Promise<void>;
}

export const MAX_DELAY_MS = 20_000;
const MAX_LOGGED_REQUESTS = 500;

/** A captured real payload from test/fixtures, served with the content type its name implies. */
export function fixture(relativePath: string, overrides: Partial<Answer> = {}): Answer {
  return { status: 200, body: readFixture(relativePath), contentType: contentTypeOf(relativePath), delayMs: 0, ...overrides };
}

/** A hand-made payload from test/synthetic, for a platform no capture shows. */
export function synthetic(name: string, overrides: Partial<Answer> = {}): Answer {
  return { status: 200, body: readSynthetic(name), contentType: contentTypeOf(name), delayMs: 0, ...overrides };
}

function contentTypeOf(name: string): string {
  if (name.endsWith('.atom')) return 'application/atom+xml; charset=utf-8';
  if (name.endsWith('.rss')) return 'application/rss+xml; charset=utf-8';
  if (name.endsWith('.xml')) return 'application/xml; charset=utf-8';
  return 'application/json; charset=utf-8';
}

/** A bare HTTP error, as a CDN in front of a status page answers when the origin is down. */
export function httpError(status: number, overrides: Partial<Answer> = {}): Answer {
  return { status, body: `${status} error from the fake status server\n`, contentType: 'text/plain', delayMs: 0, ...overrides };
}

/** A strong validator that changes whenever the body does. */
function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** If-None-Match is a list of validators, or `*`; weak ones (W/"...") match too, as RFC 9110 says for it. */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

function keyOf(host: string, path: string): string {
  return `${host.toLowerCase()}${path}`;
}

function keyOfUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') throw new Error(`the fake status server only serves https URLs: ${url}`);
  return keyOf(parsed.hostname, parsed.pathname);
}

export interface FakeServerOptions {
  /**
   * The port to listen on; any free one unless said. Firefox can only send a host to 127.0.0.1 on the
   * URL's own port (network.dns.localDomains), so for it the server listens on 443 (which needs root, or
   * CAP_NET_BIND_SERVICE).
   */
  port?: number;
  /**
   * Off unless asked: every 200 answer carries a strong ETag of its body, and a GET or HEAD whose If-None-Match
   * names it is answered 304 with no body, as real status hosts do, so that a browser's `cache: 'no-cache'`
   * revalidation costs what it costs live. Answers whose `headers` set their own ETag keep it.
   */
  etags?: boolean;
}

/**
 * A local HTTPS server standing in for every status host: the browser maps every host name to it
 * (--host-resolver-rules; network.dns.localDomains in Firefox), and it answers by Host header + path.
 * Unknown routes get a 404.
 */
export async function startFakeStatusServer(
  defaults: Record<string, Answer>,
  { port: listenPort = 0, etags = false }: FakeServerOptions = {},
): Promise<FakeStatusServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ai-outage-radar-fake-server-'));
  const hosts = [...new Set(Object.keys(defaults).map((url) => new URL(url).hostname))];
  const certificate = makeSelfSignedCertificate(dir, hosts);

  const initial = new Map(Object.entries(defaults).map(([url, answer]) => [keyOfUrl(url), answer]));
  let routes = new Map(initial);
  let seen: SeenRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(request.url ?? '/', 'https://fake.invalid').pathname;
    seen.push({
      at: Date.now(),
      method: request.method ?? '',
      host,
      path,
      cacheControl: request.headers['cache-control'],
      pragma: request.headers.pragma,
      ifNoneMatch: request.headers['if-none-match'],
    });
    if (seen.length > MAX_LOGGED_REQUESTS) seen = seen.slice(-MAX_LOGGED_REQUESTS);

    const answer = routes.get(keyOf(host, path)) ?? httpError(404);
    const send = () => {
      if (response.destroyed) return;
      if (answer.fault === 'reset') {
        request.socket.destroy();
        return;
      }
      // No CORS header on purpose: the extension must reach these hosts through its host_permissions.
      const headers = { 'content-type': answer.contentType, 'cache-control': 'no-cache', ...answer.headers };
      if (answer.fault === 'cut-off') {
        response.writeHead(answer.status, { ...headers, 'content-length': String(Buffer.byteLength(answer.body)) });
        response.write(answer.body.slice(0, Math.floor(answer.body.length / 2)), () => {
          setTimeout(() => request.socket.destroy(), 50);
        });
        return;
      }
      // With `etags` on, a 200 carries its validator (its own, when the answer sets one), and a request that names it gets a 304.
      const ownEtag = Object.entries(answer.headers ?? {}).find(([name]) => name.toLowerCase() === 'etag')?.[1];
      const etag = etags && answer.status === 200 ? (ownEtag ?? etagOf(answer.body)) : undefined;
      if (etag !== undefined && matchesEtag(request.headers['if-none-match'], etag)) {
        response.writeHead(304, { 'cache-control': headers['cache-control'], etag });
        response.end();
        return;
      }
      response.writeHead(answer.status, etag === undefined || ownEtag !== undefined ? headers : { ...headers, etag });
      response.end(request.method === 'HEAD' ? undefined : answer.body);
    };
    const delay = Math.min(Math.max(answer.delayMs, 0), MAX_DELAY_MS);
    if (delay === 0) {
      send();
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      send();
    }, delay);
    timers.add(timer);
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(listenPort, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    // EACCES on 443 without root, EADDRINUSE when something else holds it: say which port.
    throw new Error(`the fake status server cannot listen on 127.0.0.1:${listenPort}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const { port } = server.address() as AddressInfo;

  return {
    port,
    serve(url, answer) {
      routes.set(keyOfUrl(url), answer);
    },
    reset() {
      routes = new Map(initial);
    },
    requests: () => [...seen],
    clearRequests() {
      seen = [];
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
