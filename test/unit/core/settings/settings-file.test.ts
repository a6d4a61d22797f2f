import { describe, expect, it } from 'vitest';
import type { CustomPage, Settings } from '../../../../src/core/model';
import { defaultNotificationSettings, defaultSettings } from '../../../../src/core/settings/settings';
import {
  MAX_SETTINGS_FILE_CHARS,
  parseSettingsFile,
  problemText,
  SETTINGS_FILE_NAME,
  type SettingsFileResult,
  settingsFileText,
} from '../../../../src/core/settings/settings-file';
import { MAX_CUSTOM_PAGES } from '../../../../src/core/settings/stored-settings';
import { englishT as t } from '../../support/english';

const PAGE: CustomPage = {
  id: 'custom:status.example-ai.com',
  name: 'Example AI',
  category: 'chat',
  statusPageUrl: 'https://status.example-ai.com',
  chatUrl: 'https://chat.example-ai.com/',
  platform: 'statuspage',
  sources: [{ platform: 'statuspage', url: 'https://status.example-ai.com/api/v2/summary.json' }],
};

/** Settings touching every part of the file: what a user who changed everything would export. */
function everything(): Settings {
  return {
    version: 3,
    watched: ['chatgpt', PAGE.id, 'claude', 'meta-ai', 'claude-code'],
    pollMinutes: 7,
    notifications: {
      enabled: true,
      minSeverity: 'degraded',
      maintenance: true,
      unreadable: false,
      ownTraffic: true,
      muted: ['claude-code'],
      snoozes: [
        { providerId: 'claude', until: Date.parse('2099-01-02T12:00:00Z') },
        { providerId: 'chatgpt', incidentId: '01KX0000000000000000000000' },
        { providerId: PAGE.id, until: 4_102_444_800_000, incidentId: 'abc' },
      ],
      quietHours: { enabled: true, startMinutes: 1410, endMinutes: 375, majorOutagesBreakThrough: false },
    },
    components: { claude: ['rwppv331jlwc', 'yyzkbfz2thpt'], [PAGE.id]: ['x1'] },
    customPages: [PAGE],
    focusOpenTabs: true,
    ownTraffic: ['claude', 'chatgpt'],
  };
}

/** A version 3 file (what export writes), with one part replaced; `undefined` removes that part. */
function fileWith(patch: Record<string, unknown>): string {
  const contents: Record<string, unknown> = { ...everything(), ...patch };
  return JSON.stringify(contents);
}

function notificationsWith(patch: Record<string, unknown>): string {
  return fileWith({ notifications: { ...everything().notifications, ...patch } });
}

/** The reason shown on the options page, or a failure when the file was accepted. */
function reasonFor(result: SettingsFileResult): string {
  if (result.ok) throw new Error('the file was accepted');
  return problemText(result.reason, t);
}

describe('exporting', () => {
  it('writes the full settings as indented JSON with a final newline, under the documented name', () => {
    const text = settingsFileText(everything());
    expect(SETTINGS_FILE_NAME).toBe('ai-outage-radar-settings.json');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "version": 3,\n');
    expect(JSON.parse(text)).toEqual(everything());
  });

  it('a file exported reads back as the same settings, with every part in use', () => {
    expect(parseSettingsFile(settingsFileText(everything()))).toEqual({ ok: true, settings: everything() });
  });

  it('the defaults read back as the defaults', () => {
    expect(parseSettingsFile(settingsFileText(defaultSettings()))).toEqual({ ok: true, settings: defaultSettings() });
  });
});

