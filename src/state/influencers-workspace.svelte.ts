// The influencer screen's working state: the open plan's influencers and sheet settings as the
// database holds them (observed: other tabs' edits arrive), this tab's edits applied on top at
// once and written in order as change messages, the computed sheet (tiers, engagement, costs,
// flags, scores, ranks), and add / edit / remove with undo.
//
// The sheet is computed in two steps so that a weight slider stays within a frame on 10 000
// rows: computeSheet runs only when the rows or the settings it reads change (compared by
// value, see #optionsKey), and a weight change alone only rescores the computed columns.
import '../i18n/influencers-catalogue';
import { observe, type StorageError } from '../db';
import {
  InfluencersRepository,
  influencerSettingsOf,
  influencersOf,
  type InfluencerSettingsEdit,
} from '../db/influencers-repository';
import { applyInfluencerChange, type InfluencerChange } from '../domain/influencers/changes';
import type { Influencer } from '../domain/influencers/model';
import { CRITERIA, type ScoreWeights } from '../domain/influencers/score';
import { defaultInfluencerSettings, type InfluencerSettings } from '../domain/influencers/settings';
import {
  computeSheet,
  rescore,
  type ComputedSheet,
  type SheetOptions,
} from '../domain/influencers/sheet';
import type { Plan } from '../domain/plan';
import { untrack } from 'svelte';
import type { AppState } from './app-state.svelte';
import { UnansweredRows } from './unanswered-rows.svelte';
import { PendingChanges, withPending } from './pending-changes.svelte';

function sameWeights(a: ScoreWeights, b: ScoreWeights): boolean {
  return a === b || CRITERIA.every((c) => a[c] === b[c]);
}

/** What computeSheet reads of the settings, weights aside. */
function optionsBesideWeights(settings: InfluencerSettings): Omit<SheetOptions, 'weights'> {
  const { format, engagement, benchmarks, redFlags, emvCpm } = settings;
  return { format, engagement, benchmarks, redFlags, emvCpm };
}

/** What the booking flow does when rows leave the sheet or come back (see followBookings). */
export interface BookingHooks {
  beforeRemove: (rows: readonly Influencer[]) => Promise<boolean>;
  afterRestore: (rows: readonly Influencer[]) => Promise<unknown>;
}

