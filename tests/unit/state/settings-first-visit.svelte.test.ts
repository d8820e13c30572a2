// A first visit's welcome screen is usable before the settings are read (src/state/app-state
// start, firstVisit): what the user sets meanwhile must outlive the read that answers later.
import { describe, expect, it } from 'vitest';
import type { MetaRepository } from '../../../src/db';
import { Settings } from '../../../src/state/settings.svelte';

/** A meta table whose read answers only when told to, with what it held when asked. */
function slowMeta(stored: Record<string, unknown>) {
  let answer: () => void = () => {};
  const repo = {
    all: () =>
      new Promise<Map<string, unknown>>((resolve) => {
        const snapshot = new Map(Object.entries(stored));
        answer = () => resolve(snapshot);
      }),
    set: async (key: string, value: unknown) => {
      stored[key] = value;
      return { ok: true as const, value: undefined };
    },
  } as unknown as MetaRepository;
  return { repo, answer: () => answer() };
}

describe('Settings read while the user already acts', () => {
  it('keeps a plan and a language chosen before the read answered', async () => {
    const meta = slowMeta({ currentPlanId: 'older', language: 'fr', theme: 'dark' });
    const settings = new Settings(meta.repo, 'fr');
    settings.assumeDefaults();
    expect(settings.loaded).toBe(true);

    const loading = settings.load();
    await settings.setCurrentPlan('demo');
    await settings.setLanguage('en');
    meta.answer();
    await loading;

    expect(settings.currentPlanId).toBe('demo');
    expect(settings.language).toBe('en');
    // What the user did not touch comes from the read.
    expect(settings.theme).toBe('dark');
  });

  it('takes everything from a later read (a restored backup replaced the table)', async () => {
    const stored: Record<string, unknown> = {};
    const meta = slowMeta(stored);
    const settings = new Settings(meta.repo, 'fr');
    await settings.setLanguage('fr');
    await settings.setCurrentPlan('mine');
    Object.assign(stored, { language: 'en', currentPlanId: 'restored' });
    const reload = settings.load();
    meta.answer();
    await reload;
    expect(settings.language).toBe('en');
    expect(settings.currentPlanId).toBe('restored');
  });
});
