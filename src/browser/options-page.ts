import { api } from './ext';

/** The extension's options page, in a tab of its own (both browsers open, or bring forward, their tab for it). */
export async function openOptionsPage(): Promise<void> {
  await api().runtime.openOptionsPage();
}
