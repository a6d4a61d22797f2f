import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/core/model';
import { defaultSettings } from '../../src/core/settings/settings';
import { baselineAnswers, CLAUDE_INCIDENT } from '../fake-server/baseline';
import { type FakeStatusServer, fixture } from '../fake-server/server';
import {
  DIST,
  type OptionsPageOptions,
  openOptions,
  openPopup,
  type Radar,
  RESULTS_DIR,
  screenshot,
  storedState,
} from './browser';
import { firstScreen } from './first-screen';
import { useRadarSession } from './radar-session';

/**
 * A status page the user adds on the options page, end to end: permission, discovery in the worker (asked by
 * the options page), saved settings, the worker's poll, the popup.
 *
 * The permission prompt. chrome.permissions.request() shows a browser dialog that headless automation cannot
 * answer: tried with the shipped build (first describe below), the request never settles, the page keeps
 * saying it is asking, and nothing is fetched or saved. So the rest runs a test copy of the build whose
 * manifest also lists the test host in host_permissions: the access is granted at install, and Chromium
 * answers permissions.request() with true at once, without a prompt, exactly as it does for a user who
 * already allowed that host. Everything after the browser's answer is the shipped code path. One
 * difference follows: a host the manifest requires cannot be given back, so on Remove the browser refuses
 * permissions.remove() (the page logs it and goes on); unit tests check what is given back.
 */

const HOST = 'status.example-ai.test';
const PAGE_URL = `https://${HOST}/`;
const PAGE_ID = `custom:${HOST}`;
const STATUS_JSON = `https://${HOST}/api/v2/status.json`;
const SUMMARY = `https://${HOST}/api/v2/summary.json`;

/** The baseline, plus a Statuspage at the test host: real status.json, and a real summary with an open incident. */
function answers() {
  return {
    ...baselineAnswers(),
    [STATUS_JSON]: fixture('statuspage/anthropic-v2-status-operational-1.json'),
    [SUMMARY]: fixture(CLAUDE_INCIDENT),
  };
}

/** The options page, wide enough for the custom pages section, which is up when its heading is. */
const OPTIONS_PAGE: OptionsPageOptions = { viewport: { width: 800, height: 900 }, readySelector: '#custom-heading' };

/** The extension API the test calls inside the browser; declared only, it exists where evaluate() runs. */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

async function storedSettings(radar: Radar): Promise<Settings | undefined> {
  return radar.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Settings | undefined);
}

function hostRequests(server: FakeStatusServer) {
  return server.requests().filter((request) => request.host === HOST);
}

describe('adding a status page with the shipped build', () => {
  const session = useRadarSession({ answers });

  it('asks the browser for the host, and reads or saves nothing while that is unanswered', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.host_permissions).not.toContain(`https://${HOST}/*`);

    const options = await openOptions(session.radar, OPTIONS_PAGE);
    const before = await storedSettings(session.radar);
    await options.locator('#custom-url').fill(PAGE_URL);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => options.locator('.custom-form [role="status"]').textContent())
      .toBe(`Asking for permission to read ${HOST}…`);
    // Headless Chromium shows the prompt where nobody can answer it: the request stays pending.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await options.locator('.custom-form [role="status"]').textContent()).toBe(`Asking for permission to read ${HOST}…`);
    expect(hostRequests(session.server)).toEqual([]);
    expect(await storedSettings(session.radar)).toEqual(before);
  });
});

