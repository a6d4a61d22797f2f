// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { providerById } from '../../../src/core/catalog/providers';
import type { Settings, State } from '../../../src/core/model';
import type { SnoozeChoice } from '../../../src/core/notify/snooze';
import { defaultSettings, watchedProviders } from '../../../src/core/settings/settings';
import { emptyState } from '../../../src/core/state/fold';
import type { PopupViewProps } from '../../../src/popup/PopupView';
import { readFixture } from '../../fixtures';
import { EXAMPLE_PAGE } from '../support/custom-pages';
import { text } from '../support/dom';
import type { FakeAnswer } from '../support/fake-fetch';
import { poll } from '../support/poll-sequence';
import { showPopup } from '../support/views';

const NOW = Date.parse('2026-10-08T00:00:00Z');
const CLAUDE = 'https://status.claude.com/api/v2/summary.json';

const settings: Settings = { ...defaultSettings(), watched: ['claude', 'claude-api', 'chatgpt', 'openai-api', 'github-copilot'] };

async function stateFrom(routes: Record<string, FakeAnswer>, previous: State = emptyState()): Promise<State> {
  return poll(
    previous,
    routes,
    new Date(NOW).toISOString(),
    settings.watched.flatMap((id) => providerById(id) ?? []),
  );
}

/** The popup opened five minutes after the poll at NOW. */
function show(state: State, options: Partial<PopupViewProps> = {}): HTMLElement {
  return showPopup(NOW + 5 * 60_000, { state, settings, ...options });
}

let incident: State;
let allClear: State;

