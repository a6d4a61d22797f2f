import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { expect, vi } from 'vitest';
import type { Component, Settings, State } from '../../../src/core/model';
import { App } from '../../../src/options/App';

/**
 * The options page as the browser opens it, over what storage holds (nothing stored: the page's defaults);
 * resolves once the page has read its settings and shows its heading. The test file mocks
 * `webextension-polyfill` with fakeBrowser.
 */
export async function openOptions(settings: Settings | undefined, state?: State): Promise<HTMLElement> {
  if (settings) await fakeBrowser.storage.local.set({ settings });
  if (state) await fakeBrowser.storage.local.set({ state });
  const root = document.createElement('div');
  document.body.append(root);
  render(<App />, root);
  await vi.waitFor(() => expect(root.querySelector('h1')).not.toBeNull());
  return root;
}

/** A value chosen as the browser reports it: on `change`, as a select, a time or a number field fires it. */
export function change(element: HTMLInputElement | HTMLSelectElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A State in which each assistant named has been read, operational, with these components on its page. */
export function stateWith(components: Record<string, Component[]>): State {
  const at = '2026-11-22T12:00:00.000Z';
  const providers: State['providers'] = {};
  for (const [id, list] of Object.entries(components)) {
    providers[id] = {
      severity: 'operational',
      checkedAt: at,
      reading: { severity: 'operational', incidents: [], components: list, maintenances: [], source: '', fetchedAt: at },
    };
  }
  return { version: 1, checkedAt: at, providers };
}

/** Lets pending saves and renders run, for tests that check that nothing changed. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}
