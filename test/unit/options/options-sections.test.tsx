// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOG } from '../../../src/core/catalog/providers';
import type { Component, CustomPage, Settings, State } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings/settings';
import { settingsFileText } from '../../../src/core/settings/settings-file';
import { EXAMPLE_PAGE } from '../support/custom-pages';
import { text } from '../support/dom';
import { giveI18n } from '../support/english';
import {
  byId,
  change,
  closeOptions,
  failPermissionRequests,
  openOptions,
  fakePermissions as permissions,
  settle,
  stateWith,
} from '../support/options-page';
import { savedSettings, storedSettings } from '../support/storage';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

giveI18n();

const WATCHED = ['claude', 'chatgpt', 'claude-code', 'github-copilot', 'claude-api'];

/** The user filed it under coding: the watch list is to show it in that group. */
const PAGE: CustomPage = { ...EXAMPLE_PAGE, category: 'coding' };

function settingsWith(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), watched: WATCHED, ...patch };
}

/** Components as status.claude.com lists them (ids from its summary.json). */
const CLAUDE_COMPONENTS: Component[] = [
  { id: 'rwppv331jlwc', name: 'claude.ai', severity: 'operational', status: 'operational' },
  { id: 'k8w3r06qmzrp', name: 'Claude API (api.anthropic.com)', severity: 'operational', status: 'operational' },
  { id: 'yyzkbfz2thpt', name: 'Claude Code', severity: 'degraded', status: 'degraded_performance' },
];

let root: HTMLElement;

async function open(settings: Settings | undefined = settingsWith(), state?: State): Promise<HTMLElement> {
  root = await openOptions(settings, state);
  return root;
}

function section(headingId: string): Element {
  const element = root.querySelector(`section[aria-labelledby="${headingId}"]`);
  if (!element) throw new Error(`no section ${headingId}`);
  return element;
}

