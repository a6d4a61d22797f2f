import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings/settings';
import { baselineAnswers } from '../fake-server/baseline';
import { type Answer, httpError } from '../fake-server/server';
import { saveSettings, storedFromPage } from './browser';
import { useRadarSession } from './radar-session';

/**
 * The user's own requests (issue 17) in the shipped build, in Chromium: a page on claude.ai (sent, like every
 * host, to the fake server) asks its completion endpoint, as the web app does; the worker, granted `webRequest`
 * and claude.ai at install in a copy of the build, observes the answers. Claude's page says operational.
 */
const APP = 'https://claude.ai/';
const COMPLETION = 'https://claude.ai/api/organizations/4f1c2d/chat_conversations/9a2b7e/completion';
const LINE = 'Claude: your requests are failing · status page: Operational';

const appPage: Answer = {
  status: 200,
  body: '<!doctype html><html lang="en"><title>Claude</title><p>a stand-in for the web app</p></html>',
  contentType: 'text/html; charset=utf-8',
  delayMs: 0,
};
const ok: Answer = { status: 200, body: '{"completion":"Hello"}', contentType: 'application/json', delayMs: 0 };

describe('your own requests to Claude, end to end in Chromium', () => {
  const session = useRadarSession({
    answers: () => ({ ...baselineAnswers(), [APP]: appPage, [COMPLETION]: httpError(500) }),
    hostPermissions: ['https://claude.ai/*'],
    permissions: ['webRequest'],
    popup: true,
  });
  let app: Page;

  beforeAll(async () => {
    await saveSettings(session.popup, { ...defaultSettings(), ownTraffic: ['claude'] });
    app = await session.radar.context.newPage();
    await app.goto(APP);
  });

  /** The web app asks for an answer, as claude.ai does when the user sends a message. */
  const ask = () =>
    app.evaluate(async (url) => {
      await fetch(url, { method: 'POST', body: '{}' }).catch(() => undefined);
    }, COMPLETION);

  /** What the worker kept, read from the popup's page: reading storage does not wake the worker. */
  const kept = async () => {
    // Written by the worker under test as a TrafficRing (core/traffic/model).
    const ring = (await storedFromPage(session.popup, 'ownTraffic')) as { samples?: { outcome: string }[] } | undefined;
    return ring?.samples ?? [];
  };

  it('three failing requests are said beside the page’s word; one that succeeds clears it', async () => {
    for (let index = 0; index < 3; index += 1) await ask();
    await expect.poll(async () => (await session.badge()).tooltip, { timeout: 10_000 }).toContain(LINE);
    expect((await kept()).map((sample) => sample.outcome)).toEqual(['server_error', 'server_error', 'server_error']);
    // Nothing of the request is kept: no address, no id.
    expect(JSON.stringify(await kept())).not.toMatch(/4f1c2d|9a2b7e|claude\.ai/);
    session.server.serve(COMPLETION, ok);
    await ask();
    await expect.poll(async () => (await session.badge()).tooltip, { timeout: 10_000 }).not.toContain(LINE);
  });

  it('a stopped worker still observes: the browser wakes it for the requests it listens to', async () => {
    const before = (await kept()).length;
    const cdp = await session.radar.context.newCDPSession(session.popup);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const version of event.versions)
        if (version.scriptURL.startsWith(`chrome-extension://${session.radar.extensionId}/`))
          statuses.push(version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.at(-1), { timeout: 15_000 }).toBe('stopped');
    session.server.serve(COMPLETION, httpError(503));
    for (let index = 0; index < 3; index += 1) await ask();
    await expect.poll(async () => (await kept()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 1);
    await cdp.detach();
  });
});
