import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../src/core/catalog/providers';
import {
  buildCustomPage,
  type CustomPageForm,
  checkCustomPageForm,
  clipName,
  defaultName,
  discoveryFailureText,
  formProblemText,
  hostPermissionsToRelease,
  platformLabel,
  readPageAddress,
  withCustomPage,
  withoutCustomPage,
} from '../../../../src/core/discovery/custom-page';
import { discover } from '../../../../src/core/discovery/discover';
import { translatorFrom } from '../../../../src/core/i18n';
import type { CustomPage, Settings } from '../../../../src/core/model';
import { PLATFORM_NAMES } from '../../../../src/core/platforms/parsers';
import { defaultSettings, watchedProviders } from '../../../../src/core/settings/settings';
import { CUSTOM_NAME_MAX_LENGTH, readStoredSettings } from '../../../../src/core/settings/stored-settings';
import { readFixture } from '../../../fixtures';
import { statuspagePageAt as page } from '../../support/custom-pages';
import { fakeFetch } from '../../support/fake-fetch';

const messages: Record<string, { message: string }> = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
const t = translatorFrom(messages);

const FORM: CustomPageForm = { statusPageUrl: 'https://status.example-ai.test/', name: '', category: 'chat', chatUrl: '' };

function settingsWith(customPages: CustomPage[] = [], patch: Partial<Settings> = {}): Settings {
  const defaults = defaultSettings();
  return { ...defaults, watched: ['claude', ...customPages.map((entry) => entry.id)], customPages, ...patch };
}

describe('reading the address typed in the form', () => {
  it('takes an https URL, and a bare host as https', () => {
    const typed = readPageAddress('  https://status.example-ai.test/incidents  ');
    expect(typed.ok && typed.url.href).toBe('https://status.example-ai.test/incidents');
    const bare = readPageAddress('status.example-ai.test');
    expect(bare.ok && bare.url.href).toBe('https://status.example-ai.test/');
  });

  it('refuses nothing, another scheme, what is no address, and an address with credentials', () => {
    expect(readPageAddress('   ')).toEqual({ ok: false, problem: { kind: 'url_missing' } });
    expect(readPageAddress('http://status.example-ai.test/')).toEqual({ ok: false, problem: { kind: 'url_not_https' } });
    expect(readPageAddress('javascript:alert(1)')).toEqual({ ok: false, problem: { kind: 'url_not_https' } });
    expect(readPageAddress('https://exa mple.test')).toEqual({
      ok: false,
      problem: { kind: 'url_invalid', typed: 'https://exa mple.test' },
    });
    expect(readPageAddress('https://user:secret@status.example-ai.test/')).toEqual({
      ok: false,
      problem: { kind: 'url_invalid', typed: 'https://user:secret@status.example-ai.test/' },
    });
  });
});

describe('names', () => {
  it('tidies white space and cuts at the stored length without splitting a character', () => {
    expect(clipName('  Example \n  AI  ')).toBe('Example AI');
    expect(clipName('x'.repeat(80))).toHaveLength(CUSTOM_NAME_MAX_LENGTH);
    // 59 letters and an emoji (two UTF-16 units): the emoji does not fit and is not cut in half.
    const clipped = clipName(`${'a'.repeat(59)}🚀 more`);
    expect(clipped).toBe('a'.repeat(59));
    expect(clipName(`${'a'.repeat(58)}🚀 more`)).toBe(`${'a'.repeat(58)}🚀`);
  });

  it('a page without a name is called by its host, without "status." or "www."', () => {
    expect(defaultName('status.example-ai.test')).toBe('example-ai.test');
    expect(defaultName('www.example-status.test')).toBe('example-status.test');
    expect(defaultName('example-ai.test')).toBe('example-ai.test');
    expect(defaultName('status.localhost')).toBe('status.localhost');
  });
});