beforeAll(async () => {
  const openai = { body: readFixture('incidentio/openai-v2-summary-compat-active-minor-1.json') };
  const github = { body: readFixture('statuspage/github-v2-components-operational-1.json') };
  incident = await stateFrom({
    [CLAUDE]: { body: readFixture('statuspage/anthropic-summary-unresolved-major-monitoring-1.json') },
    'https://status.openai.com/api/v2/summary.json': openai,
    'https://www.githubstatus.com/api/v2/summary.json': github,
  });
  allClear = await stateFrom({
    [CLAUDE]: { body: readFixture('statuspage/anthropic-summary-operational-1.json') },
    'https://status.openai.com/api/v2/summary.json': openai,
    'https://www.githubstatus.com/api/v2/summary.json': github,
  });
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the popup with open incidents', () => {
  it('answers the question in one line and says when it checked', () => {
    const root = show(incident);
    expect(text(root.querySelector('h1'))).toBe('Assistants affected: 2');
    expect(text(root.querySelector('.summary__checked'))).toBe('Checked 5 minutes ago');
  });

  it('lists the affected assistants worst first, each with word and icon', () => {
    const root = show(incident);
    const cards = [...root.querySelectorAll('.attention .card')];
    expect(cards.map((card) => text(card.querySelector('h3')))).toEqual(['Claude API', 'ChatGPT']);
    const tag = cards[0]?.querySelector('.card__header .severity');
    expect(text(tag)).toBe('Partial outage');
    expect(tag?.querySelector('svg')).not.toBeNull();
  });

  it('shows the incident: title linked to its page, status, impact, start, components, latest update', () => {
    const card = show(incident).querySelector('.attention .card');
    const link = card?.querySelector<HTMLAnchorElement>('.incident__title a');
    expect(text(link)).toBe('Elevated errors on platform.claude.com');
    expect(link?.href).toBe('https://status.claude.com/incidents/978mjkgw6mh7');
    expect(link?.rel).toBe('noopener noreferrer');
    const facts = text(card?.querySelector('.incident__facts'));
    expect(facts).toContain('Status: Monitoring');
    expect(facts).toContain('Impact: Partial outage');
    expect(facts).toMatch(/Started \d+ hours ago/);
    expect(card?.querySelector('.incident__facts time')?.getAttribute('title')).toMatch(/2026/);
    expect(text(card?.querySelector('.incident__components'))).toBe('Affects: Claude Console (platform.claude.com)');
    expect(text(card?.querySelector('.incident__update'))).toContain("We've mitigated the errors loading usage data");
  });

  it('offers healthy assistants of the same category to switch to, opening their chat URL', () => {
    const root = show(incident);
    const api = root.querySelector('#switch-api')?.closest('section');
    const links = [...(api?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    expect(text(api?.querySelector('h2'))).toBe('Switch to (API)');
    expect(links.map((link) => [text(link.querySelector('.switch__name')), link.href, link.target])).toEqual([
      ['OpenAI API', 'https://platform.openai.com/', '_blank'],
    ]);
    const chat = root.querySelector('#switch-chat')?.closest('section');
    expect([...(chat?.querySelectorAll('.switch__name') ?? [])].map(text)).toEqual(['Claude']);
  });

  it('lists the rest compactly', () => {
    const rows = [...show(incident).querySelectorAll('.others__row')].map(text);
    expect(rows).toEqual(['ClaudeOperational', 'OpenAI APIOperational', 'GitHub CopilotOperational']);
  });
});

describe('long updates', () => {
  it('a long latest update is folded, and a button unfolds it', async () => {
    // The real Google incident report (2,000 characters once clipped) stands behind this: a long update is common.
    const long = 'We are investigating elevated error rates. '.repeat(20);
    const api = incident.providers['claude-api'];
    const reading = api?.reading;
    const first = reading?.incidents[0];
    if (!api || !reading || !first?.latestUpdate) throw new Error('the fixture has an update');
    const withLong: State = {
      ...incident,
      providers: {
        ...incident.providers,
        'claude-api': {
          ...api,
          reading: { ...reading, incidents: [{ ...first, latestUpdate: { ...first.latestUpdate, body: long } }] },
        },
      },
    };
    const root = show(withLong);
    const update = root.querySelector('article[aria-labelledby="provider-claude-api"] .incident__update');
    const button = update?.querySelector<HTMLButtonElement>('button');
    expect(text(update?.querySelector('.incident__update-text')).length).toBeLessThan(300);
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(text(button)).toBe('Show more');
    button?.click();
    await vi.waitFor(() => expect(button?.getAttribute('aria-expanded')).toBe('true'));
    expect(text(update?.querySelector('.incident__update-text'))).toBe(long.trim());
    expect(text(button)).toBe('Show less');
  });
});

describe('snoozing an assistant from its card', () => {
  it('offers an hour, until tomorrow, and until this incident is resolved', () => {
    const chosen: [string, SnoozeChoice | undefined][] = [];
    const root = show(incident, { onSnooze: (id, choice) => chosen.push([id, choice]) });
    const card = root.querySelector('article[aria-labelledby="provider-claude-api"]');
    const buttons = [...(card?.querySelectorAll<HTMLButtonElement>('.snooze__choices button') ?? [])];
    expect(buttons.map((button) => text(button))).toEqual(['For 1 hour', 'Until tomorrow', 'Until this incident is resolved']);
    buttons[2]?.click();
    expect(chosen).toEqual([['claude-api', 'incident']]);
  });

  it('a snoozed assistant says until when, and offers to resume', () => {
    const snoozed: Settings = {
      ...settings,
      notifications: { ...settings.notifications, snoozes: [{ providerId: 'claude-api', incidentId: '978mjkgw6mh7' }] },
    };
    const chosen: [string, SnoozeChoice | undefined][] = [];
    const root = show(incident, { settings: snoozed, onSnooze: (id, choice) => chosen.push([id, choice]) });
    const card = root.querySelector('article[aria-labelledby="provider-claude-api"]');
    expect(text(card?.querySelector('.snooze--on span'))).toBe('Notifications snoozed until this incident is resolved');
    card?.querySelector<HTMLButtonElement>('.snooze--on button')?.click();
    expect(chosen).toEqual([['claude-api', undefined]]);
    // The snooze ends with its incident: once resolved, the card (if any) offers snoozing again.
    expect(root.querySelector('article[aria-labelledby="provider-chatgpt"] .snooze--on')).toBeNull();
  });
});

describe('the popup in other states', () => {
  it('a check that did not fit the browser storage whole says so, in one line of the header', () => {
    const said = 'Storage was full: older incidents and update texts were left out.';
    expect(text(show({ ...incident, shed: true }).querySelector('header'))).toContain(said);
    expect(text(show(incident).querySelector('header'))).not.toContain(said);
  });

  it('all clear but ChatGPT (degraded in the captured OpenAI payload)', () => {
    const root = show(allClear);
    expect(text(root.querySelector('h1'))).toBe('Assistants affected: 1');
  });

  it('all clear', () => {
    const clear: State = {
      ...allClear,
      providers: { ...allClear.providers, chatgpt: { ...(allClear.providers.claude as State['providers'][string]) } },
    };
    const root = show(clear);
    expect(text(root.querySelector('h1'))).toBe('All clear: every assistant is working');
    expect(root.querySelector('.attention')).toBeNull();
    expect(root.querySelector('.switch')).toBeNull();
  });

  it('could not check: says why, keeps the stale reading, and never says operational', async () => {
    const failed = await stateFrom(
      {
        'https://status.openai.com/api/v2/summary.json': {
          body: readFixture('incidentio/openai-v2-summary-compat-active-minor-1.json'),
        },
        'https://www.githubstatus.com/api/v2/summary.json': { status: 503, body: '' },
      },
      allClear,
    );
    const root = show(failed);
    const card = [...root.querySelectorAll('.attention .card')].find(
      (element) => text(element.querySelector('h3')) === 'GitHub Copilot',
    );
    expect(text(card?.querySelector('.card__header .severity'))).toBe('Could not check');
    expect(text(card?.querySelector('.card__error'))).toBe(
      'Could not read the status page: the status page answered with an error (HTTP 503). First failed 5 minutes ago. Showing what the page said 5 minutes ago.',
    );
    expect([...root.querySelectorAll('.others__row')].map(text)).toEqual(['OpenAI APIOperational']);
  });

  it('a page that keeps failing says when it is tried next, and that Refresh tries now', async () => {
    const github = 'https://www.githubstatus.com/api/v2/summary.json';
    const failed = await stateFrom({ [github]: { status: 429, body: '', headers: { 'retry-after': '900' } } }, allClear);
    const shown = NOW + 5 * 60_000;
    const failure = { kind: 'http' as const, message: 'the server answered HTTP 429', status: 429 };
    const waiting = (retryAt: number): State => ({ ...failed, backoff: { [github]: { failures: 1, retryAt, failure } } });
    const errorOf = (root: HTMLElement) =>
      text(
        [...root.querySelectorAll('.attention .card')]
          .find((element) => text(element.querySelector('h3')) === 'GitHub Copilot')
          ?.querySelector('.card__error'),
      );
    expect(errorOf(show(waiting(shown + 10 * 60_000)))).toMatch(/Next try in 10 minutes, or now with Refresh\.$/);
    document.body.innerHTML = '';
    // Under a minute is the next scheduled poll anyway: nothing to say.
    expect(errorOf(show(waiting(shown + 30_000)))).not.toContain('Next try');
  });

  it('not checked yet', () => {
    expect(text(show(emptyState()).querySelector('h1'))).toBe('Not checked yet');
  });

  it('an empty watch list says so', () => {
    const root = show(emptyState(), { settings: { ...settings, watched: [] } });
    expect(text(root.querySelector('.popup > p'))).toBe('You are not watching any assistant.');
  });

  it('a status page the user added shows like a built-in assistant, with its incident', async () => {
    const page = EXAMPLE_PAGE;
    const withPage: Settings = { ...settings, customPages: [page], watched: [...settings.watched, page.id] };
    const state = await poll(
      allClear,
      // A real Statuspage summary with an open incident stands in for the added page.
      { [page.sources[0]?.url ?? '']: 'statuspage/anthropic-summary-unresolved-major-monitoring-1.json' },
      new Date(NOW).toISOString(),
      watchedProviders(withPage),
    );
    const root = show(state, { settings: withPage });
    const card = root.querySelector(`article[aria-labelledby="provider-${page.id}"]`);
    expect(text(card?.querySelector('h3'))).toBe('Example AI');
    expect(card?.querySelector('.card__header .severity')?.getAttribute('data-severity')).toBe('partial_outage');
    expect(card?.querySelector('.incident__title a')?.getAttribute('href')).toBe(
      'https://status.example-ai.test/incidents/978mjkgw6mh7',
    );
  });

  it('the Refresh button asks for a poll and shows when it is busy', () => {
    const onRefresh = vi.fn();
    const idle = show(incident, { onRefresh }).querySelector<HTMLButtonElement>('button.refresh');
    idle?.click();
    expect(onRefresh).toHaveBeenCalledOnce();
    document.body.innerHTML = '';
    const busy = show(incident, { busy: true }).querySelector<HTMLButtonElement>('button.refresh');
    expect(busy?.disabled).toBe(true);
    expect(busy?.getAttribute('aria-busy')).toBe('true');
    expect(text(busy)).toBe('Checking…');
  });

  it('renders feed text as text, never as markup', () => {
    const hostile = structuredClone(incident);
    const first = hostile.providers['claude-api']?.reading?.incidents[0];
    if (!first) throw new Error('no incident');
    first.title = '<img src=x onerror="window.hacked=1">';
    const root = show(hostile);
    expect(root.querySelector('img')).toBeNull();
    expect(text(root.querySelector('.incident__title'))).toBe('<img src=x onerror="window.hacked=1">');
  });
});
