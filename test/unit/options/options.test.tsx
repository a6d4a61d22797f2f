// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings/settings';
import { text } from '../support/dom';
import { giveI18n } from '../support/english';
import { change, closeOptions, openOptions } from '../support/options-page';
import { savedSettings } from '../support/storage';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

giveI18n();

/** fake-browser has no notifications.getPermissionLevel (Firefox has none either); Chrome's is stubbed per test. */
const notifications = fakeBrowser.notifications as unknown as { getPermissionLevel?: () => Promise<string> };

const WATCHED = ['claude', 'chatgpt', 'claude-code', 'github-copilot', 'claude-api'];

function settingsWith(patch: Partial<Settings['notifications']> = {}): Settings {
  const defaults = defaultSettings();
  return { ...defaults, watched: WATCHED, notifications: { ...defaults.notifications, ...patch } };
}

let root: HTMLElement;

async function open(settings: Settings | undefined = settingsWith()): Promise<HTMLElement> {
  root = await openOptions(settings);
  return root;
}

/** The notification settings; the sections above them are tested in options-sections.test.tsx. */
function notificationsSection(): Element {
  const section = root.querySelector('section[aria-labelledby="notifications-heading"]');
  if (!section) throw new Error('no notifications section');
  return section;
}

function input(id: string): HTMLInputElement {
  const element = root.querySelector<HTMLInputElement>(`#${id}`);
  if (!element) throw new Error(`no #${id}`);
  return element;
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  closeOptions();
  delete notifications.getPermissionLevel;
  vi.restoreAllMocks();
});

describe('the options page', () => {
  it('shows the notification settings with their defaults, every control labelled', async () => {
    await open(undefined);
    expect(text(root.querySelector('h1'))).toBe('AI Outage Radar settings');
    expect([...root.querySelectorAll('h2')].map(text)).toEqual([
      'Assistants',
      'Custom status pages',
      'Order',
      'Components',
      'Checking',
      'Notifications',
      'Switching',
      'Your own requests',
      'Back up',
    ]);
    expect(input('notify-enabled').checked).toBe(true);
    expect(root.querySelector<HTMLSelectElement>('#notify-from')?.value).toBe('partial_outage');
    expect([...root.querySelectorAll('#notify-from option')].map(text)).toEqual(['Degraded', 'Partial outage', 'Major outage']);
    expect(input('notify-maintenance').checked).toBe(false);
    expect(input('notify-unreadable').checked).toBe(true);
    expect(input('quiet-enabled').checked).toBe(false);
    expect(input('quiet-start').value).toBe('22:00');
    expect(input('quiet-end').value).toBe('07:00');
    expect(input('quiet-start').disabled).toBe(true);
    expect(input('quiet-break-through').checked).toBe(true);
    expect([...notificationsSection().querySelectorAll('legend')].map(text)).toEqual([
      'Also tell me about',
      'Quiet hours',
      'Notify about',
      'Chat',
      'Coding',
      'API',
    ]);
    for (const control of root.querySelectorAll('input, select')) {
      expect(text(root.querySelector(`label[for="${control.id}"]`)), control.id).not.toBe('');
    }
    const help = notificationsSection().querySelector('details');
    expect(text(help?.querySelector('summary'))).toBe('Not seeing notifications?');
    expect(help?.open).toBe(false);
    expect(text(help)).toContain('chrome://settings/content/notifications');
    expect(text(help)).toContain('System Settings > Notifications');
    expect(root.querySelector('.blocked')).toBeNull();
  });

  it('groups the watched assistants by category, each checked unless muted', async () => {
    await open(settingsWith({ muted: ['chatgpt'] }));
    const group = (category: string) =>
      [...root.querySelectorAll(`fieldset[data-category="${category}"] input`)].map((box) => [
        text(root.querySelector(`label[for="${box.id}"]`)),
        (box as HTMLInputElement).checked,
      ]);
    expect(group('chat')).toEqual([
      ['Claude', true],
      ['ChatGPT', false],
    ]);
    expect(group('coding')).toEqual([
      ['Claude Code', true],
      ['GitHub Copilot', true],
    ]);
    expect(group('api')).toEqual([['Claude API', true]]);
  });

  it('saves a toggled switch at once, keeping every other setting', async () => {
    const before = settingsWith();
    await open(before);
    input('notify-maintenance').click();
    const saved = await savedSettings((settings) => settings.notifications.maintenance);
    expect(saved).toEqual({ ...before, notifications: { ...before.notifications, maintenance: true } });
    expect(input('notify-maintenance').checked).toBe(true);

    input('notify-unreadable').click();
    await savedSettings((settings) => !settings.notifications.unreadable && settings.notifications.maintenance);
  });

  it('turning notifications off saves it and disables what no longer applies', async () => {
    await open();
    input('notify-enabled').click();
    await savedSettings((settings) => !settings.notifications.enabled);
    await vi.waitFor(() => expect(input('notify-maintenance').closest('fieldset')?.disabled).toBe(true));
    expect(root.querySelector<HTMLSelectElement>('#notify-from')?.disabled).toBe(true);
  });

  it('saves the minimum severity chosen', async () => {
    await open();
    change(input('notify-from'), 'major_outage');
    const saved = await savedSettings((settings) => settings.notifications.minSeverity !== 'partial_outage');
    expect(saved.notifications.minSeverity).toBe('major_outage');
  });

  it('unchecking an assistant mutes it; checking it again unmutes it', async () => {
    await open(settingsWith({ muted: ['claude-api'] }));
    input('notify-claude').click();
    const muted = await savedSettings((settings) => settings.notifications.muted.includes('claude'));
    expect(muted.notifications.muted).toEqual(['claude-api', 'claude']);
    input('notify-claude').click();
    const unmuted = await savedSettings((settings) => !settings.notifications.muted.includes('claude'));
    expect(unmuted.notifications.muted).toEqual(['claude-api']);
  });

  it('quiet hours: the switch, the times as minutes after midnight, and major outages breaking through', async () => {
    await open();
    input('quiet-enabled').click();
    await savedSettings((settings) => settings.notifications.quietHours.enabled);
    await vi.waitFor(() => expect(input('quiet-start').disabled).toBe(false));
    change(input('quiet-start'), '23:30');
    await savedSettings((settings) => settings.notifications.quietHours.startMinutes === 23 * 60 + 30);
    change(input('quiet-end'), '06:15');
    change(input('quiet-end'), '');
    input('quiet-break-through').click();
    const saved = await savedSettings((settings) => !settings.notifications.quietHours.majorOutagesBreakThrough);
    expect(saved.notifications.quietHours).toEqual({
      enabled: true,
      startMinutes: 1410,
      endMinutes: 375,
      majorOutagesBreakThrough: false,
    });
  });

  it('follows settings written elsewhere, and never overwrites them with what it read earlier', async () => {
    const before = settingsWith();
    await open(before);
    const snooze = { providerId: 'claude', until: Date.now() + 3_600_000 };
    await fakeBrowser.storage.local.set({
      settings: { ...before, notifications: { ...before.notifications, maintenance: true, snoozes: [snooze] } },
    });
    await vi.waitFor(() => expect(input('notify-maintenance').checked).toBe(true));
    input('notify-unreadable').click();
    const saved = await savedSettings((settings) => !settings.notifications.unreadable);
    expect(saved.notifications.maintenance).toBe(true);
    expect(saved.notifications.snoozes).toEqual([snooze]);
  });

  it('lists the active snoozes and removes the one asked for', async () => {
    const until = Date.parse('2099-01-02T12:00:00Z');
    const expired = { providerId: 'claude-code', until: Date.now() - 60_000 };
    const byIncident = { providerId: 'chatgpt', incidentId: 'abc123' };
    await open(settingsWith({ snoozes: [{ providerId: 'claude', until }, expired, byIncident] }));
    const rows = () => [...root.querySelectorAll('.snoozes .list-row')];
    expect(rows().map((row) => text(row.querySelector('span')))).toEqual([
      expect.stringMatching(/^Claude: snoozed until .*2099/),
      'ChatGPT: snoozed until its incident resolves',
    ]);
    const remove = rows()[0]?.querySelector('button');
    expect(remove?.getAttribute('aria-label')).toBe('Remove the snooze of Claude');
    remove?.click();
    const saved = await savedSettings((settings) => settings.notifications.snoozes.length === 2);
    expect(saved.notifications.snoozes).toEqual([expired, byIncident]);
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(document.activeElement?.id).toBe('snoozes-heading');
  });

  it('says when nothing is snoozed', async () => {
    await open();
    expect(text(root.querySelector('.snoozes h3'))).toBe('Snoozed');
    expect(text(root.querySelector('.snoozes p'))).toBe('No assistant is snoozed.');
    expect(root.querySelector('.snoozes li')).toBeNull();
  });
});

