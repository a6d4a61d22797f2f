import { fakeBrowser } from '@webext-core/fake-browser';

/**
 * The pages reach the browser's own API (src/browser/ext.ts), not the polyfill the test files mock: in every
 * test it is the same fake-browser the mocked polyfill gives the worker.
 */
Object.assign(globalThis, { browser: fakeBrowser });
