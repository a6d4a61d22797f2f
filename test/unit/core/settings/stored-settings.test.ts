import { describe, expect, it } from 'vitest';
import { defaultNotificationSettings, defaultSettings, watchedProviders } from '../../../../src/core/settings/settings';
import { readStoredSettings } from '../../../../src/core/settings/stored-settings';
import { EXAMPLE_PAGE as PAGE } from '../../support/custom-pages';

describe('settings read back from storage', () => {
  it('version 1 (watch list and period only) migrates to the current version with defaults for the rest', () => {
    expect(readStoredSettings({ version: 1, watched: ['claude', 'chatgpt'], pollMinutes: 5 })).toEqual({
      ...defaultSettings(),
      watched: ['claude', 'chatgpt'],
      pollMinutes: 5,
    });
  });

  it('version 2 keeps its notification settings', () => {
    const notifications = { ...defaultNotificationSettings(), minSeverity: 'major_outage', muted: ['claude'] };
    expect(readStoredSettings({ version: 2, watched: ['claude'], pollMinutes: 2, notifications }).notifications).toEqual(
      notifications,
    );
  });

  it('a custom page is kept and watched like a built-in assistant; component choices apply', () => {
    const settings = readStoredSettings({
      ...defaultSettings(),
      watched: ['claude', PAGE.id],
      customPages: [PAGE],
      components: { claude: ['rwppv331jlwc', 'yyzkbfz2thpt'] },
    });
    expect(settings.customPages).toEqual([PAGE]);
    expect(watchedProviders(settings).map((provider) => [provider.id, provider.componentIds])).toEqual([
      ['claude', ['rwppv331jlwc', 'yyzkbfz2thpt']],
      [PAGE.id, undefined],
    ]);
  });

  it('what cannot be trusted is dropped, not used: bad pages, unknown ids, non-https sources', () => {
    const settings = readStoredSettings({
      ...defaultSettings(),
      watched: ['claude', 'no-such-assistant', 'custom:evil'],
      customPages: [
        { ...PAGE, id: 'custom:evil', sources: [{ platform: 'statuspage', url: 'http://evil.example/x' }] },
        { ...PAGE, id: 'claude' },
        { ...PAGE, platform: 'nope' },
        'junk',
      ],
      components: { 'no-such-assistant': ['x'], claude: 'rwppv331jlwc' },
      pollMinutes: 999,
    });
    expect(settings.watched).toEqual(['claude']);
    expect(settings.customPages).toEqual([]);
    expect(settings.components).toEqual({});
    expect(settings.pollMinutes).toBe(30);
  });

  it('anything else, or a future version, is the defaults', () => {
    for (const value of [undefined, null, 'x', 42, { version: 99 }, []])
      expect(readStoredSettings(value)).toEqual(defaultSettings());
  });

  it('what this code writes reads back exactly, with no problem told', () => {
    const problems: string[] = [];
    const full = {
      ...defaultSettings(),
      watched: ['claude', PAGE.id],
      customPages: [PAGE],
      components: { claude: ['rwppv331jlwc'] },
      notifications: {
        ...defaultNotificationSettings(),
        snoozes: [
          { providerId: 'claude', until: 4_102_444_800_000 },
          { providerId: PAGE.id, incidentId: 'x' },
        ],
      },
      focusOpenTabs: true,
    };
    for (const settings of [defaultSettings(), full])
      expect(readStoredSettings(JSON.parse(JSON.stringify(settings)), (problem) => problems.push(problem))).toEqual(settings);
    expect(problems).toEqual([]);
  });

  it('a value that does not fit is told by its first failing path, and read part by part', () => {
    const problems: string[] = [];
    const settings = readStoredSettings(
      {
        ...defaultSettings(),
        watched: ['claude', 42, 'chatgpt'],
        notifications: {
          ...defaultNotificationSettings(),
          enabled: 'yes',
          minSeverity: 'major_outage',
          snoozes: [{ providerId: 'claude' }, { providerId: 'chatgpt', until: 4_102_444_800_000 }],
          quietHours: { enabled: true, startMinutes: 9999, endMinutes: 60, majorOutagesBreakThrough: false },
        },
      },
      (problem) => problems.push(problem),
    );
    expect(problems).toEqual(['watched.1: text expected']);
    expect(settings.watched).toEqual(['claude', 'chatgpt']);
    expect(settings.notifications).toEqual({
      ...defaultNotificationSettings(),
      minSeverity: 'major_outage',
      snoozes: [{ providerId: 'chatgpt', until: 4_102_444_800_000 }],
      quietHours: { enabled: true, startMinutes: 22 * 60, endMinutes: 60, majorOutagesBreakThrough: false },
    });
  });

  it('a part missing from version 3 is told as missing, and takes its default', () => {
    const { focusOpenTabs: _, ...withoutTabs } = defaultSettings();
    const problems: string[] = [];
    expect(readStoredSettings(withoutTabs, (problem) => problems.push(problem))).toEqual(defaultSettings());
    expect(problems).toEqual(['focusOpenTabs: missing expected']);
  });

  it('a value of no known version is told, and is the defaults', () => {
    const problems: string[] = [];
    expect(readStoredSettings('garbage', (problem) => problems.push(problem))).toEqual(defaultSettings());
    expect(readStoredSettings({ version: 4 }, (problem) => problems.push(problem))).toEqual(defaultSettings());
    expect(problems).toEqual(['version: not settings of a known version', 'version: not settings of a known version']);
  });

  it('a page stored twice is kept once, its last copy; a bad chat address falls back to the status page', () => {
    const renamed = { ...PAGE, name: '  Renamed  ', chatUrl: 'http://chat.example-ai.test/' };
    const settings = readStoredSettings({ ...defaultSettings(), watched: [PAGE.id], customPages: [PAGE, renamed] });
    expect(settings.customPages).toEqual([{ ...PAGE, name: 'Renamed', chatUrl: PAGE.statusPageUrl }]);
  });
});
