// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDiscoverRequest } from '../../../src/browser/discovery-request';
import type { FetchLike } from '../../../src/core/fetch/fetch-text';
import type { CustomPage, Settings } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings/settings';
import { readFixture } from '../../fixtures';
import { statuspagePageAt } from '../support/custom-pages';
import { text } from '../support/dom';
import { giveI18n } from '../support/english';
import { type FakeAnswer, fakeFetch } from '../support/fake-fetch';
import { closeOptions, openOptions } from '../support/options-page';
import { storedSettings } from '../support/storage';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

giveI18n();

const HOST = 'status.example-ai.test';
const ORIGIN = `https://${HOST}/*`;
const STATUS_JSON = `https://${HOST}/api/v2/status.json`;
const STATUSPAGE: Record<string, FakeAnswer> = {
  [STATUS_JSON]: { body: readFixture('statuspage/anthropic-v2-status-operational-1.json') },
};

/**
 * fake-browser does not implement the permissions API: a small one that grants (or refuses) what is asked,
 * and remembers what is granted.
 */
const permissions = {
  granted: new Set<string>(),
  answer: true as boolean | Error,
  request: vi.fn(async ({ origins }: { origins: string[] }) => {
    if (permissions.answer instanceof Error) throw permissions.answer;
    if (permissions.answer) for (const origin of origins) permissions.granted.add(origin);
    return permissions.answer;
  }),
  contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((origin) => permissions.granted.has(origin))),
  remove: vi.fn(async ({ origins }: { origins: string[] }) => {
    for (const origin of origins) permissions.granted.delete(origin);
    return true;
  }),
};

/**
 * The worker, in this process: its real message handler answers what the form sends. fake-browser's
 * sendMessage resolves with nothing when a listener answers with a promise; this one resolves as the
 * polyfill does, with the answer, copied as it is across the real process boundary. `answer` stands in for
 * the handler where a test needs the worker to misbehave.
 */
type Handler = (message: unknown) => unknown;
let answerMessage: Handler = () => undefined;
const worker = {
  received: [] as unknown[],
  answer: answerMessage,
  async sendMessage(message: unknown): Promise<unknown> {
    worker.received.push(structuredClone(message));
    const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
    return structuredClone(answers.find((answer) => answer !== undefined));
  },
};

function settingsWith(customPages: CustomPage[] = []): Settings {
  return { ...defaultSettings(), watched: ['claude', 'chatgpt', ...customPages.map((page) => page.id)], customPages };
}

let root: HTMLElement;

async function open(settings: Settings = settingsWith()): Promise<HTMLElement> {
  root = await openOptions(settings);
  await vi.waitFor(() => expect(root.querySelector('#custom-heading')).not.toBeNull());
  return root;
}

function field<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(id: string): T {
  const element = root.querySelector<T>(`#${id}`);
  if (!element) throw new Error(`no #${id}`);
  return element;
}

/** Preact renders typed values on its next tick, as it would between a user's key presses and click. */
const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));

async function type(id: string, value: string): Promise<void> {
  const element = field(id);
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  await rendered();
}

async function choose(id: string, value: string): Promise<void> {
  const element = field<HTMLSelectElement>(id);
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await rendered();
}

function addButton(): HTMLButtonElement {
  const button = root.querySelector<HTMLButtonElement>('.custom-form button[type="submit"]');
  if (!button) throw new Error('no Add button');
  return button;
}

const formStatus = () => text(root.querySelector('.custom-form [role="status"]'));
const formAlert = () => text(root.querySelector('.custom-form [role="alert"]'));

async function alertSays(expected: string): Promise<void> {
  await vi.waitFor(() => expect(formAlert()).toBe(expected));
}

beforeAll(async () => {
  // Loaded once i18n is in place: the worker's modules translate at load.
  ({ answerMessage } = await import('../../../src/background/listeners'));
});

beforeEach(() => {
  fakeBrowser.reset();
  permissions.granted.clear();
  permissions.answer = true;
  permissions.request.mockClear();
  permissions.contains.mockClear();
  permissions.remove.mockClear();
  Object.assign(fakeBrowser, { permissions });
  worker.received.length = 0;
  worker.answer = answerMessage;
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => worker.answer(message));
  Object.assign(fakeBrowser.runtime, { sendMessage: worker.sendMessage });
});

