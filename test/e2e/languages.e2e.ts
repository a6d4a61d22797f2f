import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baselineAnswers } from '../fake-server/baseline';
import { type FakeStatusServer, startFakeStatusServer } from '../fake-server/server';
import { launchRadar, openPopup, type Radar, screenshot, waitForStoredState } from './browser';

function messages(locale: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
}

/** The shipped build in a browser whose interface is German or French: chrome.i18n and Intl both follow it. */
describe.each([
  ['de', 'Betriebsbereit'],
  ['fr', 'Opérationnel'],
])('the popup in a browser set to %s', (language, operational) => {
  let server: FakeStatusServer;
  let radar: Radar;

  beforeAll(async () => {
    server = await startFakeStatusServer(baselineAnswers());
    radar = await launchRadar(server.port, { language });
    await waitForStoredState(radar.worker);
  });

  afterAll(async () => {
    await radar?.close();
    await server?.close();
  });

  it('speaks the language: words from its _locales, the page marked with it, times by Intl', async () => {
    expect(messages(language).severity_operational?.message).toBe(operational);
    const popup = await openPopup(radar);
    expect(await popup.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${language}`));
    await expect.poll(() => popup.locator('main.popup').textContent()).toContain(operational);
    const refresh = messages(language).popupRefresh?.message ?? '';
    expect(await popup.getByRole('button', { name: refresh }).count()).toBe(1);
    // "Checked …" with a relative time written by Intl.RelativeTimeFormat in the same language.
    const justNow = new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(0, 'second');
    await expect.poll(() => popup.locator('header.summary').textContent()).toContain(justNow);
    await screenshot(popup, `popup-${language}.png`);
    await popup.close();
  });
});