function button(within: Element, name: string): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find(
    (element) => (element.getAttribute('aria-label') ?? text(element)) === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

function type(element: HTMLInputElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

function details(providerId: string): HTMLDetailsElement {
  const element = section('components-heading').querySelector<HTMLDetailsElement>(`details[data-provider="${providerId}"]`);
  if (!element) throw new Error(`no details for ${providerId}`);
  return element;
}

/** Opens one assistant's components, as a click on its summary does; the list is built only while open. */
async function expand(providerId: string): Promise<HTMLDetailsElement> {
  const element = details(providerId);
  element.open = true;
  element.dispatchEvent(new Event('toggle'));
  await vi.waitFor(() => expect(element.querySelector('.scope__body')).not.toBeNull());
  return element;
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  closeOptions();
  vi.restoreAllMocks();
});

describe('assistants', () => {
  /** [label, checked] of the "watch" checkboxes of one category, as shown. */
  function watchGroup(category: string): [string, boolean][] {
    return [...root.querySelectorAll<HTMLInputElement>(`fieldset[data-watch-category="${category}"] input`)].map((box) => [
      text(root.querySelector(`label[for="${CSS.escape(box.id)}"]`)),
      box.checked,
    ]);
  }

  it("lists every known assistant by category, the user's pages too, checked when watched", async () => {
    await open(settingsWith({ customPages: [PAGE], watched: [...WATCHED, PAGE.id] }));
    const all = CATALOG.length + 1;
    expect(root.querySelectorAll('input[id^="watch-"]:not([type="search"])')).toHaveLength(all);
    expect(watchGroup('chat').slice(0, 3)).toEqual([
      ['Claude', true],
      ['ChatGPT', true],
      ['Gemini', false],
    ]);
    expect(watchGroup('coding')).toContainEqual(['Example AI', true]);
    expect(watchGroup('api')).toContainEqual(['Claude API', true]);
    expect(text(section('watch-heading').querySelector('fieldset > legend'))).toBe('Watch');
  });

  it('says which assistants have no public status page, next to their name', async () => {
    await open();
    const noteOf = (id: string) => text(byId(`watch-${id}`).closest('.check')?.querySelector('.hint'));
    expect(noteOf('meta-ai')).toBe('No public status page: offered as an alternative, never checked');
    expect(noteOf('microsoft-copilot')).toBe('No public status page: offered as an alternative, never checked');
    expect(noteOf('claude')).toBe('');
  });

  it('every control on the page has a label', async () => {
    await open(settingsWith(), stateWith({ claude: CLAUDE_COMPONENTS }));
    await expand('claude');
    for (const control of root.querySelectorAll('input, select')) {
      expect(text(root.querySelector(`label[for="${CSS.escape(control.id)}"]`)), control.id).not.toBe('');
    }
  });

  it('the search filters by name as one types, whatever the case, and says how many are left', async () => {
    await open();
    const search = byId('watch-search');
    expect(text(root.querySelector('label[for="watch-search"]'))).toBe('Search assistants');
    type(search, 'CLAUDE');
    await vi.waitFor(() => expect(watchGroup('chat').map(([name]) => name)).toEqual(['Claude']));
    expect(watchGroup('coding').map(([name]) => name)).toEqual(['Claude Code']);
    expect(watchGroup('api').map(([name]) => name)).toEqual(['Claude API']);
    expect(text(byId('watch-found'))).toBe(`3 of ${CATALOG.length} assistants shown`);
    type(search, 'copilot');
    await vi.waitFor(() => expect(watchGroup('chat').map(([name]) => name)).toEqual(['Microsoft Copilot']));
    expect(watchGroup('coding').map(([name]) => name)).toEqual(['GitHub Copilot']);
    expect(root.querySelector('fieldset[data-watch-category="api"]')).toBeNull();
    type(search, 'zzz');
    await vi.waitFor(() => expect(text(byId('watch-found'))).toBe('No assistant matches “zzz”.'));
    expect(root.querySelector('fieldset[data-watch-category]')).toBeNull();
    type(search, '');
    await vi.waitFor(() =>
      expect(root.querySelectorAll('input[id^="watch-"]:not([type="search"])')).toHaveLength(CATALOG.length),
    );
    expect(text(byId('watch-found'))).toBe('');
  });

  it('watching adds the assistant last in the order; unwatching removes it, other settings kept', async () => {
    const before = settingsWith({ pollMinutes: 9 });
    await open(before);
    byId('watch-gemini').click();
    const watched = await savedSettings((settings) => settings.watched.includes('gemini'));
    expect(watched).toEqual({ ...before, watched: [...WATCHED, 'gemini'] });
    byId('watch-chatgpt').click();
    const unwatched = await savedSettings((settings) => !settings.watched.includes('chatgpt'));
    expect(unwatched.watched).toEqual(['claude', 'claude-code', 'github-copilot', 'claude-api', 'gemini']);
    expect(byId('watch-chatgpt').checked).toBe(false);
  });
});

describe('order', () => {
  const names = (category: string) =>
    [...section('order-heading').querySelectorAll(`[data-order-category="${category}"] .order__name`)].map(text);

  /** Presses a move button as a keyboard user does: it takes the focus, then is clicked. */
  function press(name: string): void {
    const pressed = button(section('order-heading'), name);
    pressed.focus();
    pressed.click();
  }

  it("lists the watched assistants of each kind in the user's order, and says what the order is for", async () => {
    await open(settingsWith({ watched: ['chatgpt', 'claude-api', 'claude', 'openai-api'] }));
    expect(names('chat')).toEqual(['ChatGPT', 'Claude']);
    expect(names('api')).toEqual(['Claude API', 'OpenAI API']);
    expect(names('coding')).toEqual([]);
    expect(text(section('order-heading').querySelector('[data-order-category="chat"] h3'))).toBe('Chat');
    expect(text(section('order-heading').querySelector('.hint'))).toContain('offered in this order');
    const up = button(section('order-heading'), 'Move up: ChatGPT');
    expect(up.tagName).toBe('BUTTON');
    // An arrow to see, its name to hear, and the same words on hover.
    expect(text(up)).toBe('↑');
    expect(up.getAttribute('title')).toBe('Move up');
    expect(up.getAttribute('aria-disabled')).toBe('true');
    // The last of its kind, though not the last watched.
    expect(button(section('order-heading'), 'Move down: Claude').getAttribute('aria-disabled')).toBe('true');
    expect(button(section('order-heading'), 'Move up: Claude API').getAttribute('aria-disabled')).toBe('true');
  });

  it('moving down and up saves the new order within the kind; the pressed button keeps the focus', async () => {
    await open(settingsWith({ watched: ['chatgpt', 'claude-api', 'claude', 'perplexity'] }));
    press('Move down: ChatGPT');
    // ChatGPT swaps with Claude, the next chat assistant; Claude API, of another kind, stays where it was.
    const once = await savedSettings((settings) => settings.watched[2] === 'chatgpt');
    expect(once.watched).toEqual(['claude', 'claude-api', 'chatgpt', 'perplexity']);
    await vi.waitFor(() => expect(names('chat')).toEqual(['Claude', 'ChatGPT', 'Perplexity']));
    expect(document.activeElement).toBe(button(section('order-heading'), 'Move down: ChatGPT'));
    expect(text(section('order-heading').querySelector('[role="status"]'))).toBe('ChatGPT is now number 2 of 3.');

    (document.activeElement as HTMLButtonElement).click();
    await savedSettings((settings) => settings.watched[3] === 'chatgpt');
    await vi.waitFor(() => expect(names('chat')).toEqual(['Claude', 'Perplexity', 'ChatGPT']));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move down: ChatGPT');

    press('Move up: Perplexity');
    const moved = await savedSettings((settings) => settings.watched[0] === 'perplexity');
    expect(moved.watched).toEqual(['perplexity', 'claude-api', 'claude', 'chatgpt']);
    await vi.waitFor(() => expect(names('chat')).toEqual(['Perplexity', 'Claude', 'ChatGPT']));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move up: Perplexity');
  });

  it('a button at either end of its kind changes nothing', async () => {
    const before = settingsWith({ watched: ['chatgpt', 'claude', 'claude-api'] });
    await open(before);
    button(section('order-heading'), 'Move up: ChatGPT').click();
    button(section('order-heading'), 'Move down: Claude').click();
    button(section('order-heading'), 'Move up: Claude API').click();
    await settle();
    expect(await storedSettings()).toEqual(before);
    expect(names('chat')).toEqual(['ChatGPT', 'Claude']);
  });

  it('says when nothing is watched', async () => {
    await open(settingsWith({ watched: [] }));
    expect(text(section('order-heading').querySelector('p:not(.hint)'))).toBe('No assistant is watched.');
  });
});

describe('components', () => {
  function boxes(providerId: string): [string, boolean, boolean][] {
    return [...details(providerId).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => [
      text(root.querySelector(`label[for="${box.id}"]`)),
      box.checked,
      box.disabled,
    ]);
  }

  it('one closed <details> per watched assistant with a status page; none for one without', async () => {
    await open(settingsWith({ watched: ['claude', 'meta-ai', 'chatgpt'] }));
    const shown = [...section('components-heading').querySelectorAll('details')];
    expect(shown.map((element) => element.dataset.provider)).toEqual(['claude', 'chatgpt']);
    expect(shown.every((element) => !element.open)).toBe(true);
  });

  it('before the first check, says that components appear after it', async () => {
    await open();
    expect(details('claude').querySelector('.scope__body')).toBeNull();
    await expand('claude');
    expect(text(details('claude').querySelector('.scope__body'))).toBe(
      'Components appear after the first check of this status page.',
    );
    expect(details('claude').querySelector('input')).toBeNull();
  });

  it("shows the last reading's components, the catalog's choice checked; the last one cannot be unchecked", async () => {
    await open(settingsWith(), stateWith({ claude: CLAUDE_COMPONENTS }));
    expect(text(details('claude').querySelector('summary'))).toBe('Claude 1 of 3 checked (the default)');
    await expand('claude');
    expect(boxes('claude')).toEqual([
      ['claude.ai', true, true],
      ['Claude API (api.anthropic.com)', false, false],
      ['Claude Code', false, false],
    ]);
    expect(text(details('claude').querySelector('summary'))).toBe('Claude 1 of 3 checked (the default)');
    expect(text(details('claude').querySelector('legend'))).toBe('Components that count for Claude');
    expect(text(details('claude').querySelector('.check .hint'))).toBe('At least one component stays checked.');
    expect(details('claude').querySelector('button')).toBeNull();
  });

  it('a page the catalog reads whole, or one the user added, has every component checked by default', async () => {
    const components: Component[] = [
      { id: 'a1', name: 'Web', severity: 'operational', status: 'operational' },
      { id: 'b2', name: 'API', severity: 'operational', status: 'operational' },
    ];
    await open(
      settingsWith({ watched: ['perplexity', PAGE.id], customPages: [PAGE] }),
      stateWith({ perplexity: components, [PAGE.id]: components }),
    );
    await expand('perplexity');
    await expand(PAGE.id);
    expect(boxes('perplexity')).toEqual([
      ['Web', true, false],
      ['API', true, false],
    ]);
    expect(boxes(PAGE.id)).toEqual(boxes('perplexity'));
  });

  it('checking and unchecking writes settings.components; "Use the default" removes the entry', async () => {
    await open(settingsWith(), stateWith({ claude: CLAUDE_COMPONENTS }));
    await expand('claude');
    const api = () => details('claude').querySelectorAll<HTMLInputElement>('input')[1];
    api()?.click();
    const chosen = await savedSettings((settings) => settings.components.claude !== undefined);
    expect(chosen.components).toEqual({ claude: ['rwppv331jlwc', 'k8w3r06qmzrp'] });
    await vi.waitFor(() => expect(text(details('claude').querySelector('summary'))).toBe('Claude 2 of 3 checked (your choice)'));

    details('claude').querySelectorAll<HTMLInputElement>('input')[0]?.click();
    const swapped = await savedSettings((settings) => settings.components.claude?.length === 1);
    expect(swapped.components).toEqual({ claude: ['k8w3r06qmzrp'] });
    await vi.waitFor(() =>
      expect(boxes('claude').map(([, checked, disabled]) => [checked, disabled])).toEqual([
        [false, false],
        [true, true],
        [false, false],
      ]),
    );

    const reset = button(details('claude'), 'Use the default: Claude');
    expect(text(reset)).toBe('Use the default');
    reset.click();
    const back = await savedSettings((settings) => settings.components.claude === undefined);
    expect(back.components).toEqual({});
    await vi.waitFor(() => expect(boxes('claude').map(([, checked]) => checked)).toEqual([true, false, false]));
    expect(document.activeElement).toBe(details('claude').querySelector('summary'));
  });

  it('a reading that arrives while the page is open shows its components', async () => {
    await open();
    await expand('claude');
    await fakeBrowser.storage.local.set({ state: stateWith({ claude: CLAUDE_COMPONENTS }) });
    await vi.waitFor(() => expect(boxes('claude')).toHaveLength(3));
  });
});

describe('checking', () => {
  it('the period defaults to 2 minutes; a new one is saved, clamped to 1..30', async () => {
    await open(undefined);
    const period = byId('poll-minutes');
    expect(period.value).toBe('2');
    expect(text(root.querySelector('label[for="poll-minutes"]'))).toBe('Check every (minutes)');
    change(period, '5');
    await savedSettings((settings) => settings.pollMinutes === 5);
    change(period, '99');
    await savedSettings((settings) => settings.pollMinutes === 30);
    expect(period.value).toBe('30');
    change(period, '0');
    await savedSettings((settings) => settings.pollMinutes === 1);
    expect(period.value).toBe('1');
    change(period, '7.4');
    await savedSettings((settings) => settings.pollMinutes === 7);
  });

  it('an emptied field saves nothing and shows the saved period again', async () => {
    const before = settingsWith({ pollMinutes: 4 });
    await open(before);
    change(byId('poll-minutes'), '');
    await settle();
    expect(byId('poll-minutes').value).toBe('4');
    expect(await storedSettings()).toEqual(before);
  });
});

describe('switching to open tabs', () => {
  it('turning it on asks for the "tabs" permission at the click, and saves it when granted', async () => {
    const request = vi.spyOn(permissions, 'request').mockResolvedValue(true);
    await open();
    expect(byId('focus-open-tabs').checked).toBe(false);
    byId('focus-open-tabs').click();
    // Asked within the click itself: the browser grants optional permissions only on a user gesture.
    expect(request).toHaveBeenCalledWith({ permissions: ['tabs'] });
    const saved = await savedSettings((settings) => settings.focusOpenTabs);
    expect(saved.focusOpenTabs).toBe(true);
    expect(section('switching-heading').querySelector('[role="alert"]')).toBeNull();
  });

  it('refused: stays off, unchecked, and says why, every time', async () => {
    vi.spyOn(permissions, 'request').mockResolvedValue(false);
    const before = settingsWith();
    await open(before);
    for (let attempt = 0; attempt < 2; attempt++) {
      byId('focus-open-tabs').click();
      await vi.waitFor(() =>
        expect(text(section('switching-heading').querySelector('[role="alert"]'))).toBe(
          'The browser did not allow access to your tabs, so this stays off and new tabs are opened.',
        ),
      );
      await vi.waitFor(() => expect(byId('focus-open-tabs').checked).toBe(false));
    }
    await settle();
    expect(await storedSettings()).toEqual(before);
  });

  it('a failed request counts as refused', async () => {
    failPermissionRequests();
    await open();
    byId('focus-open-tabs').click();
    await vi.waitFor(() => expect(section('switching-heading').querySelector('[role="alert"]')).not.toBeNull());
    expect(byId('focus-open-tabs').checked).toBe(false);
  });

  it('turning it off saves it and gives the permission back', async () => {
    const remove = vi.spyOn(permissions, 'remove').mockResolvedValue(true);
    await open(settingsWith({ focusOpenTabs: true }));
    expect(byId('focus-open-tabs').checked).toBe(true);
    byId('focus-open-tabs').click();
    await savedSettings((settings) => !settings.focusOpenTabs);
    expect(remove).toHaveBeenCalledWith({ permissions: ['tabs'] });
  });
});

describe('back up', () => {
  /** Clicks "Export settings" and returns the file the browser was given. */
  async function exported(): Promise<{ name: string; text: string; type: string }> {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:test-export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    button(section('backup-heading'), 'Export settings').click();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.href).toBe('blob:test-export');
    if (!blob) throw new Error('no blob');
    return { name: clicked[0]?.download ?? '', text: await blob.text(), type: blob.type };
  }

  function chooseFile(contents: string, name = 'settings.json'): void {
    const field = byId('import-file');
    Object.defineProperty(field, 'files', {
      configurable: true,
      value: [new File([contents], name, { type: 'application/json' })],
    });
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }

  const status = () => text(section('backup-heading').querySelector('[role="status"]'));
  const alert = () => text(section('backup-heading').querySelector('[role="alert"]'));

  function everything(): Settings {
    return settingsWith({
      watched: ['chatgpt', PAGE.id, 'claude'],
      pollMinutes: 7,
      customPages: [PAGE],
      components: { claude: ['rwppv331jlwc', 'yyzkbfz2thpt'] },
      notifications: {
        ...defaultSettings().notifications,
        minSeverity: 'degraded',
        muted: ['claude'],
        snoozes: [{ providerId: PAGE.id, until: Date.parse('2099-01-02T12:00:00Z') }],
        quietHours: { enabled: true, startMinutes: 1380, endMinutes: 420, majorOutagesBreakThrough: false },
      },
    });
  }

  it('export downloads the full settings as ai-outage-radar-settings.json, which imports back to the same settings', async () => {
    const original = everything();
    await open(original);
    const file = await exported();
    expect(file.name).toBe('ai-outage-radar-settings.json');
    expect(file.type).toBe('application/json');
    expect(JSON.parse(file.text)).toEqual(original);

    await fakeBrowser.storage.local.set({ settings: defaultSettings() });
    await vi.waitFor(() => expect(byId('poll-minutes').value).toBe('2'));
    chooseFile(file.text);
    await vi.waitFor(() => expect(status()).toBe('Imported. Your settings are now those of the file.'));
    expect(await storedSettings()).toEqual(original);
    expect(byId('poll-minutes').value).toBe('7');
    expect(alert()).toBe('');
  });

  it('a version 1 file migrates, with defaults for the rest', async () => {
    await open(everything());
    chooseFile('{"version": 1, "watched": ["claude", "chatgpt"], "pollMinutes": 5}');
    await vi.waitFor(() => expect(status()).toBe('Imported. Your settings are now those of the file.'));
    expect(await storedSettings()).toEqual({ ...defaultSettings(), watched: ['claude', 'chatgpt'], pollMinutes: 5 });
  });

  it('a broken file changes nothing and says why', async () => {
    const before = everything();
    await open(before);
    const broken: [string, string][] = [
      ['{"version": 3, "watched": [', 'Nothing was imported. The file is not a settings file: it is not JSON.'],
      [
        settingsFileText({ ...before, version: 4 as 3 }),
        'Nothing was imported. Its settings version is 4; this extension reads versions 1, 2 and 3.',
      ],
      [
        settingsFileText({ ...before, watched: ['claude', 'bard'] }),
        'Nothing was imported. It names assistants this extension does not know: bard.',
      ],
      [
        settingsFileText({
          ...before,
          notifications: { ...before.notifications, quietHours: { ...before.notifications.quietHours, startMinutes: 1440 } },
        }),
        'Nothing was imported. notifications.quietHours.startMinutes: expected a whole number from 0 to 1439',
      ],
    ];
    for (const [contents, reason] of broken) {
      chooseFile(contents);
      await vi.waitFor(() => expect(alert()).toBe(reason));
      expect(status()).toBe('');
      await settle();
      expect(await storedSettings()).toEqual(before);
    }
    // A good file after a bad one clears the error.
    chooseFile(settingsFileText(defaultSettings()));
    await vi.waitFor(() => expect(status()).toBe('Imported. Your settings are now those of the file.'));
    expect(alert()).toBe('');
    expect(await storedSettings()).toEqual(defaultSettings());
  });

  it('a file that turns on tab switching without the permission imports with it off, and says so', async () => {
    vi.spyOn(permissions, 'contains').mockResolvedValue(false);
    await open();
    chooseFile(settingsFileText({ ...everything(), focusOpenTabs: true }));
    await vi.waitFor(() =>
      expect(status()).toBe('Imported. Switching to open tabs is off until you turn it on again here and allow it.'),
    );
    expect(await storedSettings()).toEqual({ ...everything(), focusOpenTabs: false });
  });

  it('a file that turns on watching one’s own requests keeps on only the apps whose access is still granted', async () => {
    vi.spyOn(permissions, 'contains').mockImplementation(async (asked: unknown) =>
      JSON.stringify(asked).includes('https://chatgpt.com/*'),
    );
    await open();
    chooseFile(settingsFileText({ ...everything(), ownTraffic: ['claude', 'chatgpt'] }));
    await vi.waitFor(async () => expect((await storedSettings())?.ownTraffic).toEqual(['chatgpt']));
  });

  it('with the permission held, tab switching is imported as it is', async () => {
    vi.spyOn(permissions, 'contains').mockResolvedValue(true);
    await open();
    chooseFile(settingsFileText({ ...everything(), focusOpenTabs: true }));
    await vi.waitFor(() => expect(status()).toBe('Imported. Your settings are now those of the file.'));
    expect((await storedSettings())?.focusOpenTabs).toBe(true);
  });
});

describe('snoozes of pages the user added', () => {
  it("are shown with the page's name", async () => {
    const until = Date.parse('2099-01-02T12:00:00Z');
    await open(
      settingsWith({
        customPages: [PAGE],
        notifications: { ...defaultSettings().notifications, snoozes: [{ providerId: PAGE.id, until }] },
      }),
    );
    const row = root.querySelector('.snoozes .list-row');
    expect(text(row?.querySelector('span'))).toMatch(/^Example AI: snoozed until .*2099/);
    expect(row?.querySelector('button')?.getAttribute('aria-label')).toBe('Remove the snooze of Example AI');
  });
});
