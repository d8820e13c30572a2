// Whether this tab may write to its database: 'ok', 'lost' (deleted from another tab, or the
// site's data cleared by the browser) or 'newer-version' (a later Mixplan upgraded it in
// another tab). While it is not 'ok' the database stays closed — nothing recreates it empty
// behind the user's back — and what the planner shows is kept here, so that it can be saved
// again, or downloaded, whatever happens to the screen meanwhile.
import {
  PlansRepository,
  reopen,
  watchConnection,
  type ConnectionLoss,
  type ConnectionWatch,
  type MixplanDb,
  type PlanSnapshot,
  type StorageError,
} from '../db';
import type { Settings } from './settings.svelte';

export type StorageState = 'ok' | ConnectionLoss;

export interface StorageStatusOptions {
  plans: PlansRepository;
  settings: Settings;
  /** Saves what the tab still holds; run before it lets a newer version have the database. */
  flush: () => Promise<unknown>;
  /** How long a newer version's upgrade may wait for that save. */
  flushTimeoutMs?: number;
}

export class StorageStatus {
  readonly #db: MixplanDb;
  readonly #options: StorageStatusOptions;
  readonly #watch: ConnectionWatch;
  #state = $state<StorageState>('ok');
  #saving = $state(false);
  #error = $state.raw<StorageError | null>(null);
  /** What the planner shows; the newest registration answers first. */
  #sources: Array<() => PlanSnapshot | null> = [];
  /** The plan on screen when storage went away: kept if the planner closes meanwhile. */
  #kept = $state.raw<PlanSnapshot | null>(null);

  constructor(db: MixplanDb, options: StorageStatusOptions) {
    this.#db = db;
    this.#options = options;
    this.#watch = watchConnection(db, (loss) => this.#lose(loss), {
      beforeClose: () => this.#flushBeforeClose(),
    });
  }

  get state(): StorageState {
    return this.#state;
  }

  /** False unless 'ok': writers keep their changes queued (and on screen) meanwhile. */
  get writable(): boolean {
    return this.#state === 'ok';
  }

  /** True while "save it again here" is writing. */
  get saving(): boolean {
    return this.#saving;
  }

  /** Why the last attempt to save again failed. */
  get error(): StorageError | null {
    return this.#error;
  }

  /**
   * The planner registers a function giving the open plan as it is on screen (queued edits
   * included). Returns the function that unregisters it.
   */
  provideOnScreen(source: () => PlanSnapshot | null): () => void {
    this.#sources.push(source);
    return () => {
      // Leaving the planner while storage is gone must not take the plan with it.
      if (this.#state !== 'ok') this.#kept = source() ?? this.#kept;
      this.#sources = this.#sources.filter((s) => s !== source);
    };
  }

  /** The open plan as on screen, or as it was when storage went away; null when none. */
  onScreen(): PlanSnapshot | null {
    for (let i = this.#sources.length - 1; i >= 0; i -= 1) {
      const snapshot = this.#sources[i]?.();
      if (snapshot) return snapshot;
    }
    return this.#kept;
  }

  /**
   * After a loss: opens a fresh database and writes the plan on screen into it, with the
   * settings this tab holds; then writes may resume. False when there is nothing to save or
   * storage still refuses (see `error`).
   */
  async saveAgain(): Promise<boolean> {
    const snapshot = this.onScreen();
    if (this.#state !== 'lost' || snapshot === null || this.#saving) return false;
    this.#saving = true;
    this.#error = null;
    try {
      if (!(await this.reopen())) return false;
      // Another tab saved it again first: its records stand, and what this tab has not saved
      // yet follows as changes (the planner's queue), never as whole records over them.
      const there = await this.#options.plans.snapshot(snapshot.plan.id);
      if (there.ok && there.value !== null) {
        this.recovered();
        return true;
      }
      const written = await this.#options.plans.restore(snapshot);
      if (!written.ok) {
        this.#error = written.error;
        return false;
      }
      const { settings } = this.#options;
      // The meta table went with the rest: put back what this tab still knows.
      await settings.setCurrentPlan(snapshot.plan.id);
      await settings.setLanguage(settings.language);
      await settings.setTheme(settings.theme);
      if (settings.lastBackupAt !== null) await settings.setLastBackup(settings.lastBackupAt);
      this.recovered();
      return true;
    } finally {
      this.#saving = false;
    }
  }

  /** Opens the database again after a loss, creating it if it is gone (a restore does this). */
  async reopen(): Promise<boolean> {
    if (this.#state === 'newer-version') return false;
    const opened = await reopen(this.#db, this.#watch);
    if (!opened) this.#error = { code: 'unavailable', detail: 'the database could not be opened' };
    return opened;
  }

  /** The database holds the user's data again (saved again, or a backup restored). */
  recovered(): void {
    if (this.#state !== 'lost') return;
    this.#state = 'ok';
    this.#kept = null;
    this.#error = null;
  }

  /** Stops watching the connection (the shell is going away). */
  dispose(): void {
    this.#watch.stop();
  }

  /** For tests: back to 'ok' with nothing registered. */
  reset(): void {
    this.#state = 'ok';
    this.#saving = false;
    this.#error = null;
    this.#sources = [];
    this.#kept = null;
  }

  #lose(loss: ConnectionLoss): void {
    this.#kept = this.onScreen() ?? this.#kept;
    // A newer version is the stronger news: its reload is what the user needs either way.
    if (this.#state !== 'newer-version') this.#state = loss;
  }

  async #flushBeforeClose(): Promise<void> {
    const limit = this.#options.flushTimeoutMs ?? 2000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, limit)));
    try {
      await Promise.race([this.#options.flush().catch(() => undefined), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