describe('importing older versions', () => {
  it('version 1 (watch list and period only) migrates, with defaults for the rest', () => {
    const result = parseSettingsFile('{"version": 1, "watched": ["claude", "chatgpt"], "pollMinutes": 5}');
    expect(result).toEqual({ ok: true, settings: { ...defaultSettings(), watched: ['claude', 'chatgpt'], pollMinutes: 5 } });
  });

  it('version 2 keeps its notification settings', () => {
    const notifications = { ...defaultNotificationSettings(), minSeverity: 'major_outage', muted: ['claude'] };
    const result = parseSettingsFile(JSON.stringify({ version: 2, watched: ['claude'], pollMinutes: 2, notifications }));
    expect(result).toEqual({ ok: true, settings: { ...defaultSettings(), watched: ['claude'], notifications } });
  });

  it('what an older file has must still be right', () => {
    expect(reasonFor(parseSettingsFile('{"version": 1, "watched": ["claude"], "pollMinutes": "5"}'))).toBe(
      'pollMinutes: expected a whole number from 1 to 30',
    );
    expect(reasonFor(parseSettingsFile('{"version": 2, "watched": ["claude", "bard"]}'))).toBe(
      'It names assistants this extension does not know: bard.',
    );
  });

  it('a byte-order mark, as some editors save, is no problem', () => {
    expect(parseSettingsFile(`\uFEFF${settingsFileText(everything())}`).ok).toBe(true);
  });
});

