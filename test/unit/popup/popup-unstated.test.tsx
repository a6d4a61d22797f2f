// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { providerById } from '../../../src/core/catalog/providers';
import type { Settings } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings/settings';
import { emptyState } from '../../../src/core/state/fold';
import { readSynthetic } from '../../fixtures';
import { poll } from '../support/poll-sequence';
import { showPopup } from '../support/views';

const NOW = Date.parse('2026-10-08T00:00:00Z');
const settings: Settings = { ...defaultSettings(), watched: ['deepseek'] };

describe('the popup on a page that states no severity', () => {
  it('an open incident on DeepSeek\'s RSS (its JSON API down) is shown as "Incident posted", never as a level', async () => {
    const deepseek = providerById('deepseek');
    if (!deepseek) throw new Error('DeepSeek is in the catalog');
    // The JSON API does not answer; the RSS history, which states no severity, does.
    const pages = {
      'https://status.deepseek.com/history.rss': { body: readSynthetic('synthetic-flashduty-history-rss-open.xml') },
    };
    const state = await poll(emptyState(), pages, new Date(NOW).toISOString(), [deepseek]);
    const root = showPopup(NOW, { state, settings });
    const card = root.querySelector('details.entry[data-providers~="deepseek"]');
    const words = [...(card?.querySelectorAll('.severity__word') ?? [])].map((word) => word.textContent);
    // Said once, by the row: its incidents state no other level.
    expect(words).toEqual(['Incident posted (no severity stated)']);
    expect(card?.querySelectorAll('.incident').length).toBeGreaterThan(0);
    expect(card?.textContent).not.toContain('Degraded');
    expect(root.querySelector('h1')?.textContent).toBe('Incident posted (no severity stated): DeepSeek');
  });
});
