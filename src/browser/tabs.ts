import { api } from './ext';
import { hasTabsPermission } from './permissions';

/**
 * Bring an already open tab of the assistant forward, if the user allowed the extension to read tab
 * addresses (the optional "tabs" permission); otherwise, or if none is open, open a new tab.
 */
export async function openAssistant(chatUrl: string, focusOpenTabs: boolean): Promise<void> {
  if (focusOpenTabs && (await hasTabsPermission())) {
    const origin = new URL(chatUrl).origin;
    const [open] = await api().tabs.query({ url: `${origin}/*` });
    if (open?.id !== undefined) {
      await api().tabs.update(open.id, { active: true });
      if (open.windowId !== undefined) await api().windows.update(open.windowId, { focused: true });
      return;
    }
  }
  await api().tabs.create({ url: chatUrl });
}