describe('refusing a broken file, with the reason', () => {
  it('not JSON', () => {
    const cut = settingsFileText(everything()).slice(0, 200);
    expect(parseSettingsFile(cut)).toEqual({ ok: false, reason: { kind: 'notJson' } });
    expect(reasonFor(parseSettingsFile(cut))).toBe('The file is not a settings file: it is not JSON.');
    expect(parseSettingsFile('').ok).toBe(false);
  });

  it('JSON, but not settings', () => {
    for (const text of ['[]', '"settings"', 'null', '42']) {
      expect(parseSettingsFile(text), text).toEqual({ ok: false, reason: { kind: 'notSettings' } });
    }
    expect(reasonFor(parseSettingsFile('[]'))).toBe('The file is not an AI Outage Radar settings file.');
  });

  it('a version this code does not know, or none', () => {
    expect(reasonFor(parseSettingsFile(fileWith({ version: 4 })))).toBe(
      'Its settings version is 4; this extension reads versions 1, 2 and 3.',
    );
    expect(reasonFor(parseSettingsFile(fileWith({ version: '3' })))).toBe(
      'Its settings version is "3"; this extension reads versions 1, 2 and 3.',
    );
    expect(reasonFor(parseSettingsFile(fileWith({ version: undefined })))).toBe(
      'Its settings version is missing; this extension reads versions 1, 2 and 3.',
    );
  });

  it('assistants it does not know, wherever they are named, each named once', () => {
    const file = JSON.stringify({
      ...everything(),
      watched: ['claude', 'bard', 'custom:gone.example'],
      notifications: { ...everything().notifications, muted: ['bard'], snoozes: [{ providerId: 'jasper', until: 1 }] },
      components: { 'custom:other.example': ['a'] },
    });
    expect(parseSettingsFile(file)).toEqual({
      ok: false,
      reason: { kind: 'unknownIds', ids: ['bard', 'custom:gone.example', 'jasper', 'custom:other.example'] },
    });
    expect(reasonFor(parseSettingsFile(file))).toBe(
      'It names assistants this extension does not know: bard, custom:gone.example, jasper, custom:other.example.',
    );
  });

  it('a page the file adds is known to the rest of the file', () => {
    const withoutPage = fileWith({ customPages: [] });
    expect(reasonFor(parseSettingsFile(withoutPage))).toBe(`It names assistants this extension does not know: ${PAGE.id}.`);
  });

  it('a value of the wrong type or out of range names where it is and what was expected', () => {
    const cases: [string, string][] = [
      [
        notificationsWith({ quietHours: { ...everything().notifications.quietHours, startMinutes: 1440 } }),
        'notifications.quietHours.startMinutes: expected a whole number from 0 to 1439',
      ],
      [
        notificationsWith({ quietHours: { ...everything().notifications.quietHours, endMinutes: 7.5 } }),
        'notifications.quietHours.endMinutes: expected a whole number from 0 to 1439',
      ],
      [fileWith({ pollMinutes: 0 }), 'pollMinutes: expected a whole number from 1 to 30'],
      [fileWith({ pollMinutes: 31 }), 'pollMinutes: expected a whole number from 1 to 30'],
      [fileWith({ watched: ['claude', 7] }), 'watched[1]: expected text in quotes'],
      [fileWith({ watched: 'claude' }), 'watched: expected a list in brackets [ ]'],
      [fileWith({ focusOpenTabs: 'yes' }), 'focusOpenTabs: expected true or false'],
      [fileWith({ notifications: [] }), 'notifications: expected a group of settings in braces { }'],
      [fileWith({ notifications: undefined }), 'notifications: missing'],
      [
        notificationsWith({ minSeverity: 'minor' }),
        'notifications.minSeverity: expected one of: degraded, partial_outage, major_outage',
      ],
      [
        notificationsWith({ snoozes: [{ providerId: 'claude' }] }),
        'notifications.snoozes[0]: expected an end time (until) or an incident (incidentId)',
      ],
      [
        notificationsWith({ snoozes: [{ providerId: 'claude', until: '2099' }] }),
        'notifications.snoozes[0].until: expected a number',
      ],
      [fileWith({ components: { claude: 'rwppv331jlwc' } }), 'components.claude: expected a list in brackets [ ]'],
      [fileWith({ components: [['claude']] }), 'components: expected a group of settings in braces { }'],
      [fileWith({ version: 3, watched: undefined }), 'watched: missing'],
      [
        fileWith({ customPages: [{ ...PAGE, statusPageUrl: 'http://status.example-ai.com' }] }),
        'customPages[0].statusPageUrl: expected an address starting with https://',
      ],
      [fileWith({ customPages: [{ ...PAGE, id: 'example' }] }), 'customPages[0].id: expected an id starting with custom:'],
      [fileWith({ customPages: [{ ...PAGE, name: '  ' }] }), 'customPages[0].name: expected a name that is not empty'],
      [fileWith({ customPages: [{ ...PAGE, sources: [] }] }), 'customPages[0].sources: expected at least one source'],
      [
        fileWith({ customPages: [{ ...PAGE, sources: [{ platform: 'wordpress', url: PAGE.statusPageUrl }] }] }),
        'customPages[0].sources[0].platform: expected one of: ',
      ],
    ];
    for (const [file, reason] of cases) {
      const said = reasonFor(parseSettingsFile(file));
      if (reason.endsWith(': ')) expect(said.startsWith(reason), said).toBe(true);
      else expect(said).toBe(reason);
    }
  });

  it(`a file that adds more pages than the radar keeps (${MAX_CUSTOM_PAGES}) is refused, not cut short unsaid`, () => {
    // The file's own page first: the rest of the file names it.
    const others = Array.from({ length: MAX_CUSTOM_PAGES }, (_, index) => ({
      ...PAGE,
      id: `custom:status.example-${index}.com`,
    }));
    const many = [PAGE, ...others];
    expect(reasonFor(parseSettingsFile(fileWith({ customPages: many })))).toBe(
      `customPages: expected at most ${MAX_CUSTOM_PAGES} status pages`,
    );
    const enough = many.slice(0, MAX_CUSTOM_PAGES);
    const result = parseSettingsFile(fileWith({ customPages: enough }));
    expect(result.ok && result.settings.customPages).toHaveLength(MAX_CUSTOM_PAGES);
  });

  it('a file far bigger than any settings file is not read', () => {
    const huge = `{"version": 3, "padding": "${'x'.repeat(MAX_SETTINGS_FILE_CHARS)}"}`;
    expect(reasonFor(parseSettingsFile(huge))).toBe('The file is too large to be a settings file.');
  });
});