afterEach(() => {
  closeOptions();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the custom status pages section', () => {
  it('labels every control and lists no page at first', async () => {
    await open();
    expect(text(root.querySelector('#custom-heading'))).toBe('Custom status pages');
    for (const id of ['custom-url', 'custom-name', 'custom-category', 'custom-chat-url']) {
      expect(text(root.querySelector(`label[for="${id}"]`)), id).not.toBe('');
    }
    expect([...root.querySelectorAll('#custom-category option')].map(text)).toEqual(['Chat', 'Coding', 'API']);
    expect(text(addButton())).toBe('Add');
    expect(text(root.querySelector('.custom-list p'))).toBe('You have not added a status page.');
    expect(root.querySelector('.custom-form [role="alert"]')).toBeNull();
  });

  it('adds a Statuspage page: access to its host asked in the click, discovery, then saved and watched', async () => {
    const fetch = fakeFetch(STATUSPAGE);
    vi.stubGlobal('fetch', fetch);
    const before = settingsWith();
    await open(before);
    await type('custom-url', `https://${HOST}/`);
    await type('custom-name', '  Example AI ');
    await choose('custom-category', 'coding');
    addButton().click();
    // Asked synchronously, inside the click: Firefox grants nothing after an await.
    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect(permissions.request).toHaveBeenCalledWith({ origins: [ORIGIN] });

    await vi.waitFor(() => expect(formStatus()).toBe('Added: Example AI (Statuspage)'));
    const page: CustomPage = {
      id: `custom:${HOST}`,
      name: 'Example AI',
      category: 'coding',
      statusPageUrl: `https://${HOST}`,
      chatUrl: `https://${HOST}`,
      platform: 'statuspage',
      sources: [
        { platform: 'statuspage', url: `https://${HOST}/api/v2/summary.json` },
        { platform: 'feed', url: `https://${HOST}/history.atom` },
      ],
    };
    // "Added" is said once the page is in storage, where the popup and the worker read it.
    expect((await storedSettings())?.customPages).toEqual([page]);
    expect(await storedSettings()).toEqual({ ...before, customPages: [page], watched: [...before.watched, page.id] });
    // The worker read the page, asked by one message once access was granted.
    expect(worker.received).toEqual([{ type: 'discover', pageUrl: `https://${HOST}/` }]);
    expect(fetch.calls).toEqual([{ url: STATUS_JSON, cache: 'no-cache' }]);
    expect([...permissions.granted]).toEqual([ORIGIN]);
    expect(permissions.remove).not.toHaveBeenCalled();
    expect(formAlert()).toBe('');

    // The form is ready for the next page; the list shows the new one.
    expect(field('custom-url').value).toBe('');
    expect(field('custom-name').value).toBe('');
    await vi.waitFor(() => expect(root.querySelectorAll('.custom-list li')).toHaveLength(1));
    const row = root.querySelector('.custom-list li');
    expect(text(row?.querySelector('.custom-list__name'))).toBe('Example AI');
    expect(text(row?.querySelector('.custom-list__facts'))).toBe(`Coding · Statuspage · ${HOST}`);
  });

  it('when saving fails: says so instead of "Added", and the form keeps what was typed', async () => {
    vi.stubGlobal('fetch', fakeFetch(STATUSPAGE));
    const before = settingsWith();
    await open(before);
    await type('custom-url', `https://${HOST}/`);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    addButton().click();

    await alertSays('Your last change could not be saved. The page shows the saved settings; please try again.');
    expect(set).toHaveBeenCalled();
    expect(formStatus()).not.toContain('Added');
    expect(field('custom-url').value).toBe(`https://${HOST}/`);
    expect(await storedSettings()).toEqual(before);
  });

  it('shows that it is busy while discovery runs, and keeps what was saved meanwhile', async () => {
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const real = fakeFetch(STATUSPAGE);
    const slow: FetchLike = async (url, init) => {
      await answered;
      return real(url, init);
    };
    vi.stubGlobal('fetch', slow);
    const before = settingsWith();
    await open(before);
    await type('custom-url', HOST);
    // A double click: the second, before the page even re-rendered, asks nothing more.
    addButton().click();
    addButton().click();
    expect(permissions.request).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(formStatus()).toBe(`Checking ${HOST}…`));
    expect(addButton().getAttribute('aria-busy')).toBe('true');
    expect(addButton().getAttribute('aria-disabled')).toBe('true');
    // A second click while busy asks nothing more.
    addButton().click();
    expect(permissions.request).toHaveBeenCalledTimes(1);

    // Another page of the extension changes the settings meanwhile.
    const changed = { ...before, notifications: { ...before.notifications, maintenance: true } };
    await fakeBrowser.storage.local.set({ settings: changed });
    answer();
    await vi.waitFor(() => expect(formStatus()).toBe('Added: example-ai.test (Statuspage)'));
    const saved = await vi.waitFor(async () => {
      const settings = await storedSettings();
      if (!settings?.customPages.length) throw new Error('not saved yet');
      return settings;
    });
    expect(saved.notifications.maintenance).toBe(true);
    expect(saved.watched).toEqual([...before.watched, `custom:${HOST}`]);
    expect(saved.customPages[0]).toMatchObject({ name: 'example-ai.test', category: 'chat', chatUrl: `https://${HOST}` });
    expect(addButton().getAttribute('aria-busy')).toBe('false');
  });

  it('saves nothing and fetches nothing when the user refuses access', async () => {
    const fetch = fakeFetch(STATUSPAGE);
    vi.stubGlobal('fetch', fetch);
    permissions.answer = false;
    const before = settingsWith();
    await open(before);
    await type('custom-url', `https://${HOST}/`);
    addButton().click();
    await alertSays(`Permission to read ${HOST} was not given, so nothing was added.`);
    expect(worker.received).toEqual([]);
    expect(fetch.calls).toEqual([]);
    expect(await storedSettings()).toEqual(before);
    expect(formStatus()).toBe('');
  });

  it('says so when the browser could not ask at all', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal('fetch', fakeFetch(STATUSPAGE));
    permissions.answer = new Error('This function must be called during a user gesture');
    const before = settingsWith();
    await open(before);
    await type('custom-url', `https://${HOST}/`);
    addButton().click();
    await alertSays(`The browser did not ask for permission to read ${HOST}, so nothing was added. Please try again.`);
    expect(await storedSettings()).toEqual(before);
  });

  it('when no known platform answers: says why, saves nothing, and gives the access back', async () => {
    const fetch = fakeFetch({
      [STATUS_JSON]: { status: 404, body: 'not found', contentType: 'text/plain' },
      [`https://${HOST}/summary.json`]: { body: '<!doctype html><html><body>Status</body></html>', contentType: 'text/html' },
    });
    vi.stubGlobal('fetch', fetch);
    const before = settingsWith();
    await open(before);
    await type('custom-url', `https://${HOST}/`);
    addButton().click();
    await alertSays(
      `No status page the radar can read answers at ${HOST}. It tried Statuspage, incident.io, Instatus, Better Stack ` +
        'and the usual feed addresses. Nothing was added.',
    );
    expect(fetch.calls.length).toBeGreaterThan(3);
    expect(permissions.remove).toHaveBeenCalledWith({ origins: [ORIGIN] });
    expect(permissions.granted.size).toBe(0);
    expect(await storedSettings()).toEqual(before);
    expect(formStatus()).toBe('');
    // The address stays, to be corrected.
    expect(field('custom-url').value).toBe(`https://${HOST}/`);
  });

  it('when the worker gives no usable answer: says the page could not be read, saves nothing, gives access back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetch = fakeFetch(STATUSPAGE);
    vi.stubGlobal('fetch', fetch);
    const before = settingsWith();
    await open(before);
    const answers: [string, Handler][] = [
      ['an answer of another shape', () => Promise.resolve({ ok: true, value: { platform: 'myspace', sources: [] } })],
      ['no answer', () => Promise.resolve(undefined)],
      ['a worker that is gone', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))],
    ];
    for (const [what, answer] of answers) {
      worker.answer = (message) => (isDiscoverRequest(message) ? answer(message) : undefined);
      await type('custom-url', `https://${HOST}/`);
      addButton().click();
      await alertSays(`${HOST} could not be read: the status page sent something unreadable. Nothing was added.`);
      expect(permissions.granted.size, what).toBe(0);
      expect(await storedSettings(), what).toEqual(before);
      expect(field('custom-url').value, what).toBe(`https://${HOST}/`);
      expect(addButton().getAttribute('aria-busy'), what).toBe('false');
      // The alert of the next round must be its own.
      await type('custom-url', '');
      addButton().click();
      await alertSays('Enter the address of a status page.');
    }
    expect(permissions.remove).toHaveBeenCalledTimes(answers.length);
    expect(fetch.calls).toEqual([]);
  });

  it('does not give back access the extension had before the click', async () => {
    vi.stubGlobal('fetch', fakeFetch({}));
    permissions.granted.add(ORIGIN);
    await open();
    await type('custom-url', `https://${HOST}/`);
    addButton().click();
    await vi.waitFor(() => expect(formAlert()).toContain('Nothing was added.'));
    expect(permissions.remove).not.toHaveBeenCalled();
    expect([...permissions.granted]).toEqual([ORIGIN]);
  });

  it('refuses a host already added, or a built-in one, before asking anything', async () => {
    vi.stubGlobal('fetch', fakeFetch(STATUSPAGE));
    const existing = statuspagePageAt(HOST, { name: 'Example AI' });
    const before = settingsWith([existing]);
    await open(before);
    await type('custom-url', `${HOST}/history`);
    addButton().click();
    await alertSays(`${HOST} is already in your list, as Example AI.`);
    expect(field('custom-url').getAttribute('aria-invalid')).toBe('true');
    expect(field('custom-url').getAttribute('aria-describedby')).toContain('custom-error');
    expect(document.activeElement?.id).toBe('custom-url');

    await type('custom-url', 'https://status.claude.com/');
    addButton().click();
    await alertSays('status.claude.com is already watched: it is the status page of Claude, which is built in.');
    expect(permissions.request).not.toHaveBeenCalled();
    expect(await storedSettings()).toEqual(before);
  });

  it('refuses an address that is not https, and a chat address that is not', async () => {
    await open();
    addButton().click();
    await alertSays('Enter the address of a status page.');
    await type('custom-url', `http://${HOST}/`);
    addButton().click();
    await alertSays('Only https status pages can be watched.');
    await type('custom-url', `https://${HOST}/`);
    await type('custom-chat-url', 'ftp://chat.example-ai.test');
    addButton().click();
    await alertSays('The address where you use it must be an https web address, or left empty.');
    expect(field('custom-chat-url').getAttribute('aria-invalid')).toBe('true');
    expect(field('custom-url').getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement?.id).toBe('custom-chat-url');
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('Remove forgets the page, stops watching it and gives back its host access', async () => {
    const removed = statuspagePageAt(HOST, { name: 'Example AI' });
    const kept = statuspagePageAt('status.other-ai.test', { name: 'Other AI' });
    permissions.granted.add(ORIGIN);
    permissions.granted.add('https://status.other-ai.test/*');
    const before = settingsWith([removed, kept]);
    before.notifications = { ...before.notifications, muted: [removed.id] };
    await open(before);
    const rows = () => [...root.querySelectorAll('.custom-list li')];
    expect(rows().map((row) => text(row.querySelector('.custom-list__name')))).toEqual(['Example AI', 'Other AI']);
    const remove = rows()[0]?.querySelector('button');
    expect(remove?.getAttribute('aria-label')).toBe('Remove Example AI');
    remove?.click();

    const saved = await vi.waitFor(async () => {
      const settings = await storedSettings();
      if (settings?.customPages.length !== 1) throw new Error('not saved yet');
      return settings;
    });
    expect(saved.customPages).toEqual([kept]);
    expect(saved.watched).toEqual(['claude', 'chatgpt', kept.id]);
    expect(saved.notifications.muted).toEqual([]);
    expect(permissions.remove).toHaveBeenCalledTimes(1);
    expect(permissions.remove).toHaveBeenCalledWith({ origins: [ORIGIN] });
    expect([...permissions.granted]).toEqual(['https://status.other-ai.test/*']);
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(text(root.querySelector('.custom-list [role="status"]'))).toBe('Removed: Example AI');
    expect(document.activeElement?.id).toBe('custom-list-heading');
  });
});
