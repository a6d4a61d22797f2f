/**
 * The few extension APIs the bench calls inside the browser (the project has no chrome typings). A type only:
 * each file that evaluates code in an extension declares `chrome` with it, since there it exists.
 */
export interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: { getBytesInUse(keys: null): Promise<number>; get(keys: null): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number; periodInMinutes?: number }[]>;
    create(name: string, info: { when: number; periodInMinutes?: number }): Promise<void>;
  };
}

/** One storage.onChanged entry, as the bench's listener in an extension page records it. */
export interface StorageWrite {
  area: string;
  key: string;
  /** UTF-8 bytes of the new value's JSON; 0 for a removal. */
  bytes: number;
}

/** What the bench leaves on an extension page's global object, between two evaluate() calls. */
export interface BenchGlobals {
  benchStorageWrites?: StorageWrite[];
}
