// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { providerById } from '../../../src/core/catalog/providers';
import { translatorFrom } from '../../../src/core/i18n';
import type { Settings } from '../../../src/core/model';
import { pollProviders } from '../../../src/core/poll/poll';
import { defaultSettings } from '../../../src/core/settings/settings';
import { emptyState, foldResults } from '../../../src/core/state/fold';
import { PopupView } from '../../../src/popup/PopupView';
import { LocaleContext } from '../../../src/ui/i18n-context';
import { readSynthetic } from '../../fixtures';
import { fakeFetch } from '../support/fake-fetch';

const t = translatorFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const NOW = Date.parse('2026-10-08T00:00:00Z');
const settings: Settings = { ...defaultSettings(), watched: ['deepseek'] };

describe('the popup on a page that states no severity', () => {
  it('an open incident on DeepSeek\'s RSS (its JSON API down) is shown as "Incident posted", never as a level', async () => {
    const deepseek = providerById('deepseek');
    if (!deepseek) throw new Error('DeepSeek is in the catalog');
    // The JSON API does not answer; the RSS history, which states no severity, does.
    const fetch = fakeFetch({
      'https://status.deepseek.com/history.rss': { body: readSynthetic('synthetic-flashduty-history-rss-open.xml') },
    });
    const results = await pollProviders([deepseek], { fetch, now: () => NOW, timeoutMs: 1_000 });
    const state = foldResults(emptyState(), results, new Date(NOW).toISOString());
    const root = document.createElement('div');
    render(
      <LocaleContext.Provider value={{ t, language: 'en', now: NOW }}>
        <PopupView state={state} settings={settings} busy={false} onRefresh={() => {}} onSnooze={() => {}} />
      </LocaleContext.Provider>,
      root,
    );
    const card = root.querySelector('article[aria-labelledby="provider-deepseek"]');
    const words = [...(card?.querySelectorAll('.severity__word') ?? [])].map((word) => word.textContent);
    expect(words.length).toBeGreaterThan(1);
    expect(new Set(words)).toEqual(new Set(['Incident posted (no severity stated)']));
    expect(card?.textContent).not.toContain('Degraded');
  });
});
