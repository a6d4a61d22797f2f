import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../../../src/core/fetch/fetch-text';
import { readFixture } from '../../fixtures';
import { giveI18n } from '../support/english';
import { type FakeAnswer, fakeFetch } from '../support/fake-fetch';
import { settle, startWorker } from '../support/worker-harness';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const HOST = 'status.example-ai.test';
const ORIGIN = `https://${HOST}/*`;
const PAGE_URL = `https://${HOST}/`;
const STATUS_JSON = `https://${HOST}/api/v2/status.json`;

/** fake-browser has no permissions API: one that holds what the test grants. */
const permissions = {
  granted: new Set<string>(),
  contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((origin) => permissions.granted.has(origin))),
};

let fetch: ReturnType<typeof fakeFetch>;

function answerWith(routes: Record<string, FakeAnswer>): void {
  fetch = fakeFetch(routes);
  vi.stubGlobal('fetch', fetch);
}

/** What an extension page gets back for a message: the one answer a listener of the worker gave. */
async function send(message: unknown): Promise<unknown> {
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
  return answers.find((answer) => answer !== undefined);
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeEach(async () => {
  fakeBrowser.reset();
  giveI18n();
  permissions.granted.clear();
  permissions.contains.mockClear();
  Object.assign(fakeBrowser, { permissions });
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
  answerWith({});
  // The real worker, as the browser starts it: its listeners, with nothing stored (so it polls nothing now).
  await startWorker();
});

afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the worker discovers the platform of a page the user adds', () => {
  it('answers with what a real Statuspage capture shows, reading only the small status.json', async () => {
    permissions.granted.add(ORIGIN);
    answerWith({ [STATUS_JSON]: { body: readFixture('statuspage/anthropic-v2-status-operational-1.json') } });
    expect(await send({ type: 'discover', pageUrl: PAGE_URL })).toEqual({
      ok: true,
      value: {
        platform: 'statuspage',
        statusPageUrl: `https://${HOST}`,
        sources: [
          { platform: 'statuspage', url: `https://${HOST}/api/v2/summary.json` },
          { platform: 'feed', url: `https://${HOST}/history.atom` },
        ],
      },
    });
    expect(permissions.contains).toHaveBeenCalledWith({ origins: [ORIGIN] });
    expect(fetch.calls).toEqual([{ url: STATUS_JSON, cache: 'no-cache' }]);
  });

  it("answers incident.io from real captures: its compatible status.json, then the page's own JSON", async () => {
    permissions.granted.add(ORIGIN);
    const proxy = `https://${HOST}/proxy/${HOST}`;
    answerWith({
      [STATUS_JSON]: { body: readFixture('incidentio/openai-v2-status-compat-1.json') },
      [proxy]: { body: readFixture('incidentio/openai-proxy-summary-ongoing-incident-1.json') },
    });
    expect(await send({ type: 'discover', pageUrl: PAGE_URL })).toEqual({
      ok: true,
      value: {
        platform: 'incidentio',
        statusPageUrl: `https://${HOST}`,
        sources: [
          { platform: 'incidentio', url: proxy },
          { platform: 'statuspage', url: `https://${HOST}/api/v2/summary.json` },
        ],
      },
    });
    expect(fetch.calls.map((call) => call.url)).toEqual([STATUS_JSON, proxy]);
  });

  it('without access to the host: a typed failure, and nothing fetched', async () => {
    answerWith({ [STATUS_JSON]: { body: readFixture('statuspage/anthropic-v2-status-operational-1.json') } });
    expect(await send({ type: 'discover', pageUrl: PAGE_URL })).toEqual({
      ok: false,
      failure: { kind: 'no_access', permission: ORIGIN },
    });
    expect(fetch.calls).toEqual([]);
  });

  it('on a shared host, reads only the path it was given access to, never the host root', async () => {
    const shared = 'https://statuspage.flashduty.com';
    permissions.granted.add(`${shared}/example/*`);
    // The host root answers as a Statuspage would: read without access, it would be taken for this page.
    answerWith({ [`${shared}/api/v2/status.json`]: { body: readFixture('statuspage/anthropic-v2-status-operational-1.json') } });
    const answer = await send({ type: 'discover', pageUrl: `${shared}/example/` });
    expect(answer).toMatchObject({ ok: false, failure: { kind: 'unreadable', failure: { kind: 'bad_payload' } } });
    expect(fetch.calls.map((call) => call.url)).toEqual([`${shared}/example/`]);
  });

  it('when fetch throws: a typed failure, no throw and no unhandled rejection', async () => {
    permissions.granted.add(ORIGIN);
    const calls: string[] = [];
    // Thrown at once, not even a rejected promise: the worst a fetch can do.
    const throwing: FetchLike = (url) => {
      calls.push(url);
      throw new TypeError('Failed to fetch');
    };
    vi.stubGlobal('fetch', throwing);
    expect(await send({ type: 'discover', pageUrl: PAGE_URL })).toEqual({
      ok: false,
      failure: {
        kind: 'unreadable',
        failure: { kind: 'bad_payload', message: 'no known status platform answers at this address' },
      },
    });
    expect(calls[0]).toBe(STATUS_JSON);
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('when the permission check itself fails: a typed failure, logged, no unhandled rejection', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    permissions.contains.mockRejectedValueOnce(new Error('permissions are unavailable'));
    expect(await send({ type: 'discover', pageUrl: PAGE_URL })).toEqual({
      ok: false,
      failure: { kind: 'worker_failed', message: 'permissions are unavailable' },
    });
    expect(logged).toHaveBeenCalled();
    expect(fetch.calls).toEqual([]);
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('leaves unanswered a request that is not an https page address, and fetches nothing', async () => {
    permissions.granted.add(`http://${HOST}/*`);
    for (const pageUrl of [`http://${HOST}/`, 'status.example-ai.test', 42, undefined]) {
      expect(await send({ type: 'discover', pageUrl }), String(pageUrl)).toBeUndefined();
    }
    expect(permissions.contains).not.toHaveBeenCalled();
    expect(fetch.calls).toEqual([]);
  });
});
