// The lead scoring screen's working state: the open plan's leads and scoring model as the
// database holds them (observed: another tab's import or edit arrives), this tab's model
// edits shown at once and written in order, and the scores, recomputed from the model and
// the date of the score, never stored.
//
// Scoring runs in two steps so that changing one weight stays well within a frame on 50 000
// leads: compileLeads (which option or band each lead matches, its decay) runs only when the
// leads, the date or the model's structure change (compileKey compares by value), and
// scoreMatrix then adds up points, caps and thresholds.
import '../i18n/leads-catalogue';
import { untrack } from 'svelte';
import { observe, stampWrite, type StorageError } from '../db';
import { LeadsRepository, modelOf, readLeads } from '../db/leads-repository';
import { defaultScoringModel, localDay } from '../domain/leads/defaults';
import { leadScoringExample } from '../domain/leads/example';
import type { Lead, LeadBand, LeadScore, ScoringModel } from '../domain/leads/model';
import { rankLeads } from '../domain/leads/rank';
import {
  compileKey,
  compileLeads,
  explainLead,
  scoreMatrix,
  type LeadScores,
} from '../domain/leads/score';
import { decimalSeparatorOf } from '../domain/number-parse';
import type { Plan } from '../domain/plan';
import type { AppState } from './app-state.svelte';

export type LeadDraft = Omit<Lead, 'id' | 'planId'>;
export type LeadOrder = 'score' | 'recency';

/** How many leads stand in each band, and how many were scored at all. */
export interface BandCounts {
  sql: number;
  mql: number;
  nurture: number;
  'set-aside': number;
  scored: number;
}

const BAND_ORDER: readonly LeadBand[] = ['sql', 'mql', 'nurture', 'set-aside'];

