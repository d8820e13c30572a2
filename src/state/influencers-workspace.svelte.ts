// The influencer screen's working state: the open plan's influencers and sheet settings, this
// tab's edits shown at once, the computed sheet (tiers, engagement, costs, flags, scores,
// ranks), and add / edit / remove with undo.
//
// FIRST STEP: the API as the screen uses it, held in memory only. The database-backed
// version (observed across tabs, edits written as change messages) replaces the insides,
// keeping every member below.
import type { InfluencerChange } from '../domain/influencers/changes';
import { applyInfluencerChange } from '../domain/influencers/changes';
import type { Influencer } from '../domain/influencers/model';
import { rescore, computeSheet, type ComputedSheet } from '../domain/influencers/sheet';
import { defaultInfluencerSettings, type InfluencerSettings } from '../domain/influencers/settings';
import type { Plan } from '../domain/plan';
import type { AppState } from './app-state.svelte';

export class InfluencersWorkspace {
  readonly #app: AppState;
  #list = $state.raw<Influencer[]>([]);
  #settings = $state.raw<InfluencerSettings | null>(null);

  readonly plan: Plan | null = $derived.by(() => this.#app.workspace.current);
  readonly planId: string | null = $derived.by(() => this.#app.workspace.current?.id ?? null);

  /** The plan's influencers, in the order they were added, with this tab's edits on top. */
  readonly influencers: Influencer[] = $derived.by(() =>
    this.#list.filter((i) => i.planId === this.planId),
  );

  /** The plan's sheet settings (defaults until the user changes one). */
  readonly settings: InfluencerSettings = $derived.by(
    () => this.#settings ?? defaultInfluencerSettings(this.planId ?? '', 0),
  );

  // The full computation runs when the rows or what they depend on change; a weight alone
  // only rescores (10 000 rows in a few ms).
  readonly #base: ComputedSheet = $derived.by(() =>
    computeSheet(this.influencers, { ...this.settings, weights: this.#baseWeights }),
  );
  #baseWeights = $state.raw(defaultInfluencerSettings('', 0).weights);

  /** Every computed column, one entry per influencer in `influencers` order. */
  readonly sheet: ComputedSheet = $derived.by(() =>
    this.settings.weights === this.#baseWeights
      ? this.#base
      : rescore(this.#base, this.settings.weights),
  );

  /** Must be constructed during component setup. */
  constructor(app: AppState) {
    this.#app = app;
  }

  get loading(): boolean {
    return false;
  }

  get readError(): string | null {
    return null;
  }

  /** Edits shown on screen whose write failed. */
  get unsaved(): number {
    return 0;
  }

  flush(): Promise<boolean> {
    return Promise.resolve(true);
  }

  /** Adds influencers (ids and planId set here); all or nothing. */
  async add(drafts: readonly Omit<Influencer, 'id' | 'planId'>[]): Promise<boolean> {
    const planId = this.planId;
    if (planId === null) return false;
    const added = drafts.map((d) => ({ ...d, id: this.#app.env.newId(), planId }));
    this.#list = [...this.#list, ...added];
    return true;
  }

  edit(id: string, change: InfluencerChange): void {
    this.#list = this.#list.map((i) => (i.id === id ? applyInfluencerChange(i, change) : i));
  }

  /** Removes influencers; a toast offers to put them back. */
  async remove(ids: readonly string[]): Promise<boolean> {
    const gone = new Set(ids);
    this.#list = this.#list.filter((i) => !gone.has(i.id));
    return true;
  }

  /** Changes the sheet settings (weights, format, benchmarks, shortlist…). */
  setSettings(fields: Partial<Omit<InfluencerSettings, 'planId' | 'updatedAt'>>): void {
    this.#settings = { ...this.settings, ...fields, updatedAt: this.#app.env.now() };
  }
}
