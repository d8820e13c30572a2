// Builds the app's state around one database: views receive this object through context
// and never open the database themselves. Tests build it around a scratch database.
import { getContext, setContext } from 'svelte';
import {
  MetaRepository,
  PlansRepository,
  requestPersistence,
  toStorageError,
  type MixplanDb,
  type PersistenceState,
  type StorageError,
} from '../db';
import type { Result } from '../domain/result';
import { monthAtTime } from '../domain/months';
import type { Language } from '../i18n';
import { Translator } from './i18n.svelte';
import { PlanWorkspace, type Environment } from './plans.svelte';
import { Settings } from './settings.svelte';
import { PlanWrites } from './plan-writes.svelte';
import { StorageStatus } from './storage-status.svelte';
import { claimTabId, type TabClaim } from './tab-claim';
import { newTabId, tabId } from './tab-id';
import { Toasts } from './toasts.svelte';

/**
 * Saves what a screen still holds before this tab reloads or hands its database to a newer
 * version. Resolves false when the screen must not be reloaded now (say, a value typed in an
 * open editor that could not be committed): the tab then offers to reload when ready.
 */
export type BeforeReload = () => Promise<boolean | void>;

/**
 * The browser's localStorage or sessionStorage; undefined where access is refused (privacy
 * settings): undo then lasts the page's life, and a reload right after typing relies on the
 * leave warning alone.
 */
function webStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return globalThis[kind];
  } catch {
    return undefined;
  }
}

const RETURNING_KEY = 'mixplan:returning';

export class AppState {
  readonly settings: Settings;
  readonly toasts = new Toasts();
  readonly i18n: Translator;
  readonly workspace: PlanWorkspace;
  readonly db: MixplanDb;
  readonly env: Environment;
  /** Whether this tab may write: storage lost, or a newer version opened elsewhere. */
  readonly storage: StorageStatus;
  /** Every plan's edits on their way to the database, for the life of the tab. */
  readonly writes: PlanWrites;
  readonly #tabClaim: TabClaim;
  /** Screens push a flush of their queued writes here (or use onBeforeReload). */
  readonly beforeReload: BeforeReload[] = [];
  #persistence = $state<PersistenceState | 'unknown'>('unknown');
  /**
   * Bumped when data was replaced from outside an editing session (an import, a restored
   * backup): screens holding a working copy, such as the planner, reload.
   */
  dataEpoch = $state(0);
  #startupError = $state<string | null>(null);

  /** Must be constructed during component setup: it starts live queries. */
  constructor(db: MixplanDb, env: Environment, defaultLanguage: Language) {
    this.db = db;
    this.env = env;
    this.settings = new Settings(new MetaRepository(db), defaultLanguage);
    this.i18n = new Translator(() => this.settings.language, defaultLanguage);
    const repo = new PlansRepository(db, () => {
      const now = env.now();
      return { now, month: monthAtTime(now) };
    });
    this.workspace = new PlanWorkspace(repo, this.settings, this.toasts, this.i18n, env);
    this.storage = new StorageStatus(db, {
      plans: repo,
      settings: this.settings,
      flush: () => this.prepareReload(),
    });
    this.writes = new PlanWrites(db, {
      now: env.now,
      tab: tabId(webStorage('sessionStorage'), env.newId),
      canWrite: () => this.storage.writable,
      journal: webStorage('localStorage'),
    });
    // Edits a page of this app copied when it went away before they reached the disk.
    this.writes.replayJournals();
    // A duplicated tab starts with its original's name in the undo log: it takes a new one.
    this.#tabClaim = claimTabId(
      () => this.writes.tab,
      () => this.writes.rename(newTabId(webStorage('sessionStorage'), env.newId)),
    );
    // Before this tab reloads or hands its database over: every edit on disk.
    this.onBeforeReload(async () => (await this.writes.flush()) && this.writes.unsaved === 0);
  }

  /** The shell is going away: stop watching the connection, the other tabs and the retries. */
  dispose(): void {
    this.#tabClaim.stop();
    this.storage.dispose();
    this.writes.dispose();
  }

  /** Registers a BeforeReload hook; returns the function that removes it. */
  onBeforeReload(hook: BeforeReload): () => void {
    this.beforeReload.push(hook);
    return () => {
      const index = this.beforeReload.indexOf(hook);
      if (index >= 0) this.beforeReload.splice(index, 1);
    };
  }

  /** Runs every hook; true when all saved and none asked to keep the page. */
  async prepareReload(): Promise<boolean> {
    const results = await Promise.allSettled(this.beforeReload.map((hook) => hook()));
    return results.every((r) => r.status === 'fulfilled' && r.value !== false);
  }

  get persistence(): PersistenceState | 'unknown' {
    return this.#persistence;
  }

  /**
   * Set when the database cannot even be read: the shell shows it instead of the app. Not
   * once storage went away under an open app: the banner says so, and the screen stays.
   */
  get startupError(): string | null {
    const readError = this.storage.writable ? this.workspace.plans.error : null;
    return this.#startupError ?? (readError ? this.i18n.storageMessage(readError) : null);
  }

  /** Shows a failed write as an error toast; true when the write succeeded. */
  async report(write: Promise<Result<unknown, StorageError>>): Promise<boolean> {
    const result = await write;
    if (!result.ok) this.toasts.show(this.i18n.storageMessage(result.error), { kind: 'error' });
    return result.ok;
  }

  /**
   * Whether this browser held plans when the app last started: a hint, never data. A returning
   * user's first screen is fetched while the database opens; a first visit, which shows the
   * welcome screen, does not pay for the planner's code before it is ready.
   */
  get returning(): boolean {
    return webStorage('localStorage')?.getItem(RETURNING_KEY) === '1';
  }

  rememberReturning(hasPlans: boolean): void {
    try {
      if (hasPlans) webStorage('localStorage')?.setItem(RETURNING_KEY, '1');
      else webStorage('localStorage')?.removeItem(RETURNING_KEY);
    } catch {
      // Storage full or refused: the hint is lost, and only the prefetch with it.
    }
  }

  /**
   * `firstVisit`: resolves true when the browser had no database yet. The welcome screen is
   * then ready at once, with the default settings and no plan, while the database is created
   * and read behind it (what it reads then takes over, a plan from another tab included).
   */
  async start(storage?: StorageManager, firstVisit?: Promise<boolean>): Promise<void> {
    void firstVisit?.then((first) => {
      if (!first) return;
      this.settings.assumeDefaults();
      this.workspace.assumeNoPlans();
    });
    try {
      await this.settings.load();
    } catch (error) {
      this.#startupError = this.i18n.storageMessage(toStorageError(error));
    }
    this.#persistence = await requestPersistence(storage);
  }
}

const KEY = Symbol('mixplan-app-state');

export function provideAppState(state: AppState): void {
  setContext(KEY, state);
}

export function useAppState(): AppState {
  const state = getContext<AppState | undefined>(KEY);
  if (!state) throw new Error('useAppState() outside of <App>');
  return state;
}
