// The Learn page's guided examples: what each one promises to show (its pointers, computed
// from a workspace built for the language on screen), loading one (a whole demo workspace in
// one write, then opened) and removing them all. Loaded on demand by the Learn page: none of
// the examples' data or code is in the first load.
import { ExamplesRepository } from '../db/examples-repository';
import {
  EXAMPLE_IDS,
  buildExample,
  examplePointers,
  type ExampleContext,
  type ExampleId,
  type ExampleLanguage,
  type ExamplePointer,
} from '../domain/examples';
import { localDay } from '../domain/leads/defaults';
import { monthAtTime } from '../domain/months';
import type { AppLocale, Plan } from '../domain/plan';
import type { AppState } from './app-state.svelte';

/** What a card says before anything is loaded: its figures and the formats they are written in. */
export interface ExamplePreview {
  id: ExampleId;
  planName: string;
  currency: string;
  locale: AppLocale;
  pointers: ExamplePointer[];
}

type App = Pick<AppState, 'db' | 'env' | 'i18n' | 'toasts' | 'workspace'> & { dataEpoch: number };

export class GuidedExamples {
  readonly #app: App;
  readonly #repo: ExamplesRepository;
  /** The example being loaded, or 'remove' while the examples are removed. */
  busy = $state<ExampleId | 'remove' | null>(null);

  constructor(app: App) {
    this.#app = app;
    this.#repo = new ExamplesRepository(app.db, () => app.env.now());
  }

  #context(language: ExampleLanguage, newId: () => string): ExampleContext {
    const now = this.#app.env.now();
    return { language, newId, now, thisMonth: monthAtTime(now), today: localDay(now) };
  }

  /** Every example built in `language` under throwaway ids, for its card. Writes nothing. */
  previews(language: ExampleLanguage): ExamplePreview[] {
    let n = 0;
    const ctx = this.#context(language, () => `preview-${(n += 1)}`);
    return EXAMPLE_IDS.map((id) => {
      const ws = buildExample(id, ctx);
      return {
        id,
        planName: ws.plan.name,
        currency: ws.plan.currency,
        locale: ws.plan.locale,
        pointers: examplePointers(ws, ctx.today),
      };
    });
  }

  /** The plans marked as examples among the workspace's plans (the live list). */
  loadedPlans(): Plan[] {
    return (this.#app.workspace.plans.current ?? []).filter((p) => p.example !== undefined);
  }

  /**
   * Writes the example in the language on screen and opens it; an example already loaded is
   * opened as it is (the user may have edited it), never loaded twice. Null on failure (said).
   */
  async load(id: ExampleId): Promise<Plan | null> {
    const app = this.#app;
    const existing = this.loadedPlans().find((p) => p.example === id);
    if (existing) {
      await app.workspace.open(existing.id);
      return existing;
    }
    this.busy = id;
    try {
      const ws = buildExample(id, this.#context(app.i18n.language, app.env.newId));
      const result = await this.#repo.load(ws);
      if (!result.ok) {
        app.toasts.show(app.i18n.storageMessage(result.error), { kind: 'error' });
        return null;
      }
      await app.workspace.open(result.value.id);
      app.toasts.show(app.i18n.t('examples.loaded', { name: result.value.name }));
      return result.value;
    } finally {
      this.busy = null;
    }
  }

  /** Deletes every plan marked as an example, and nothing else; answers how many. */
  async removeAll(): Promise<number> {
    const app = this.#app;
    this.busy = 'remove';
    try {
      const result = await this.#repo.removeAll();
      if (!result.ok) {
        app.toasts.show(app.i18n.storageMessage(result.error), { kind: 'error' });
        return 0;
      }
      // A screen holding a working copy of a removed plan reads the plans again.
      app.dataEpoch += 1;
      app.toasts.show(app.i18n.t('examples.removed', { count: result.value.length }));
      return result.value.length;
    } finally {
      this.busy = null;
    }
  }
}
