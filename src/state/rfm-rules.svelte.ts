// The open plan's RFM segment rules and the names the user gave its segments: observed from
// the database (an edit in another tab arrives by itself), the defaults until edited. Saving
// writes the editor's whole form through ClvSettingsRepository; a storage error is a toast.
import '../i18n/clv-catalogue';
import { observe, type StorageError } from '../db';
import { ClvSettingsRepository, clvSettingsOf } from '../db/clv-settings-repository';
import { type ClvSettings } from '../db/restore-clv-settings';
import {
  DEFAULT_SEGMENT_RULES,
  segmentRuleIssues,
  type SegmentRules,
} from '../domain/clv/rfm-segments';
import { frClvRfm } from '../i18n/fr-clv-rfm';
import type { AppState } from './app-state.svelte';

type RfmKey = keyof typeof frClvRfm;

/** Segment and action ids are open (the user may add rules): only known ones have a name. */
function isRfmKey(key: string): key is RfmKey {
  return Object.hasOwn(frClvRfm, key);
}

export class RfmRules {
  readonly #app: AppState;
  readonly #repo: ClvSettingsRepository;
  #stored = $state.raw<{ planId: string; settings: ClvSettings | null } | undefined>(undefined);

  readonly planId: string | null = $derived.by(() => this.#app.workspace.current?.id ?? null);

  /** Must be constructed during component setup: it observes the database. */
  constructor(app: AppState) {
    this.#app = app;
    this.#repo = new ClvSettingsRepository(app.db, app.env.now);
    $effect(() => {
      if (!app.storage.writable) return;
      const planId = this.planId;
      if (planId === null) return;
      return observe(
        () => clvSettingsOf(app.db, planId),
        (settings) => (this.#stored = { planId, settings }),
        (error) => this.#fail(error),
      );
    });
  }

  get #settings(): ClvSettings | null {
    const stored = this.#stored;
    return stored && stored.planId === this.planId ? stored.settings : null;
  }

  /** The plan's rules as saved, else the defaults. */
  get rules(): SegmentRules {
    return this.#settings?.segmentRules ?? DEFAULT_SEGMENT_RULES;
  }

  /** The names the user gave segments (segment id → name). */
  get names(): Readonly<Record<string, string>> {
    return this.#settings?.segmentNames ?? {};
  }

  /** The plan's locale: the export's delimiter and decimal mark follow it. */
  get locale(): string {
    return this.#app.workspace.current?.locale ?? 'fr-FR';
  }

  get planName(): string {
    return this.#app.workspace.current?.name ?? '';
  }

  /** True when the plan has saved rules or names of its own. */
  get edited(): boolean {
    return this.#settings !== null;
  }

  /** A segment's default name in the user's language, else its id (a rule the user added). */
  defaultLabel(segmentId: string): string {
    const key = `clv.rfm.segment.${segmentId}`;
    return isRfmKey(key) ? this.#app.i18n.t(key) : segmentId;
  }

  /** A segment's name in the user's language (or as the user renamed it). */
  label(segmentId: string): string {
    return this.names[segmentId] ?? this.defaultLabel(segmentId);
  }

  /** A suggested action's name in the user's language, else its id. */
  actionLabel(actionId: string): string {
    const key = `clv.rfm.action.${actionId}`;
    return isRfmKey(key) ? this.#app.i18n.t(key) : actionId;
  }

  /**
   * Stores rules and names for the plan; false (nothing written) when the rules have an issue,
   * there is no plan, or storage failed (said in a toast).
   */
  async save(segmentRules: SegmentRules, segmentNames: Record<string, string>): Promise<boolean> {
    const planId = this.planId;
    if (planId === null || segmentRuleIssues(segmentRules).length > 0) return false;
    const result = await this.#repo.save(planId, { segmentRules, segmentNames });
    if (!result.ok) this.#fail(result.error);
    return result.ok && result.value !== null;
  }

  /** Back to the default rules and names. */
  async reset(): Promise<boolean> {
    const planId = this.planId;
    if (planId === null) return false;
    const result = await this.#repo.reset(planId);
    if (!result.ok) this.#fail(result.error);
    return result.ok;
  }

  #fail(error: StorageError): void {
    this.#app.toasts.show(this.#app.i18n.storageMessage(error), { kind: 'error' });
  }
}
