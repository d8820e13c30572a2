// Component tests run in jsdom with fake-indexeddb: a real IndexedDB implementation in memory.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { deserialize, serialize } from 'node:v8';

// Dexie clones records with structuredClone; some DOM environments lack it.
globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;
