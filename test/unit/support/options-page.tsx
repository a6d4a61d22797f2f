import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { expect, vi } from 'vitest';
import type { Component, Settings, State } from '../../../src/core/model';
import { App } from '../../../src/options/App';

/** The pages opened since the last close, so that no test leaves a mounted page (and its listeners) behind. */
const opened: HTMLElement[] = [];

/** fake-browser leaves permissions to each test; its types say void where the browsers answer true or false. */
export const fakePermissions = fakeBrowser.permissions as unknown as Record<
  'request' | 'remove' | 'contains',
  (asked: unknown) => Promise<boolean>
>;

/**
 * The browser throws instead of asking, as both do when the request is not made within a click; the page logs
 * why, which the test silences.
 */
export function failPermissionRequests(): void {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(fakePermissions, 'request').mockRejectedValue(new Error('not in a user gesture'));
}

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
  opened.push(root);
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

/** Closes every page opened since the last call, as closing the tab would: unmounted, nothing left in the document. */
export function closeOptions(): void {
  for (const root of opened.splice(0)) render(null, root);
  document.body.innerHTML = '';
}

/** The element with this id anywhere in the document, or a clear failure naming the id. */
export function byId<T extends HTMLElement = HTMLInputElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no #${id}`);
  return element as T; // the caller names the element type its id stands for
}
