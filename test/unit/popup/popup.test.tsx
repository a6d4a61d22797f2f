// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { providerById } from '../../../src/core/catalog/providers';
import type { Settings, State } from '../../../src/core/model';
import type { SnoozeChoice } from '../../../src/core/notify/snooze';
import { defaultSettings, watchedProviders } from '../../../src/core/settings/settings';
import { emptyState } from '../../../src/core/state/fold';
import { readFixture } from '../../fixtures';
import { CLAUDE_SHARED_INCIDENT, CLAUDE_SHARED_INCIDENT_AT } from '../support/baseline-pages';
import { EXAMPLE_PAGE } from '../support/custom-pages';
import { text } from '../support/dom';
import type { FakeAnswer } from '../support/fake-fetch';
import { poll } from '../support/poll-sequence';
import { type ShownPopup, showPopup } from '../support/views';

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
function show(state: State, options: Partial<ShownPopup> = {}): HTMLElement {
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

/** The row of one assistant (or of several sharing an incident). */
const rowOf = (root: HTMLElement, providerId: string) =>
  root.querySelector<HTMLDetailsElement>(`details.entry[data-providers~="${providerId}"]`);

describe('the popup with open incidents', () => {
  it('the headline names each affected assistant with its severity, and says when it checked', () => {
    const root = show(incident);
    expect([...root.querySelectorAll('h1 .headline__group')].map(text)).toEqual([
      'Partial outage: Claude API',
      'Degraded: ChatGPT',
    ]);
    expect(text(root.querySelector('.summary__checked'))).toBe('Checked 5 minutes ago');
  });

  it('first after the headline: the best healthy alternative of each affected kind, the worst-affected first', () => {
    const root = show(incident);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('section.best a.best__link')];
    expect(links.map((link) => [text(link.querySelector('.best__action')), link.href, link.target])).toEqual([
      ['Switch to OpenAI API', 'https://platform.openai.com/', '_blank'],
      ['Switch to Claude', 'https://claude.ai/', '_blank'],
    ]);
    expect(text(links[0]?.querySelector('.best__for'))).toBe('Instead of Claude API');
    expect(links[0]?.querySelector('.severity')?.getAttribute('data-severity')).toBe('operational');
    // Before every row: nothing stands between the headline and the way out.
    const best = root.querySelector('section.best');
    const attention = root.querySelector('section.attention');
    expect(best && attention && best.compareDocumentPosition(attention) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('keyboard focus starts at the best alternative', () => {
    const root = show(incident);
    expect(document.activeElement).toBe(root.querySelector('a.best__link'));
  });

  it('each affected assistant is one closed row: name, severity word and icon, incident title, since when', () => {
    const root = show(incident);
    const rows = [...root.querySelectorAll<HTMLDetailsElement>('.attention details.entry')];
    expect(rows.map((row) => text(row.querySelector('.entry__names')))).toEqual(['Claude API', 'ChatGPT']);
    expect(rows.every((row) => !row.open)).toBe(true);
    const summary = rows[0]?.querySelector('summary');
    const tag = summary?.querySelector('.severity');
    expect(text(tag)).toBe('Partial outage');
    expect(tag?.querySelector('svg')).not.toBeNull();
    expect(text(summary?.querySelector('.entry__line'))).toMatch(
      /^Elevated errors on platform\.claude\.com · Started \d+ hours ago$/,
    );
  });

  it('opens to the detail: title linked to its page, status, start, components, latest update, status page', () => {
    const row = rowOf(show(incident), 'claude-api');
    row?.querySelector('summary')?.click();
    expect(row?.open).toBe(true);
    const link = row?.querySelector<HTMLAnchorElement>('.incident__title a');
    expect(text(link)).toBe('Elevated errors on platform.claude.com');
    expect(link?.href).toBe('https://status.claude.com/incidents/978mjkgw6mh7');
    expect(link?.rel).toBe('noopener noreferrer');
    const facts = text(row?.querySelector('.incident__facts'));
    expect(facts).toContain('Status: Monitoring');
    expect(facts).toMatch(/Started \d+ hours ago/);
    expect(row?.querySelector('.incident__facts time')?.getAttribute('title')).toMatch(/2026/);
    expect(text(row?.querySelector('.incident__components'))).toBe('Affects: Claude Console (platform.claude.com)');
    expect(text(row?.querySelector('.incident__update'))).toContain("We've mitigated the errors loading usage data");
    expect(row?.querySelector('.entry__links a')?.getAttribute('href')).toBe('https://status.claude.com');
  });

  it('one severity word per incident: the row says it, the incident does not repeat it', () => {
    const row = rowOf(show(incident), 'claude-api');
    const words = [...(row?.querySelectorAll('.severity__word') ?? [])].map(text);
    expect(words).toEqual(['Partial outage']);
    expect(text(row)).not.toContain('Impact:');
  });

  it('an incident of another level than its row says its own', () => {
    const withMinor = structuredClone(incident);
    const first = withMinor.providers['claude-api']?.reading?.incidents[0];
    if (!first) throw new Error('the fixture has an incident');
    first.impact = 'degraded';
    const row = rowOf(show(withMinor), 'claude-api');
    expect(text(row?.querySelector('.incident__facts'))).toContain('Impact: Degraded');
  });

  it('after the rows, the other healthy assistants of each kind; then the rest, compactly; every name once', () => {
    const root = show(incident);
    // The only other API and the only other chat assistant are the best ones: no section repeats them.
    expect(root.querySelectorAll('section.switch')).toHaveLength(0);
    expect([...root.querySelectorAll('.others__row')].map(text)).toEqual(['GitHub CopilotOperational']);
    const names = [...root.querySelectorAll('.best__action, .entry__name, .switch__name, .others__name')].map((element) =>
      text(element).replace(/^Switch to /, ''),
    );
    expect(names.sort()).toEqual(['ChatGPT', 'Claude', 'Claude API', 'GitHub Copilot', 'OpenAI API']);
  });

  it('the gear opens the options page', () => {
    const onOpenOptions = vi.fn();
    const gear = show(incident, { onOpenOptions }).querySelector<HTMLButtonElement>('button.settings');
    expect(gear?.getAttribute('aria-label')).toBe('Settings');
    gear?.click();
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});

describe('one incident on a page shared by several products', () => {
  it('"Elevated errors for multiple models" is shown once, naming Claude, Claude Code and the Claude API', async () => {
    const claudes: Settings = { ...settings, watched: ['claude', 'claude-code', 'claude-api', 'chatgpt'] };
    const at = Date.parse(CLAUDE_SHARED_INCIDENT_AT);
    const state = await poll(
      emptyState(),
      { [CLAUDE]: CLAUDE_SHARED_INCIDENT },
      CLAUDE_SHARED_INCIDENT_AT,
      watchedProviders(claudes),
    );
    const root = showPopup(at + 60_000, { state, settings: claudes });
    const titles = [...root.querySelectorAll('.entry__title, .incident__title')].map(text);
    expect(titles).toEqual(['Elevated errors for multiple models', 'Elevated errors for multiple models']);
    const row = rowOf(root, 'claude');
    expect(row).toBe(rowOf(root, 'claude-api'));
    expect(text(row?.querySelector('.entry__names'))).toBe('Claude, Claude Code, Claude API');
    expect(text(row?.querySelector('.incident__assistants'))).toBe('Assistants: Claude, Claude Code, and Claude API');
    expect(text(root.querySelector('h1'))).toBe('Partial outage: Claude, Claude Code, and Claude API');
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
    const update = rowOf(root, 'claude-api')?.querySelector('.incident__update');
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

describe('snoozing an assistant from its row', () => {
  it('offers an hour, until tomorrow, and until this incident is resolved', () => {
    const chosen: [string, SnoozeChoice | undefined][] = [];
    const root = show(incident, { onSnooze: (id, choice) => chosen.push([id, choice]) });
    const card = rowOf(root, 'claude-api');
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
    const card = rowOf(root, 'claude-api');
    expect(text(card?.querySelector('.snooze--on span'))).toBe('Notifications snoozed until this incident is resolved');
    card?.querySelector<HTMLButtonElement>('.snooze--on button')?.click();
    expect(chosen).toEqual([['claude-api', undefined]]);
    // The snooze ends with its incident: once resolved, the card (if any) offers snoozing again.
    expect(rowOf(root, 'chatgpt')?.querySelector('.snooze--on')).toBeNull();
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
    expect(text(root.querySelector('h1'))).toBe('Degraded: ChatGPT');
  });

  it('all clear says how many assistants were checked, and keyboard focus starts at Refresh', () => {
    const clear: State = {
      ...allClear,
      providers: { ...allClear.providers, chatgpt: { ...(allClear.providers.claude as State['providers'][string]) } },
    };
    const root = show(clear);
    expect(text(root.querySelector('h1'))).toBe('All clear: all 5 assistants checked are working');
    expect(root.querySelector('.attention')).toBeNull();
    expect(root.querySelector('.best')).toBeNull();
    expect(root.querySelector('.switch')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('button.refresh'));
  });

  it('one assistant checked: the headline says so in the singular', () => {
    const one: Settings = { ...settings, watched: ['claude'] };
    expect(text(show(allClear, { settings: one }).querySelector('h1'))).toBe('All clear: the one assistant checked is working');
  });

  /** The row of an assistant in the compact list of the rest. */
  const otherRow = (root: HTMLElement, providerId: string) => root.querySelector(`.others__row[data-provider="${providerId}"]`);

  it('a page that could not be read is one quiet row: why, since when, and what it said last, never "operational"', async () => {
    const failed = await stateFrom(
      {
        [CLAUDE]: { body: readFixture('statuspage/anthropic-summary-operational-1.json') },
        'https://status.openai.com/api/v2/summary.json': {
          body: readFixture('incidentio/openai-v2-summary-compat-active-minor-1.json'),
        },
        'https://www.githubstatus.com/api/v2/summary.json': { status: 503, body: '' },
      },
      allClear,
    );
    const root = show(failed);
    expect(root.querySelectorAll('.attention details.entry')).toHaveLength(1);
    const row = otherRow(root, 'github-copilot');
    expect(text(row?.querySelector('.severity'))).toBe('Could not check');
    expect(text(row?.querySelector('.stale-note'))).toBe(
      'Could not read the status page: the status page answered with an error (HTTP 503). First failed 5 minutes ago. Last read 5 minutes ago: Operational.',
    );
    expect(root.querySelectorAll('.stale-note')).toHaveLength(1);
    expect(text(root.querySelector('h1'))).toBe('Degraded: ChatGPT');
  });

  it('a page that fails just after reading an outage keeps its row, saying the incidents shown are the last reading', async () => {
    const failed = await stateFrom(
      {
        'https://status.openai.com/api/v2/summary.json': {
          body: readFixture('incidentio/openai-v2-summary-compat-active-minor-1.json'),
        },
        'https://www.githubstatus.com/api/v2/summary.json': {
          body: readFixture('statuspage/github-v2-components-operational-1.json'),
        },
        [CLAUDE]: { status: 503, body: '' },
      },
      incident,
    );
    const row = rowOf(show(failed), 'claude-api');
    expect(text(row?.querySelector('summary .severity'))).toBe('Partial outage');
    expect(text(row?.querySelector('.entry__stale'))).toBe('Could not check just now; last read 5 minutes ago');
    expect(text(row?.querySelector('.stale-note'))).toContain('Last read 5 minutes ago: Partial outage.');
    expect(text(row?.querySelector('.incident__title'))).toBe('Elevated errors on platform.claude.com');
  });

  it('a page that keeps failing says when it is tried next, and that Refresh tries now', async () => {
    const github = 'https://www.githubstatus.com/api/v2/summary.json';
    const failed = await stateFrom({ [github]: { status: 429, body: '', headers: { 'retry-after': '900' } } }, allClear);
    const shown = NOW + 5 * 60_000;
    const failure = { kind: 'http' as const, message: 'the server answered HTTP 429', status: 429 };
    const waiting = (retryAt: number): State => ({ ...failed, backoff: { [github]: { failures: 1, retryAt, failure } } });
    const errorOf = (root: HTMLElement) => text(otherRow(root, 'github-copilot')?.querySelector('.stale-note'));
    expect(errorOf(show(waiting(shown + 10 * 60_000)))).toMatch(/Next try in 10 minutes, or now with Refresh\.$/);
    document.body.innerHTML = '';
    // Under a minute is the next scheduled poll anyway: nothing to say.
    expect(errorOf(show(waiting(shown + 30_000)))).not.toContain('Next try');
  });

  it('every page unreachable: the connection is said to be down, once, with no row for any assistant', async () => {
    const offline = await stateFrom({}, incident);
    const root = show(offline);
    expect(text(root.querySelector('h1'))).toBe('Your connection seems to be down');
    expect(text(root.querySelector('header'))).toContain('This says nothing about the assistants');
    // What was read a moment ago is not lost: said as the last known, as the badge's tooltip says it.
    expect(text(root.querySelector('header'))).toContain('Last known:');
    expect([...root.querySelectorAll('.summary__note .headline__group')].map(text)).toEqual([
      'Partial outage: Claude API',
      'Degraded: ChatGPT',
    ]);
    expect(root.querySelectorAll('details.entry, .others__row, .best__link, .switch__link')).toHaveLength(0);
    expect(root.textContent).not.toContain('no network connection');
    expect(document.activeElement).toBe(root.querySelector('button.refresh'));
  });

  it('the browser saying it is offline is enough', () => {
    const root = show(incident, { browserOffline: true });
    expect(text(root.querySelector('h1'))).toBe('Your connection seems to be down');
    expect(root.querySelectorAll('details.entry')).toHaveLength(0);
  });

  it('not checked yet', () => {
    expect(text(show(emptyState()).querySelector('h1'))).toBe('Not checked yet');
  });

  it('an empty watch list says so', () => {
    const root = show(emptyState(), { settings: { ...settings, watched: [] } });
    expect(text(root.querySelector('h1'))).toBe('You are not watching any assistant.');
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
    const card = rowOf(root, page.id);
    expect(text(card?.querySelector('.entry__names'))).toBe('Example AI');
    expect(card?.querySelector('summary .severity')?.getAttribute('data-severity')).toBe('partial_outage');
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
