// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings/settings';
import { text } from '../support/dom';
import { giveI18n } from '../support/english';
import {
  closeOptions,
  failPermissionRequests,
  openOptions,
  fakePermissions as permissions,
  settle,
} from '../support/options-page';
import { savedSettings, storedSettings } from '../support/storage';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

giveI18n();

/** In the user's order: ChatGPT before Claude; Cohere and Claude Code have no web app the radar can observe. */
const WATCHED = ['chatgpt', 'cohere', 'claude', 'claude-code'];

const PRIVACY =
  'When you turn this on for an assistant, the radar watches whether your own requests in its web app fail ' +
  '(server errors, overloaded, network errors, usage limit) and keeps only the assistant, the kind of failure and ' +
  'the minute, on this device, for half an hour at most. It never keeps addresses, contents or anything of the ' +
  'page, and asks for access to that one site only when you turn it on, and gives it back when you turn it off.';

const REFUSED = 'The browser did not allow access to claude.ai, so this stays off. You can try again at any time.';

let root: HTMLElement;

function settingsWith(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), watched: WATCHED, ...patch };
}

async function open(settings: Settings = settingsWith()): Promise<void> {
  root = await openOptions(settings);
}

function section(): Element {
  const element = root.querySelector('section[aria-labelledby="own-traffic-heading"]');
  if (!element) throw new Error('no own traffic section');
  return element;
}

/** [label, checked] of each box of the section, as shown. */
function boxes(): [string, boolean][] {
  return [...section().querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => [
    text(section().querySelector(`label[for="${CSS.escape(box.id)}"]`)),
    box.checked,
  ]);
}

function box(label: string): HTMLInputElement {
  const found = [...section().querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
    (element) => text(section().querySelector(`label[for="${CSS.escape(element.id)}"]`)) === label,
  );
  if (!found) throw new Error(`no box "${label}"`);
  return found;
}

function alerts(): string[] {
  return [...section().querySelectorAll('[role="alert"]')].map((element) => text(element));
}

const CLAUDE = 'Warn me when my own requests to Claude fail';
const CHATGPT = 'Warn me when my own requests to ChatGPT fail';
const NOTIFY = 'Notify me when they keep failing while the status page says nothing is wrong';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  closeOptions();
  vi.restoreAllMocks();
});

describe('your own requests', () => {
  it('says what it watches and keeps, and offers one box per watched assistant with a web app, in your order', async () => {
    await open();
    expect(text(section().querySelector('h2'))).toBe('Your own requests');
    expect(text(section().querySelector('.hint'))).toBe(PRIVACY);
    expect(boxes()).toEqual([
      [CHATGPT, false],
      [CLAUDE, false],
      [NOTIFY, false],
    ]);
    // Nothing to notify of while no assistant is on.
    expect(box(NOTIFY).disabled).toBe(true);
  });

  it('shows what is on', async () => {
    await open(settingsWith({ ownTraffic: ['claude'] }));
    expect(boxes()).toEqual([
      [CHATGPT, false],
      [CLAUDE, true],
      [NOTIFY, false],
    ]);
    expect(box(NOTIFY).disabled).toBe(false);
  });

  it('notifying of them is off until turned on, then saved as such; with every notification off it cannot be', async () => {
    await open(settingsWith({ ownTraffic: ['claude'] }));
    box(NOTIFY).click();
    const saved = await savedSettings((settings) => settings.notifications.ownTraffic);
    expect(saved).toEqual(
      settingsWith({ ownTraffic: ['claude'], notifications: { ...defaultSettings().notifications, ownTraffic: true } }),
    );
    render(null, root);
    document.body.innerHTML = '';
    await open(settingsWith({ ownTraffic: ['claude'], notifications: { ...defaultSettings().notifications, enabled: false } }));
    expect(box(NOTIFY).disabled).toBe(true);
  });

  it('says so in one line when no watched assistant has a web app it can observe', async () => {
    await open(settingsWith({ watched: ['cohere', 'claude-code'] }));
    expect(boxes()).toEqual([]);
    expect([...section().querySelectorAll('p')].map((element) => text(element))).toEqual([
      PRIVACY,
      'None of the assistants you watch has a web app whose requests the radar can observe.',
    ]);
  });

  it('turning it on asks, at the click, for webRequest and that one site only, and saves it when granted', async () => {
    const request = vi.spyOn(permissions, 'request').mockResolvedValue(true);
    await open();
    box(CLAUDE).click();
    // Asked within the click itself: Firefox grants optional permissions only on a user gesture.
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ permissions: ['webRequest'], origins: ['https://claude.ai/*'] });
    const saved = await savedSettings((settings) => settings.ownTraffic.length > 0);
    expect(saved).toEqual(settingsWith({ ownTraffic: ['claude'] }));
    await vi.waitFor(() => expect(box(CLAUDE).checked).toBe(true));
    expect(box(CHATGPT).checked).toBe(false);
    expect(alerts()).toEqual([]);
  });

  it('refused: stays off, unchecked, with a note next to it, every time', async () => {
    vi.spyOn(permissions, 'request').mockResolvedValue(false);
    const before = settingsWith();
    await open(before);
    for (let attempt = 0; attempt < 2; attempt++) {
      box(CLAUDE).click();
      await vi.waitFor(() => expect(alerts()).toEqual([REFUSED]));
      await vi.waitFor(() => expect(box(CLAUDE).checked).toBe(false));
    }
    // Next to Claude's box, not ChatGPT's.
    const note = section().querySelector('[role="alert"]');
    expect(note?.previousElementSibling?.querySelector('input')).toBe(box(CLAUDE));
    await settle();
    expect(await storedSettings()).toEqual(before);
  });

  it('a failed request counts as refused', async () => {
    failPermissionRequests();
    await open();
    box(CLAUDE).click();
    await vi.waitFor(() => expect(alerts()).toEqual([REFUSED]));
    expect(box(CLAUDE).checked).toBe(false);
    await settle();
    expect((await storedSettings())?.ownTraffic).toEqual([]);
  });

  it('granted after a refusal: on, and the note is gone', async () => {
    const request = vi.spyOn(permissions, 'request').mockResolvedValue(false);
    await open();
    box(CLAUDE).click();
    await vi.waitFor(() => expect(alerts()).toEqual([REFUSED]));
    request.mockResolvedValue(true);
    box(CLAUDE).click();
    await savedSettings((settings) => settings.ownTraffic.includes('claude'));
    await vi.waitFor(() => expect(alerts()).toEqual([]));
  });

  it('turning it off saves it and gives back the site, keeping webRequest while another is on', async () => {
    const remove = vi.spyOn(permissions, 'remove').mockResolvedValue(true);
    await open(settingsWith({ ownTraffic: ['claude', 'chatgpt'] }));
    box(CLAUDE).click();
    const saved = await savedSettings((settings) => !settings.ownTraffic.includes('claude'));
    expect(saved.ownTraffic).toEqual(['chatgpt']);
    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://claude.ai/*'] });
  });

  it('turning off the last one gives back webRequest too', async () => {
    const remove = vi.spyOn(permissions, 'remove').mockResolvedValue(true);
    await open(settingsWith({ ownTraffic: ['claude'] }));
    box(CLAUDE).click();
    const saved = await savedSettings((settings) => settings.ownTraffic.length === 0);
    expect(saved).toEqual(settingsWith());
    expect(remove).toHaveBeenCalledWith({ permissions: ['webRequest'], origins: ['https://claude.ai/*'] });
    expect(box(CLAUDE).checked).toBe(false);
  });
});
