// Sharing by link for the views. SharedPlanSession reads the plan a `#/shared?p=…` link
// carries (it writes nothing, until the user asks to save a copy); ShareLinkMaker builds the
// link to the plan on screen and copies it. Both only read the database but for that save.
import type { PlanSnapshot } from '../db';
import { scenariosOf } from '../db/roi-scenarios-repository';
import { saveSharedCopy } from '../db/share-copy';
import {
  linkParameter,
  makeShareLink,
  readShareLink,
  type ShareLink,
  type ShareLinkError,
} from '../db/share-link';
import type { SharedPlan } from '../db/share-payload';
import { BudgetSheet } from '../domain/budget-sheet';
import type { Plan } from '../domain/plan';
import type { AppState } from './app-state.svelte';

// What the share views need of the db layer's limits and types (views never import db/).
export {
  MAX_INFLATED_BYTES,
  MAX_SHARE_LINK_LENGTH,
  SAFE_SHARE_LINK_LENGTH,
  type ShareLinkError,
} from '../db/share-link';
export { MAX_SHARED_CHANNELS, MAX_SHARED_SCENARIOS } from '../db/share-payload';
export type { PlanSnapshot };

type ShareApp = Pick<AppState, 'db' | 'env' | 'settings' | 'toasts' | 'i18n'>;

export class SharedPlanSession {
  readonly #app: ShareApp;
  #ticket = 0;
  status = $state<'reading' | 'ready' | 'refused'>('reading');
  shared = $state.raw<SharedPlan | null>(null);
  error = $state.raw<ShareLinkError | null>(null);
  saving = $state(false);
  /** The read-only sheet of the shared plan: the planner's totals over its records. */
  readonly sheet = $derived(
    this.shared
      ? new BudgetSheet(this.shared.plan, this.shared.channels, this.shared.budgets)
      : null,
  );

  constructor(app: ShareApp) {
    this.#app = app;
  }

  /** Reads the plan of a location hash; a later call wins over one still reading. */
  async read(hash: string): Promise<void> {
    const ticket = ++this.#ticket;
    this.status = 'reading';
    const parameter = linkParameter(hash);
    const result =
      parameter === null
        ? ({ ok: false, error: { code: 'no-plan' } } as const)
        : await readShareLink(parameter, this.#app.env.now());
    if (ticket !== this.#ticket) return;
    this.shared = result.ok ? result.value : null;
    this.error = result.ok ? null : result.error;
    this.status = result.ok ? 'ready' : 'refused';
  }

  /** Stores the plan as a new one and makes it the open plan; null when the write failed. */
  async saveCopy(): Promise<Plan | null> {
    const shared = this.shared;
    if (!shared || this.saving) return null;
    this.saving = true;
    try {
      const { db, env, settings, toasts, i18n } = this.#app;
      const saved = await saveSharedCopy(db, shared, env.now(), env.newId);
      if (!saved.ok) {
        toasts.show(i18n.storageMessage(saved.error), { kind: 'error' });
        return null;
      }
      await settings.setCurrentPlan(saved.value.id);
      toasts.show(i18n.t('share.saved', { name: saved.value.name }));
      return saved.value;
    } finally {
      this.saving = false;
    }
  }
}

export type CopyOutcome = 'copied' | 'by-hand';

export class ShareLinkMaker {
  readonly #app: Pick<AppState, 'db' | 'env'>;
  making = $state(false);
  link = $state.raw<ShareLink | null>(null);
  error = $state.raw<ShareLinkError | null>(null);
  copied = $state<CopyOutcome | null>(null);
  /** How many ROI scenarios the plan has (null until read). */
  scenarioCount = $state<number | null>(null);

  constructor(app: Pick<AppState, 'db' | 'env'>) {
    this.#app = app;
  }

  async countScenarios(planId: string): Promise<void> {
    try {
      this.scenarioCount = (await scenariosOf(this.#app.db, planId)).length;
    } catch {
      this.scenarioCount = 0;
    }
  }

  /**
   * Builds the link to the plan as on screen (its ROI scenarios as stored, when asked),
   * refused before it exists when too long, then copies it. `base`: the app's address.
   */
  async make(
    base: string,
    snapshot: PlanSnapshot,
    withScenarios: boolean,
    clipboard: Pick<Clipboard, 'writeText'> | undefined,
  ): Promise<void> {
    this.making = true;
    this.copied = null;
    try {
      const roiScenarios = withScenarios
        ? await scenariosOf(this.#app.db, snapshot.plan.id).catch(() => [])
        : [];
      const made = await makeShareLink(base, { ...snapshot, roiScenarios }, this.#app.env.now());
      this.link = made.ok ? made.value : null;
      this.error = made.ok ? null : made.error;
      if (!made.ok) return;
      try {
        if (!clipboard) throw new Error('no clipboard');
        await clipboard.writeText(made.value.url);
        this.copied = 'copied';
      } catch {
        // Refused (no permission, an insecure origin): the field shows the link to copy.
        this.copied = 'by-hand';
      }
    } finally {
      this.making = false;
    }
  }
}