describe('a status page added on the options page, then shown in the popup', () => {
  // A test copy of the shipped build, with the test host added to host_permissions (see the top of this file).
  const session = useRadarSession({ answers, hostPermissions: [`https://${HOST}/*`], options: OPTIONS_PAGE });

  it('the options page finds the platform and saves the page, watched', async () => {
    // A fresh install has stored no settings yet: the defaults stand, and the page is added to them.
    const before = (await storedSettings(session.radar)) ?? defaultSettings();
    session.server.clearRequests();
    await session.options.getByLabel('Status page address', { exact: true }).fill(PAGE_URL);
    await session.options.getByLabel('Name (optional)', { exact: true }).fill('Example AI');
    await session.options.getByLabel('Kind', { exact: true }).selectOption('chat');
    // Keyboard: Enter in a field sends the form.
    await session.options.getByLabel('Status page address', { exact: true }).press('Enter');

    await expect
      .poll(() => session.options.locator('.custom-form [role="status"]').textContent(), { timeout: 15_000 })
      .toBe('Added: Example AI (Statuspage)');
    expect(await session.options.locator('.custom-form [role="alert"]').count()).toBe(0);

    const settings = await storedSettings(session.radar);
    expect(settings?.customPages).toEqual([
      {
        id: PAGE_ID,
        name: 'Example AI',
        category: 'chat',
        statusPageUrl: `https://${HOST}`,
        chatUrl: `https://${HOST}`,
        platform: 'statuspage',
        sources: [
          { platform: 'statuspage', url: SUMMARY },
          { platform: 'feed', url: `https://${HOST}/history.atom` },
        ],
      },
    ]);
    expect(settings?.watched).toEqual([...before.watched, PAGE_ID]);
    // Discovery ran in the worker: the small status.json first, revalidated (no-cache, never no-store).
    expect(hostRequests(session.server)[0]).toMatchObject({
      path: '/api/v2/status.json',
      cacheControl: 'max-age=0',
      pragma: undefined,
    });

    const row = session.options.locator('.custom-list li');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.custom-list__name').textContent()).toBe('Example AI');
    expect(await row.locator('.custom-list__facts').textContent()).toBe(`Chat · Statuspage · ${HOST}`);
    await screenshot(session.options, 'options-custom-page.png');
    // The whole page is long (other sections come first): the section on its own too.
    await session.options.locator('section.custom').screenshot({ path: join(RESULTS_DIR, 'options-custom-page-section.png') });
  });

  it('the worker polls the new page at once and reads its open incident', async () => {
    await expect
      .poll(async () => (await storedState(session.worker))?.providers[PAGE_ID]?.severity, { timeout: 20_000 })
      .toBe('partial_outage');
    const provider = (await storedState(session.worker))?.providers[PAGE_ID];
    expect(provider?.reading?.source).toBe(SUMMARY);
    expect(provider?.reading?.incidents.map(({ title, status, impact }) => ({ title, status, impact }))).toEqual([
      { title: 'Elevated errors on platform.claude.com', status: 'monitoring', impact: 'partial_outage' },
    ]);
  });

  it('the popup shows the added assistant with its incident', async () => {
    const popup = await openPopup(session.radar);
    const row = popup.locator(`details.entry[data-providers~="${PAGE_ID}"]`);
    await row.waitFor({ timeout: 10_000 });
    expect(await row.locator('.entry__names').textContent()).toContain('Example AI');
    expect(await row.locator('summary .severity').getAttribute('data-severity')).toBe('partial_outage');
    const incident = row.locator('li.incident');
    expect(await incident.count()).toBe(1);
    expect(await incident.locator('.incident__title').textContent()).toBe('Elevated errors on platform.claude.com');
    expect(await incident.locator('.incident__facts').textContent()).toContain('Status: Monitoring');
    // Its level is said once, by its row.
    expect(await row.locator('.severity__word').allTextContents()).toEqual(['Partial outage']);
    // Links are built on the added page's own host.
    expect(await incident.locator('.incident__title a').getAttribute('href')).toBe(`https://${HOST}/incidents/978mjkgw6mh7`);
    await firstScreen(popup, 'popup-custom-page.png');
    await popup.close();
  });

  it('Remove stops watching it; the popup no longer shows it', async () => {
    await session.options.getByRole('button', { name: 'Remove Example AI', exact: true }).click();
    await expect.poll(() => session.options.locator('.custom-list [role="status"]').textContent()).toBe('Removed: Example AI');
    await expect.poll(async () => (await storedSettings(session.radar))?.customPages).toEqual([]);
    expect((await storedSettings(session.radar))?.watched).not.toContain(PAGE_ID);
    await expect
      .poll(async () => Object.keys((await storedState(session.worker))?.providers ?? {}), { timeout: 20_000 })
      .not.toContain(PAGE_ID);
    const popup = await openPopup(session.radar);
    expect(await popup.locator(`details.entry[data-providers~="${PAGE_ID}"]`).count()).toBe(0);
    expect(await popup.locator('main.popup').textContent()).not.toContain('Example AI');
  });
});
