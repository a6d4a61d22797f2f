// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOG } from '../../../src/core/catalog/providers';
import { translatorFrom } from '../../../src/core/i18n';
import type { Component, QuietHours, Settings } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings/settings';
import { text } from '../support/dom';
import { byId, change, closeOptions, openOptions, stateWith } from '../support/options-page';
import { savedSettings } from '../support/storage';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

type Words = 'en' | 'de' | 'fr';

/**
 * The page as a user of one language reads it: the words from that language's messages.json, the file the
 * browser reads, and the browser's UI language (a region too, as browsers report it) for Intl.
 */
function speak(words: Words, uiLanguage: string): void {
  const t = translatorFrom(JSON.parse(readFileSync(`public/_locales/${words}/messages.json`, 'utf8')));
  Object.assign(fakeBrowser, { i18n: { getMessage: t, getUILanguage: () => uiLanguage } });
}

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  closeOptions();
});

/** Components as status.claude.com lists them (ids from its summary.json). */
const CLAUDE_AI: Component = { id: 'rwppv331jlwc', name: 'claude.ai', severity: 'operational', status: 'operational' };
const CLAUDE_API: Component = {
  id: 'k8w3r06qmzrp',
  name: 'Claude API (api.anthropic.com)',
  severity: 'operational',
  status: 'operational',
};
const CLAUDE_CODE: Component = { id: 'yyzkbfz2thpt', name: 'Claude Code', severity: 'operational', status: 'operational' };
/** A page the catalog reads whole (Perplexity's): every component counts by default. */
const PERPLEXITY: Component[] = [
  { id: 'a1', name: 'Web', severity: 'operational', status: 'operational' },
  { id: 'b2', name: 'API', severity: 'operational', status: 'operational' },
];

describe('every assistant says what of it is watched, before its list opens', () => {
  /** Each case of a summary, one assistant each; GitHub Copilot's page was never read. */
  const settings: Settings = {
    ...defaultSettings(),
    watched: ['claude', 'chatgpt', 'perplexity', 'claude-code', 'github-copilot', 'claude-api', 'meta-ai'],
    components: { 'claude-api': [CLAUDE_AI.id, CLAUDE_API.id] },
  };
  const state = stateWith({
    claude: [CLAUDE_AI, CLAUDE_API, CLAUDE_CODE],
    chatgpt: [],
    perplexity: PERPLEXITY,
    'claude-code': [CLAUDE_CODE],
    'claude-api': [CLAUDE_AI, CLAUDE_API, CLAUDE_CODE],
  });

  it.each([
    [
      'en',
      'en-US',
      [
        'Claude 1 of 3 checked (the default)',
        'ChatGPT The whole page counts',
        'Perplexity All 2 checked (the default)',
        'Claude Code 1 of 1 checked (the default)',
        'GitHub Copilot Components not read yet',
        'Claude API 2 of 3 checked (your choice)',
      ],
    ],
    [
      'de',
      'de-DE',
      [
        'Claude 1 von 3 ausgewählt (Standard)',
        'ChatGPT Die ganze Seite zählt',
        'Perplexity Alle 2 ausgewählt (Standard)',
        'Claude Code 1 von 1 ausgewählt (Standard)',
        'GitHub Copilot Komponenten noch nicht gelesen',
        'Claude API 2 von 3 ausgewählt (Ihre Auswahl)',
      ],
    ],
    [
      'fr',
      'fr-FR',
      [
        'Claude 1 sur 3 coché (par défaut)',
        'ChatGPT Toute la page compte',
        'Perplexity Tous les 2 cochés (par défaut)',
        'Claude Code 1 sur 1 coché (par défaut)',
        'GitHub Copilot Composants pas encore lus',
        'Claude API 2 sur 3 cochés (votre choix)',
      ],
    ],
  ] as const)('in %s (%s)', async (words, uiLanguage, expected) => {
    speak(words, uiLanguage);
    root = await openOptions(settings, state);
    const section = root.querySelector('section[aria-labelledby="components-heading"]');
    const shown = [...(section?.querySelectorAll('details') ?? [])];
    // Meta AI has no status page, so no components: it is not listed.
    expect(shown.map((element) => text(element.querySelector('summary')))).toEqual(expected);
    expect(shown.every((element) => !element.open)).toBe(true);
  });

  it('the count changes form as the user checks one more (French: "coché", then "cochés")', async () => {
    speak('fr', 'fr');
    root = await openOptions({ ...defaultSettings(), watched: ['claude'] }, stateWith({ claude: [CLAUDE_AI, CLAUDE_API] }));
    const details = root.querySelector<HTMLDetailsElement>('details[data-provider="claude"]');
    if (!details) throw new Error('no details for claude');
    expect(text(details.querySelector('summary'))).toBe('Claude 1 sur 2 coché (par défaut)');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await vi.waitFor(() => expect(details.querySelectorAll('input')).toHaveLength(2));
    details.querySelectorAll('input')[1]?.click();
    await savedSettings((saved) => saved.components.claude?.length === 2);
    await vi.waitFor(() => expect(text(details.querySelector('summary'))).toBe('Claude Tous les 2 cochés (votre choix)'));
    details.querySelectorAll('input')[0]?.click();
    await savedSettings((saved) => saved.components.claude?.length === 1);
    await vi.waitFor(() => expect(text(details.querySelector('summary'))).toBe('Claude 1 sur 2 coché (votre choix)'));
  });
});

