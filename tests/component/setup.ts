// Component tests run in jsdom with fake-indexeddb: a real IndexedDB implementation in memory.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/svelte';
import '@testing-library/jest-dom/vitest';
import { deserialize, serialize } from 'node:v8';
import { LANGUAGES, loadLanguage } from '../../src/i18n';

// The app fetches its user's language before it mounts (src/main.ts); tests use both.
await Promise.all(LANGUAGES.map(loadLanguage));

// Dexie clones records with structuredClone; some DOM environments lack it.
globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;

// jsdom does no layout: give elements a laptop-sized box and a ResizeObserver that reports
// nothing, so components that measure themselves (the grid's viewport) render as on screen.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get: () => 1200,
});
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get: () => 480,
});

// The first render of a file waits for Vite to transform the lazily loaded screen it shows;
// on a 2-core CI machine under the whole suite that can pass the library's 1 s default.
// A later assertion that never comes true still fails, only after 5 s.
configure({ asyncUtilTimeout: 5000 });
