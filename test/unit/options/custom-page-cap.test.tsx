// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../../../src/core/fetch/fetch-text';
import type { CustomPage, Settings } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings/settings';
import { MAX_CUSTOM_PAGES, readStoredSettings } from '../../../src/core/settings/stored-settings';
import { readFixture } from '../../fixtures';
import { statuspagePageAt } from '../support/custom-pages';
import { text } from '../support/dom';
import { giveI18n } from '../support/english';
import { fakeFetch } from '../support/fake-fetch';
import { closeOptions, openOptions } from '../support/options-page';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/** fake-browser has no permissions API; nothing here may ask for one. */
const permissions = {
  request: vi.fn(async () => true),
  contains: vi.fn(async () => false),
  remove: vi.fn(async () => true),
};

/**
 * The worker, in this process: its real message handler, behind a sendMessage that answers as the polyfill
 * does (fake-browser's resolves with nothing when a listener answers with a promise), and records what the
 * page sent.
 */
const sent: unknown[] = [];
async function sendMessage(message: unknown): Promise<unknown> {
  sent.push(structuredClone(message));
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
  return structuredClone(answers.find((answer) => answer !== undefined));
}
let answerMessage: (message: unknown) => unknown = () => undefined;

function pages(count: number): CustomPage[] {
  return Array.from({ length: count }, (_, index) =>
    statuspagePageAt(`status.example-${index}.test`, { name: `Example ${index}` }),
  );
}

function settingsWith(customPages: CustomPage[]): Settings {
  return { ...defaultSettings(), watched: ['claude', ...customPages.map((page) => page.id)], customPages };
}

async function open(settings: Settings): Promise<HTMLElement> {
  const page = await openOptions(settings);
  await vi.waitFor(() => expect(page.querySelector('#custom-heading')).not.toBeNull());
  return page;
}

beforeAll(async () => {
  // Loaded once i18n is in place: the worker's modules translate at load.
  giveI18n();
  ({ answerMessage } = await import('../../../src/background/listeners'));
});

beforeEach(() => {
  fakeBrowser.reset();
  giveI18n();
  Object.assign(fakeBrowser, { permissions });
  permissions.request.mockClear();
  sent.length = 0;
  fakeBrowser.runtime.onMessage.addListener(answerMessage);
  Object.assign(fakeBrowser.runtime, { sendMessage });
});

afterEach(() => {
  vi.unstubAllGlobals();
  permissions.contains.mockReset().mockResolvedValue(false);
  closeOptions();
});

const LIMIT_TEXT = `You have added ${MAX_CUSTOM_PAGES} status pages, the most the radar watches. Remove one to add another.`;

describe('the cap on pages the user adds', () => {
  it(`the reader keeps ${MAX_CUSTOM_PAGES} pages, the first ones, and says so`, () => {
    const problems: string[] = [];
    const read = readStoredSettings(settingsWith(pages(MAX_CUSTOM_PAGES + 5)), (problem) => problems.push(problem));
    expect(read.customPages).toEqual(pages(MAX_CUSTOM_PAGES));
    expect(read.watched).toEqual(['claude', ...pages(MAX_CUSTOM_PAGES).map((page) => page.id)]);
    expect(problems).toEqual(['customPages: tooManyPages expected']);
  });

  it('below the cap, the form says nothing of it', async () => {
    const root = await open(settingsWith(pages(MAX_CUSTOM_PAGES - 1)));
    expect(root.querySelector('#custom-limit')).toBeNull();
    expect(root.querySelector('.custom-form button[type="submit"]')?.getAttribute('aria-disabled')).toBe('false');
  });

  it('a page the worker found while another filled the cap is not added, and the cap is said', async () => {
    const host = 'status.one-more.test';
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const real = fakeFetch({
      [`https://${host}/api/v2/status.json`]: { body: readFixture('statuspage/anthropic-v2-status-operational-1.json') },
    });
    const slow: FetchLike = async (url, init) => {
      await held;
      return real(url, init);
    };
    vi.stubGlobal('fetch', slow);
    // The access is granted (the browser answers yes; the worker then finds it held).
    permissions.contains.mockResolvedValue(true);
    const root = await open(settingsWith(pages(MAX_CUSTOM_PAGES - 1)));
    const url = root.querySelector<HTMLInputElement>('#custom-url');
    const add = root.querySelector<HTMLButtonElement>('.custom-form button[type="submit"]');
    if (!url || !add) throw new Error('no form');
    url.value = `https://${host}`;
    url.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    add.click();
    await vi.waitFor(() => expect(text(root.querySelector('.custom-form [role="status"]'))).toBe(`Checking ${host}…`));

    // Another page of the extension adds the last page there is room for.
    const full = settingsWith(pages(MAX_CUSTOM_PAGES));
    await fakeBrowser.storage.local.set({ settings: full });
    release();
    await vi.waitFor(() => expect(real.calls).toHaveLength(1));
    await vi.waitFor(() => expect(text(root.querySelector('#custom-limit'))).toBe(LIMIT_TEXT));
    await vi.waitFor(() => expect(root.querySelector('.custom-form button')?.getAttribute('aria-busy')).toBe('false'));
    expect(sent).toEqual([{ type: 'discover', pageUrl: `https://${host}/` }]);
    // A save would follow the answer by a few ticks: give it the time to be wrong.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(full);
  });

  it('at the cap, the form says so, and Add asks for nothing and saves nothing', async () => {
    const root = await open(settingsWith(pages(MAX_CUSTOM_PAGES)));
    expect(text(root.querySelector('#custom-limit'))).toBe(LIMIT_TEXT);
    const add = root.querySelector<HTMLButtonElement>('.custom-form button[type="submit"]');
    expect(add?.getAttribute('aria-disabled')).toBe('true');
    expect(add?.getAttribute('aria-describedby')).toBe('custom-limit');

    const url = root.querySelector<HTMLInputElement>('#custom-url');
    if (!url || !add) throw new Error('no form');
    url.value = 'https://status.one-more.test';
    url.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    add.click();
    await vi.waitFor(() => expect(text(root.querySelector('.custom-form [role="alert"]'))).toBe(LIMIT_TEXT));
    expect(permissions.request).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(settingsWith(pages(MAX_CUSTOM_PAGES)));
  });
});