describe('quiet hours: the hint writes times as the language does', () => {
  function withQuiet(quiet: Partial<QuietHours>): Settings {
    const settings = defaultSettings();
    return {
      ...settings,
      notifications: { ...settings.notifications, quietHours: { ...settings.notifications.quietHours, ...quiet } },
    };
  }

  const hint = () => text(document.getElementById('quiet-hint'));

  it.each([
    ['en', 'en-US', "In this computer's local time. The hours may cross midnight, for example from 10:00 PM to 7:00 AM."],
    ['en', 'en-GB', "In this computer's local time. The hours may cross midnight, for example from 22:00 to 07:00."],
    [
      'de',
      'de',
      'In der Ortszeit dieses Computers. Die Ruhezeiten dürfen über Mitternacht gehen, zum Beispiel von 22:00 bis 07:00.',
    ],
    ['fr', 'fr', 'Selon l’heure locale de cet ordinateur. La plage peut passer minuit, par exemple de 22:00 à 07:00.'],
  ] as const)('off, in %s (%s): an example night', async (words, uiLanguage, expected) => {
    speak(words, uiLanguage);
    root = await openOptions(withQuiet({ enabled: false }));
    expect(hint()).toBe(expected);
    expect(byId('quiet-start').getAttribute('aria-describedby')).toBe('quiet-hint');
    expect(byId('quiet-end').getAttribute('aria-describedby')).toBe('quiet-hint');
  });

  it.each([
    [
      'en',
      'en-US',
      "No notifications from 11:30 PM to 6:15 AM, in this computer's local time. The hours may cross midnight.",
      "No notifications from 9:05 PM to 6:15 AM, in this computer's local time. The hours may cross midnight.",
    ],
    [
      'de',
      'de',
      'Keine Benachrichtigungen von 23:30 bis 06:15, in der Ortszeit dieses Computers. Die Ruhezeiten dürfen über Mitternacht gehen.',
      'Keine Benachrichtigungen von 21:05 bis 06:15, in der Ortszeit dieses Computers. Die Ruhezeiten dürfen über Mitternacht gehen.',
    ],
    [
      'fr',
      'fr',
      'Aucune notification de 23:30 à 06:15, selon l’heure locale de cet ordinateur. La plage peut passer minuit.',
      'Aucune notification de 21:05 à 06:15, selon l’heure locale de cet ordinateur. La plage peut passer minuit.',
    ],
  ] as const)('on, in %s (%s): the chosen hours, following the fields', async (words, uiLanguage, before, after) => {
    speak(words, uiLanguage);
    root = await openOptions(withQuiet({ enabled: true, startMinutes: 23 * 60 + 30, endMinutes: 6 * 60 + 15 }));
    // The field itself holds the HTML value; the browser shows it in the locale.
    expect(byId('quiet-start').value).toBe('23:30');
    expect(hint()).toBe(before);
    change(byId('quiet-start'), '21:05');
    await savedSettings((saved) => saved.notifications.quietHours.startMinutes === 21 * 60 + 5);
    await vi.waitFor(() => expect(hint()).toBe(after));
  });

  it.each([
    ['en', 'en-US', 'Start and end are both 8:00 AM, so quiet hours never apply.'],
    ['de', 'de', 'Beginn und Ende sind beide 08:00, daher gelten die Ruhezeiten nie.'],
    ['fr', 'fr', 'Le début et la fin sont tous deux à 08:00 : les heures calmes ne s’appliquent donc jamais.'],
  ] as const)(
    'on, with start and end the same, in %s (%s): says they never apply, at what time',
    async (words, uiLanguage, expected) => {
      speak(words, uiLanguage);
      root = await openOptions(withQuiet({ enabled: true, startMinutes: 8 * 60, endMinutes: 8 * 60 }));
      expect(hint()).toBe(expected);
    },
  );
});

describe('how many assistants a search leaves, in the form the count takes', () => {
  function search(value: string): void {
    const field = byId('watch-search');
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }

  const all = CATALOG.length;

  it.each([
    ['en', 'en-US', `1 of ${all} assistants shown`, `2 of ${all} assistants shown`],
    ['de', 'de', `1 von ${all} Assistenten angezeigt`, `2 von ${all} Assistenten angezeigt`],
    ['fr', 'fr', `1 assistant affiché sur ${all}`, `2 assistants affichés sur ${all}`],
  ] as const)('in %s (%s)', async (words, uiLanguage, one, two) => {
    speak(words, uiLanguage);
    root = await openOptions(defaultSettings());
    search('perplexity');
    await vi.waitFor(() => expect(text(byId('watch-found'))).toBe(one));
    search('gemini');
    await vi.waitFor(() => expect(text(byId('watch-found'))).toBe(two));
  });
});