describe('checking the form', () => {
  it('asks for the host of the page only, with the name typed or one from the host', () => {
    expect(checkCustomPageForm({ ...FORM, name: ' Example AI ', category: 'coding' }, settingsWith())).toEqual({
      ok: true,
      request: {
        pageUrl: 'https://status.example-ai.test/',
        host: 'status.example-ai.test',
        permission: 'https://status.example-ai.test/*',
        name: 'Example AI',
        category: 'coding',
      },
    });
    const unnamed = checkCustomPageForm({ ...FORM, chatUrl: 'chat.example-ai.test' }, settingsWith());
    expect(unnamed.ok && unnamed.request).toMatchObject({ name: 'example-ai.test', chatUrl: 'https://chat.example-ai.test/' });
  });

  it('refuses a chat address that is not https', () => {
    expect(checkCustomPageForm({ ...FORM, chatUrl: 'http://chat.example-ai.test' }, settingsWith())).toEqual({
      ok: false,
      problem: { kind: 'chat_url_invalid' },
    });
  });

  it('refuses a host a built-in assistant reads, through its status page or any of its sources', () => {
    expect(checkCustomPageForm({ ...FORM, statusPageUrl: 'https://status.claude.com/' }, settingsWith())).toEqual({
      ok: false,
      problem: { kind: 'built_in', host: 'status.claude.com', name: 'Claude' },
    });
    // Claude's fallback source, not its status page.
    expect(checkCustomPageForm({ ...FORM, statusPageUrl: 'anthropic.statuspage.io' }, settingsWith())).toEqual({
      ok: false,
      problem: { kind: 'built_in', host: 'anthropic.statuspage.io', name: 'Claude' },
    });
  });

  it('refuses a host already added, whatever path or name it was added with', () => {
    const added = page('status.example-ai.test', { name: 'Example' });
    expect(
      checkCustomPageForm(
        { ...FORM, statusPageUrl: 'https://status.example-ai.test/history', name: 'Other' },
        settingsWith([added]),
      ),
    ).toEqual({ ok: false, problem: { kind: 'already_added', host: 'status.example-ai.test', name: 'Example' } });
    // Another host is fine.
    expect(checkCustomPageForm({ ...FORM, statusPageUrl: 'https://status.other-ai.test' }, settingsWith([added])).ok).toBe(true);
  });
});

describe('the page built from what discovery found', () => {
  async function discovered() {
    const fetch = fakeFetch({
      'https://status.example-ai.test/api/v2/status.json': {
        body: readFixture('statuspage/anthropic-v2-status-operational-1.json'),
      },
    });
    const found = await discover('https://status.example-ai.test/', { fetch, now: () => 0, timeoutMs: 1_000 });
    if (!found.ok) throw new Error(found.failure.message);
    return found.value;
  }

  it('a Statuspage page: custom:<host>, the status page as the chat address, the sources discovery found', async () => {
    const checked = checkCustomPageForm(FORM, settingsWith());
    if (!checked.ok) throw new Error('the form was refused');
    const built = buildCustomPage(checked.request, await discovered());
    expect(built).toEqual({
      id: 'custom:status.example-ai.test',
      name: 'example-ai.test',
      category: 'chat',
      statusPageUrl: 'https://status.example-ai.test',
      chatUrl: 'https://status.example-ai.test',
      platform: 'statuspage',
      sources: [
        { platform: 'statuspage', url: 'https://status.example-ai.test/api/v2/summary.json' },
        { platform: 'feed', url: 'https://status.example-ai.test/history.atom' },
      ],
    });
  });

  it('saved, it survives the stored-settings check and is polled as a watched provider', async () => {
    const checked = checkCustomPageForm(
      { ...FORM, name: 'Example AI', chatUrl: 'https://chat.example-ai.test/' },
      settingsWith(),
    );
    if (!checked.ok) throw new Error('the form was refused');
    const built = buildCustomPage(checked.request, await discovered());
    const saved = readStoredSettings(JSON.parse(JSON.stringify(withCustomPage(settingsWith(), built))));
    expect(saved.customPages).toEqual([built]);
    expect(saved.watched).toEqual(['claude', 'custom:status.example-ai.test']);
    expect(watchedProviders(saved).map((provider) => [provider.id, provider.name, provider.chatUrl])).toEqual([
      ['claude', 'Claude', 'https://claude.ai/'],
      ['custom:status.example-ai.test', 'Example AI', 'https://chat.example-ai.test/'],
    ]);
  });
});

