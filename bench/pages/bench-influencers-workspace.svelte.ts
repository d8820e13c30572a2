// The members of InfluencersWorkspace that the sheet reads, held in memory for the benchmark
// page, with the same split as the real one: the full computation when rows change, a rescore
// alone when only a weight changes.
import type { InfluencerChange } from '../../src/domain/influencers/changes';
import { applyInfluencerChange } from '../../src/domain/influencers/changes';
import type { Influencer } from '../../src/domain/influencers/model';
import {
  computeSheet,
  rescore,
  type ComputedSheet,
  type SheetOptions,
} from '../../src/domain/influencers/sheet';
import {
  defaultInfluencerSettings,
  type InfluencerSettings,
} from '../../src/domain/influencers/settings';
import type { Plan } from '../../src/domain/plan';

export class BenchInfluencersWorkspace {
  readonly plan: Plan;
  readonly planId: string;
  influencers = $state.raw<Influencer[]>([]);
  settings = $state.raw<InfluencerSettings>(defaultInfluencerSettings('bench', 0));
  readonly loading = false;
  readonly readError = null;
  readonly unsaved = 0;
  readonly #baseWeights = defaultInfluencerSettings('', 0).weights;
  // What the full computation reads, kept as the same object while those fields are the same
  // ones: a settings object replaced for a weight alone must not recompute every column.
  #lastOptions: SheetOptions | null = null;
  readonly #options: SheetOptions = $derived.by(() => {
    const { format, engagement, benchmarks, redFlags, emvCpm } = this.settings;
    const last = this.#lastOptions;
    if (
      last &&
      last.format === format &&
      last.engagement === engagement &&
      last.benchmarks === benchmarks &&
      last.redFlags === redFlags &&
      last.emvCpm === emvCpm
    )
      return last;
    const options = {
      format,
      engagement,
      benchmarks,
      redFlags,
      emvCpm,
      weights: this.#baseWeights,
    };
    this.#lastOptions = options;
    return options;
  });
  readonly #base: ComputedSheet = $derived.by(() => computeSheet(this.influencers, this.#options));
  readonly sheet: ComputedSheet = $derived.by(() =>
    this.settings.weights === this.#baseWeights
      ? this.#base
      : rescore(this.#base, this.settings.weights),
  );

  constructor(plan: Plan, influencers: Influencer[]) {
    this.plan = plan;
    this.planId = plan.id;
    this.influencers = influencers;
    this.settings = { ...this.settings, weights: this.#baseWeights };
  }

  flush(): Promise<boolean> {
    return Promise.resolve(true);
  }

  add(drafts: readonly Omit<Influencer, 'id' | 'planId'>[]): Promise<boolean> {
    const added = drafts.map((d) => ({ ...d, id: crypto.randomUUID(), planId: this.planId }));
    this.influencers = [...this.influencers, ...added];
    return Promise.resolve(true);
  }

  edit(id: string, change: InfluencerChange): void {
    this.influencers = this.influencers.map((i) =>
      i.id === id ? applyInfluencerChange(i, change) : i,
    );
  }

  remove(ids: readonly string[]): Promise<boolean> {
    const gone = new Set(ids);
    this.influencers = this.influencers.filter((i) => !gone.has(i.id));
    return Promise.resolve(true);
  }

  setSettings(fields: Partial<Omit<InfluencerSettings, 'planId' | 'updatedAt'>>): void {
    this.settings = { ...this.settings, ...fields };
  }
}