describe('the test notification', () => {
  function testButton(): HTMLButtonElement {
    const button = [...root.querySelectorAll('button')].find((element) => text(element) === 'Send a test notification');
    if (!button) throw new Error('no test button');
    return button;
  }

  it('asks the worker for one and says it was sent', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve(undefined);
    });
    await open();
    expect(text(root.querySelector('.test [role="status"]'))).toBe('');
    testButton().click();
    await vi.waitFor(() =>
      expect(text(root.querySelector('.test [role="status"]'))).toBe('Sent. If nothing appeared, see below.'),
    );
    expect(received).toEqual([{ type: 'test-notification' }]);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows an error line when the browser refused', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fakeBrowser.runtime.onMessage.addListener(() => Promise.reject(new Error('notifications are disabled')));
    await open();
    testButton().click();
    await vi.waitFor(() =>
      expect(text(root.querySelector('.test [role="alert"]'))).toBe(
        'Could not show a test notification: the browser refused it. See “Not seeing notifications?” on this page.',
      ),
    );
    expect(text(root.querySelector('.test [role="status"]'))).toBe('');
  });
});

describe('blocked notifications', () => {
  it("'denied' puts a warning first in the section, with the help open", async () => {
    notifications.getPermissionLevel = async () => 'denied';
    await open();
    const warning = await vi.waitFor(() => {
      const element = root.querySelector('.blocked');
      if (!element) throw new Error('no warning yet');
      return element;
    });
    expect(warning.previousElementSibling?.id).toBe('notifications-heading');
    expect(text(warning.querySelector('[role="alert"]'))).toContain('Notifications are blocked for AI Outage Radar');
    const details = notificationsSection().querySelectorAll('details');
    expect(details).toHaveLength(1);
    expect(details[0]?.open).toBe(true);
    expect(warning.contains(details[0] ?? null)).toBe(true);
  });

  it("'granted' shows no warning", async () => {
    const asked = vi.fn(async () => 'granted');
    notifications.getPermissionLevel = asked;
    await open();
    await vi.waitFor(() => expect(asked).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.querySelector('.blocked')).toBeNull();
    expect(notificationsSection().querySelector('details')?.open).toBe(false);
  });
});
