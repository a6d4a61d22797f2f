import { fakeBrowser } from '@webext-core/fake-browser';

/**
 * A page's `runtime.sendMessage` answered by the listeners registered in this process (the worker's, once
 * started), as the polyfill answers across the real process boundary: with the first listener's answer,
 * copied. fake-browser's own sendMessage resolves with nothing when a listener answers with a promise.
 */
export function routeMessagesToListeners(): { received: unknown[] } {
  const received: unknown[] = [];
  Object.assign(fakeBrowser.runtime, {
    async sendMessage(message: unknown): Promise<unknown> {
      received.push(structuredClone(message));
      const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
      return structuredClone(answers.find((answer) => answer !== undefined));
    },
  });
  return { received };
}