export class LeadsWorkspace {
  readonly #app: AppState;
  readonly #repo: LeadsRepository;
  #stored = $state.raw<{ planId: string; leads: Lead[] } | undefined>(undefined);
  #storedModel = $state.raw<{ planId: string; model: ScoringModel | null } | undefined>(undefined);
  #readError = $state.raw<StorageError | null>(null);
  // What an import or a clear just stored, shown until an answer read after it arrives
  // (src/db/live.ts says why an earlier one may still come).
  #justStored = $state.raw<{ planId: string; leads: Lead[]; stamp: number } | null>(null);
  // The model as edited here, shown over the stored one until an answer read after its
  // write holds it; `stamp` is set once that write resolved.
  #modelEdit = $state.raw<{ planId: string; model: ScoringModel; stamp: number | null } | null>(
    null,
  );
  #modelFailed = $state(false);
  #modelFlight: Promise<boolean> = Promise.resolve(true);

  /** The date the scores are computed at (recency and decay count days up to it). */
  scoreDate = $state('');
  order = $state<LeadOrder>('score');
  /** Only the leads of this band are listed; null lists them all. */
  band = $state<LeadBand | null>(null);

  readonly plan: Plan | null = $derived.by(() => this.#app.workspace.current);
  readonly planId: string | null = $derived.by(() => this.#app.workspace.current?.id ?? null);

  readonly leads: Lead[] = $derived.by(() => {
    const planId = this.planId;
    const just = this.#justStored;
    if (just && just.planId === planId) return just.leads;
    return this.#stored?.planId === planId ? this.#stored.leads : [];
  });

  readonly model: ScoringModel = $derived.by(() => {
    const planId = this.planId ?? '';
    const edit = this.#modelEdit;
    if (edit && edit.planId === planId) return edit.model;
    const stored = this.#storedModel?.planId === planId ? this.#storedModel.model : null;
    return stored ?? defaultScoringModel(planId, 0);
  });

  readonly decimal: ',' | '.' = $derived(decimalSeparatorOf(this.plan?.locale ?? 'fr-FR'));
  readonly #options = $derived({ scoreDate: this.scoreDate, decimal: this.decimal });

  // Equal from one model to the next unless something compileLeads reads changed: a weight,
  // a cap or a threshold stops here.
  readonly #compileKey: string = $derived(compileKey(this.model, this.#options));

  readonly #matrix = $derived.by(() => {
    void this.#compileKey;
    const leads = this.leads;
    return untrack(() => compileLeads(leads, this.model, this.#options));
  });

  /** Every lead's fit, behaviour, total, band and grade, in `leads` order. */
  readonly scores: LeadScores = $derived(scoreMatrix(this.#matrix, this.model));

  /** The indices (into `leads`) of the leads listed, in the order chosen, filtered by band. */
  readonly ranked: Int32Array = $derived(
    rankLeads(this.leads, this.scores, { order: this.order, band: this.band }),
  );

  readonly counts: BandCounts = $derived.by(() => {
    const counts: BandCounts = { sql: 0, mql: 0, nurture: 0, 'set-aside': 0, scored: 0 };
    for (const index of this.scores.band) counts[BAND_ORDER[index] ?? 'nurture'] += 1;
    counts.scored = this.leads.length - counts['set-aside'];
    return counts;
  });

  /** Must be constructed during component setup: it observes the database. */
  constructor(app: AppState) {
    this.#app = app;
    this.#repo = new LeadsRepository(app.db, app.env.now);
    this.scoreDate = localDay(app.env.now());
    $effect(() => {
      if (!app.storage.writable) return;
      const planId = this.planId;
      if (planId === null) return;
      const fail = (error: StorageError) => (this.#readError = error);
      const stopLeads = observe(
        () => readLeads(app.db, planId),
        (leads, readAfter) => this.#receiveLeads(planId, leads, readAfter),
        fail,
      );
      const stopModel = observe(
        () => modelOf(app.db, planId),
        (model, readAfter) => this.#receiveModel(planId, model, readAfter),
        fail,
      );
      return () => {
        stopLeads();
        stopModel();
      };
    });
    $effect(() => app.onBeforeReload(() => this.#modelFlight));
  }

  get loading(): boolean {
    const id = this.planId;
    if (id === null || this.#readError !== null) return false;
    return this.#stored?.planId !== id || this.#storedModel?.planId !== id;
  }

  get readError(): string | null {
    return this.#readError ? this.#app.i18n.storageMessage(this.#readError) : null;
  }

  /** The model edits shown here but not stored because a write failed. */
  get unsaved(): boolean {
    return this.#modelFailed;
  }

  /** One lead's score, criterion by criterion, as the breakdown shows it. */
  explain(index: number): LeadScore | null {
    const lead = this.leads[index];
    return lead ? explainLead(lead, this.model, this.#options) : null;
  }

  /** Shows the model at once and stores it; each write sends the newest model. */
  setModel(model: ScoringModel): void {
    const planId = this.planId;
    if (planId === null) return;
    this.#modelEdit = { planId, model: { ...model, planId }, stamp: null };
    this.#saveModel();
  }

  /** Writes the model edits in order; resolves true once stored. */
  settled(): Promise<boolean> {
    return this.#modelFlight;
  }

  /** Stores imported leads, replacing the plan's or added after them; all or nothing. */
  async importLeads(drafts: readonly LeadDraft[], mode: 'replace' | 'append'): Promise<boolean> {
    const planId = this.planId;
    if (planId === null) return false;
    const fresh = drafts.map((d) => ({ ...d, id: this.#app.env.newId(), planId }));
    const leads = mode === 'replace' ? fresh : [...this.leads, ...fresh];
    const result =
      mode === 'replace'
        ? await this.#repo.replace(planId, fresh)
        : await this.#repo.append(planId, fresh);
    return this.#showStored(planId, leads, result);
  }

  /** The seeds' worked example: its leads replace the plan's, its model the plan's model. */
  async loadExample(): Promise<boolean> {
    const planId = this.planId;
    if (planId === null) return false;
    const { t } = this.#app.i18n;
    const { model, leads } = leadScoringExample(planId, this.#app.env.newId, this.scoreDate, {
      female: t('leads.example.c.female'),
      opensAll: t('leads.example.c.opensAll'),
      clickOrDownload: t('leads.example.c.clickOrDownload'),
      recentLead: t('leads.example.c.recentLead'),
      recentContact: t('leads.example.c.recentContact'),
    });
    if (!(await this.#showStored(planId, leads, await this.#repo.replace(planId, leads))))
      return false;
    this.setModel(model);
    this.#app.toasts.show(t('leads.example.loaded', { count: leads.length }));
    return true;
  }

  /** Removes every lead of the plan (the model stays). */
  async clear(): Promise<boolean> {
    const planId = this.planId;
    if (planId === null) return false;
    return this.#showStored(planId, [], await this.#repo.clear(planId));
  }

  #showStored(
    planId: string,
    leads: Lead[],
    result: { ok: true; value: unknown } | { ok: false; error: StorageError },
  ): boolean {
    if (!result.ok) {
      this.#sayError(result.error);
      return false;
    }
    if (result.value === null) {
      this.#app.toasts.show(this.#app.i18n.t('leads.planGone'), { kind: 'error' });
      return false;
    }
    this.#justStored = { planId, leads, stamp: stampWrite() };
    return true;
  }

  #saveModel(): void {
    this.#modelFlight = this.#modelFlight.then(async () => {
      const edit = this.#modelEdit;
      if (!edit) return true;
      if (!this.#app.storage.writable) {
        this.#modelFailed = true;
        return false;
      }
      const result = await this.#repo.saveModel({ ...edit.model, updatedAt: this.#app.env.now() });
      this.#modelFailed = !result.ok;
      if (!result.ok) {
        this.#sayError(result.error);
        return false;
      }
      // Nothing newer typed meanwhile: the next answer read after this write may replace it.
      if (this.#modelEdit === edit) this.#modelEdit = { ...edit, stamp: stampWrite() };
      return true;
    });
  }

  #sayError(error: StorageError): void {
    this.#app.toasts.show(this.#app.i18n.storageMessage(error), { kind: 'error' });
  }

  #receiveLeads(planId: string, leads: Lead[], readAfter: number): void {
    this.#stored = { planId, leads };
    this.#readError = null;
    const just = this.#justStored;
    if (just && just.stamp <= readAfter) this.#justStored = null;
  }

  #receiveModel(planId: string, model: ScoringModel | null, readAfter: number): void {
    this.#storedModel = { planId, model };
    this.#readError = null;
    const edit = this.#modelEdit;
    if (edit && edit.stamp !== null && edit.stamp <= readAfter) this.#modelEdit = null;
  }
}
