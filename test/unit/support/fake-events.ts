/**
 * A browser event with the shape the extension API gives (add, remove, has), and `trigger` for the test, for
 * the events @webext-core/fake-browser leaves unimplemented (permissions.onAdded, webRequest's).
 */
export interface FakeEvent<TArgs extends unknown[]> {
  addListener(listener: (...args: TArgs) => void, ...extra: unknown[]): void;
  removeListener(listener: (...args: TArgs) => void): void;
  hasListener(listener: (...args: TArgs) => void): boolean;
  hasListeners(): boolean;
  removeAllListeners(): void;
  trigger(...args: TArgs): void;
}

export function fakeEvent<TArgs extends unknown[]>(): FakeEvent<TArgs> {
  const listeners = new Set<(...args: TArgs) => void>();
  return {
    addListener: (listener) => void listeners.add(listener),
    removeListener: (listener) => void listeners.delete(listener),
    hasListener: (listener) => listeners.has(listener),
    hasListeners: () => listeners.size > 0,
    removeAllListeners: () => listeners.clear(),
    trigger: (...args) => {
      for (const listener of listeners) listener(...args);
    },
  };
}