describe('editing the settings', () => {
  it('adding appends the page and watches it last, once, even when the same host was added meanwhile', () => {
    const first = page('status.example-ai.test', { name: 'First' });
    const again = page('status.example-ai.test', { name: 'Again' });
    const other = page('status.other-ai.test');
    const once = withCustomPage(settingsWith([other]), first);
    expect(once.customPages).toEqual([other, first]);
    expect(once.watched).toEqual(['claude', 'custom:status.other-ai.test', 'custom:status.example-ai.test']);
    const twice = withCustomPage(once, again);
    expect(twice.customPages).toEqual([other, again]);
    expect(twice.watched).toEqual(once.watched);
  });

  it('removing forgets the page everywhere, and nothing else', () => {
    const removed = page('status.example-ai.test');
    const kept = page('status.other-ai.test');
    const before = settingsWith([removed, kept], {
      components: { [removed.id]: ['x'], claude: ['y'] },
    });
    before.notifications = {
      ...before.notifications,
      muted: [removed.id, 'claude'],
      snoozes: [
        { providerId: removed.id, until: 1 },
        { providerId: 'claude', incidentId: 'i' },
      ],
    };
    const after = withoutCustomPage(before, removed.id);
    expect(after.customPages).toEqual([kept]);
    expect(after.watched).toEqual(['claude', kept.id]);
    expect(after.components).toEqual({ claude: ['y'] });
    expect(after.notifications.muted).toEqual(['claude']);
    expect(after.notifications.snoozes).toEqual([{ providerId: 'claude', incidentId: 'i' }]);
    expect(after.notifications.quietHours).toEqual(before.notifications.quietHours);
  });
});

describe('host access given back on removal', () => {
  it("the page's host, unless another page or a built-in source still reads it", () => {
    const removed = page('status.example-ai.test');
    expect(hostPermissionsToRelease(removed, settingsWith())).toEqual(['https://status.example-ai.test/*']);

    const sameHost = page('status.example-ai.test', { id: 'custom:other-id' });
    expect(hostPermissionsToRelease(removed, settingsWith([sameHost]))).toEqual([]);

    // A (hand-edited) page reading a built-in host: the manifest's access is never given back.
    const onClaude = page('status.example-ai.test', {
      sources: [
        { platform: 'statuspage', url: 'https://status.claude.com/api/v2/summary.json' },
        { platform: 'feed', url: 'https://status.example-ai.test/history.atom' },
      ],
    });
    expect(hostPermissionsToRelease(onClaude, settingsWith())).toEqual(['https://status.example-ai.test/*']);
  });
});

describe('words', () => {
  it('every platform has a name of its own in _locales', () => {
    for (const platform of PLATFORM_NAMES) {
      const label = platformLabel(platform, t);
      expect(label, platform).not.toBe('');
    }
    expect(platformLabel('statuspage', t)).toBe('Statuspage');
    expect(platformLabel('incidentio', t)).toBe('incident.io');
    expect(new Set(PLATFORM_NAMES.map((platform) => platformLabel(platform, t))).size).toBe(PLATFORM_NAMES.length);
  });

  it('form problems', () => {
    expect(formProblemText({ kind: 'url_missing' }, t)).toBe('Enter the address of a status page.');
    expect(formProblemText({ kind: 'url_invalid', typed: 'a b' }, t)).toBe('“a b” is not a web address.');
    expect(formProblemText({ kind: 'built_in', host: 'status.claude.com', name: 'Claude' }, t)).toBe(
      'status.claude.com is already watched: it is the status page of Claude, which is built in.',
    );
    expect(formProblemText({ kind: 'already_added', host: 'status.example-ai.test', name: 'Example' }, t)).toBe(
      'status.example-ai.test is already in your list, as Example.',
    );
  });

  it("discovery failures: no platform found, or the failure's own kind", () => {
    expect(discoveryFailureText('status.example-ai.test', { kind: 'bad_payload', message: 'no known status platform' }, t)).toBe(
      'No status page the radar can read answers at status.example-ai.test. It tried Statuspage, incident.io, Instatus, ' +
        'Better Stack and the usual feed addresses. Nothing was added.',
    );
    expect(discoveryFailureText('status.example-ai.test', { kind: 'timeout', message: 'no answer within 10 s' }, t)).toBe(
      'status.example-ai.test could not be read: the status page did not answer in time. Nothing was added.',
    );
    expect(discoveryFailureText('status.example-ai.test', { kind: 'http', status: 503, message: 'HTTP 503' }, t)).toBe(
      'status.example-ai.test could not be read: the status page answered with an error (HTTP 503). Nothing was added.',
    );
  });

  it('every custom message has a description', () => {
    const custom = Object.entries(messages).filter(([key]) => key.startsWith('custom'));
    expect(custom.length).toBeGreaterThan(20);
    for (const [key, entry] of custom) expect((entry as { description?: string }).description, key).toBeTruthy();
  });
});

it('no built-in assistant id starts like a custom page id', () => {
  expect(CATALOG.filter((provider) => provider.id.startsWith('custom:'))).toEqual([]);
});