export class InfluencersWorkspace {
  readonly #app: AppState;
  readonly #repo: InfluencersRepository;
  #stored = $state.raw<{ planId: string; list: Influencer[] } | undefined>(undefined);
  #storedSettings = $state.raw<{ planId: string; value: InfluencerSettings | null } | undefined>(
    undefined,
  );
  #readError = $state.raw<StorageError | null>(null);
  // Rows added (or put back) here but not yet in the database's answer, and rows removed here
  // that the answer may still hold.
  readonly #unanswered = new UnansweredRows<Influencer>();
  // This tab's edits on their way: shown at once, written in the order typed, kept on screen
  // (and counted) when a write fails, until the database's answer holds them.
  readonly #pending: PendingChanges<Influencer, InfluencerChange>;
  // Settings changed here, shown at once over the stored ones until an answer holds them.
  #settingsEdit = $state.raw<{ planId: string; fields: InfluencerSettingsEdit } | null>(null);
  #settingsFailed = $state(false);
  #settingsWrites = 0;
  #settingsFlight: Promise<boolean> = Promise.resolve(true);

  readonly plan: Plan | null = $derived.by(() => this.#app.workspace.current);
  readonly planId: string | null = $derived.by(() => this.#app.workspace.current?.id ?? null);

  /** The plan's influencers, in the order they were added, with this tab's edits on top. */
  readonly influencers: Influencer[] = $derived.by(() => {
    const planId = this.planId;
    const stored = this.#stored?.planId === planId ? this.#stored.list : [];
    const shown = planId === null ? [] : this.#unanswered.over(planId, stored);
    return withPending(shown, this.#pending.list, (i, change) => applyInfluencerChange(i, change));
  });

  /** The plan's sheet settings (defaults until the user changes one), this tab's edits on top. */
  readonly settings: InfluencerSettings = $derived.by(() => {
    const planId = this.planId ?? '';
    const stored = this.#storedSettings?.planId === planId ? this.#storedSettings.value : null;
    const base = stored ?? defaultInfluencerSettings(planId, 0);
    const edit = this.#settingsEdit?.planId === planId ? this.#settingsEdit.fields : null;
    return edit ? { ...base, ...edit } : base;
  });

  // A string equal from one settings answer to the next unless a setting the full
  // computation reads changed: deriveds compare by value, so a weight or shortlist change
  // stops here and never reaches #base.
  readonly #optionsKey: string = $derived.by(() =>
    JSON.stringify(optionsBesideWeights(this.settings)),
  );

  readonly #options: Omit<SheetOptions, 'weights'> = $derived.by(() => {
    void this.#optionsKey;
    return untrack(() => optionsBesideWeights(this.settings));
  });

  // The full computation: rows, or the settings it reads, changed. The weights it starts from
  // are read untracked; `sheet` rescores when they differ.
  readonly #base: ComputedSheet = $derived.by(() => {
    const rows = this.influencers;
    const options = this.#options;
    const weights = untrack(() => this.settings.weights);
    return computeSheet(rows, { ...options, weights });
  });

  /** Every computed column, one entry per influencer in `influencers` order. */
  readonly sheet: ComputedSheet = $derived.by(() => {
    const base = this.#base;
    const weights = this.settings.weights;
    return sameWeights(base.options.weights, weights) ? base : rescore(base, weights);
  });

  /** Must be constructed during component setup: it observes the database. */
  constructor(app: AppState) {
    this.#app = app;
    this.#repo = new InfluencersRepository(app.db, app.env.now);
    this.#pending = new PendingChanges({
      write: (id, change) => this.#repo.apply(id, change),
      canWrite: () => app.storage.writable,
      failed: (error) => this.#sayError(error),
    });

    $effect(() => {
      if (!app.storage.writable) return;
      const planId = this.planId;
      if (planId === null) return;
      const fail = (error: StorageError) => (this.#readError = error);
      const stopRows = observe(
        () => influencersOf(app.db, planId),
        (list, readAfter) => this.#receive(planId, list, readAfter),
        fail,
      );
      const stopSettings = observe(
        () => influencerSettingsOf(app.db, planId),
        (value) => this.#receiveSettings(planId, value),
        fail,
      );
      return () => {
        stopRows();
        stopSettings();
      };
    });
    // Before this tab reloads (a new version), its edits reach the disk; leaving the page
    // while some are on their way asks first (the shell counts the planner's writes only).
    $effect(() => app.onBeforeReload(() => this.flush()));
    $effect(() => {
      const onBeforeUnload = (event: BeforeUnloadEvent) => {
        void this.flush();
        if (this.unwritten > 0) event.preventDefault();
      };
      window.addEventListener('beforeunload', onBeforeUnload);
      return () => window.removeEventListener('beforeunload', onBeforeUnload);
    });
  }

  get loading(): boolean {
    const id = this.planId;
    if (id === null || this.#readError !== null) return false;
    return this.#stored?.planId !== id || this.#storedSettings?.planId !== id;
  }

  get readError(): string | null {
    return this.#readError ? this.#app.i18n.storageMessage(this.#readError) : null;
  }

  /** Edits shown on screen whose write failed (they stay, and are sent again). */
  get unsaved(): number {
    return this.#pending.unsaved + (this.#settingsFailed ? 1 : 0);
  }

  /** Edits not on disk yet: waiting, on their way, or held back by a failed write. */
  get unwritten(): number {
    return this.#pending.unwritten + (this.#settingsWrites > 0 || this.#settingsFailed ? 1 : 0);
  }

  /** Sends what is not stored yet (a failed settings write too); true when all is stored. */
  async flush(): Promise<boolean> {
    if (this.#settingsFailed && this.#settingsWrites === 0) this.#saveSettings();
    const [rows, settings] = await Promise.all([this.#pending.flush(), this.#settingsFlight]);
    return rows && settings && !this.#settingsFailed;
  }

  /** Waits for the edits on their way (tests, and remove before its undo copy is read). */
  settled(): Promise<unknown> {
    return Promise.all([this.#pending.send(), this.#settingsFlight]);
  }

  /** Adds influencers (ids and planId set here); all or nothing. */
  async add(drafts: readonly Omit<Influencer, 'id' | 'planId'>[]): Promise<boolean> {
    const planId = this.planId;
    if (planId === null) return false;
    const rows = drafts.map((d) => ({ ...d, id: this.#app.env.newId(), planId }));
    return this.#store(await this.#repo.add(planId, rows));
  }

  /** Shows the change at once, then stores it as a change applied to the stored record. */
  edit(id: string, change: InfluencerChange): void {
    const target = this.influencers.find((i) => i.id === id);
    if (!target || applyInfluencerChange(target, change) === target) return;
    this.#pending.add(id, change, this.#app.env.now());
  }

  /** Removes influencers; a toast offers to put them back as they were. */
  async remove(ids: readonly string[]): Promise<boolean> {
    if (ids.length === 0) return false;
    // A booked influencer's cost leaves the budget before its row goes: otherwise the plan
    // would keep an amount no row can cancel. When that fails, nothing is removed.
    const leaving = new Set(ids);
    const rows = this.influencers.filter((i) => leaving.has(i.id));
    if (this.#bookings && !(await this.#bookings.beforeRemove(rows))) return false;
    // The edits on their way land first, so that the undo copy holds them.
    await this.#pending.send();
    const result = await this.#repo.remove(ids);
    if (!result.ok) {
      this.#sayError(result.error);
      return false;
    }
    this.#unanswered.removed(ids);
    for (const id of ids) this.#pending.forget(id);
    const removed = result.value;
    if (removed.length === 0) return false;
    const { t } = this.#app.i18n;
    this.#app.toasts.show(t('influencers.ws.removed', { count: removed.length }), {
      action: { label: t('common.undo'), run: () => void this.#putBack(removed) },
    });
    return true;
  }

  /** Changes the sheet settings (weights, format, benchmarks, shortlist…). */
  setSettings(fields: Partial<Omit<InfluencerSettings, 'planId' | 'updatedAt'>>): void {
    const planId = this.planId;
    if (planId === null) return;
    const before = this.#settingsEdit?.planId === planId ? this.#settingsEdit.fields : {};
    this.#settingsEdit = { planId, fields: { ...before, ...fields } };
    this.#saveSettings();
  }

  /**
   * Bookings follow removals: `beforeRemove` takes the costs of booked rows out of the budget
   * (false stops the removal), `afterRestore` puts them back when a removal is undone.
   */
  followBookings(hooks: BookingHooks): void {
    this.#bookings = hooks;
  }

  #bookings: BookingHooks | null = null;

  async #putBack(removed: Influencer[]): Promise<void> {
    if (!(await this.#store(await this.#repo.restore(removed)))) return;
    this.#app.toasts.show(this.#app.i18n.t('influencers.ws.restored', { count: removed.length }));
    await this.#bookings?.afterRestore(removed);
  }

  /** Shows what an add or a put-back stored until the database's answer holds it. */
  #store(result: Awaited<ReturnType<InfluencersRepository['add']>>): boolean {
    if (!result.ok) {
      this.#sayError(result.error);
      return false;
    }
    if (result.value === null) {
      this.#app.toasts.show(this.#app.i18n.t('influencers.ws.planGone'), { kind: 'error' });
      return false;
    }
    this.#unanswered.added(result.value);
    return true;
  }

  /**
   * Writes the settings shown, one write after another: each sends every field changed here
   * so far, so a retried write never stores an older value over a newer one.
   */
  #saveSettings(): void {
    this.#settingsWrites += 1;
    this.#settingsFlight = this.#settingsFlight.then(async () => {
      const edit = this.#settingsEdit;
      let stored = true;
      if (edit && this.#app.storage.writable) {
        const result = await this.#repo.saveSettings(edit.planId, edit.fields);
        stored = result.ok;
        if (!result.ok) this.#sayError(result.error);
        // Nothing newer typed meanwhile: what was stored is what the screen shows.
        else if (this.#settingsEdit === edit && result.value) {
          this.#storedSettings = { planId: edit.planId, value: result.value };
          this.#settingsEdit = null;
        }
      } else if (edit) stored = false;
      this.#settingsFailed = !stored;
      this.#settingsWrites -= 1;
      return stored;
    });
  }

  #sayError(error: StorageError): void {
    this.#app.toasts.show(this.#app.i18n.storageMessage(error), { kind: 'error' });
  }

  #receive(planId: string, list: Influencer[], readAfter: number): void {
    this.#stored = { planId, list };
    this.#readError = null;
    this.#unanswered.received(readAfter);
    this.#pending.received(readAfter);
  }

  #receiveSettings(planId: string, value: InfluencerSettings | null): void {
    this.#storedSettings = { planId, value };
    this.#readError = null;
    // Every write sent here has resolved and stored: this answer holds the edits.
    if (this.#settingsWrites === 0 && !this.#settingsFailed) this.#settingsEdit = null;
  }
}
