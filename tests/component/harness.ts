// Builds what <App> needs around a scratch database, so each test starts from nothing.
import { MixplanDb } from '../../src/db';
import type { Environment } from '../../src/state/plans.svelte';

let counter = 0;

export function scratchDbName(): string {
  counter += 1;
  return `mixplan-test-${Date.now()}-${counter}`;
}

/** A clock frozen at 15 June 2026 that ticks one second per call, and predictable ids. */
export function testEnvironment(): Environment {
  let now = Date.UTC(2026, 5, 15, 10, 0, 0);
  let id = 0;
  return {
    now: () => (now += 1000),
    newId: () => `id-${++id}-${Math.random().toString(36).slice(2, 8)}`,
  };
}

export function openDb(name: string): MixplanDb {
  return new MixplanDb(name);
}
