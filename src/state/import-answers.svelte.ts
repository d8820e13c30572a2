// What the user answered in an import's report: the values no lexicon knows, the period,
// rows of odd length, and the refused channels a replace may delete. Kept apart from the
// session's phases so that each reads on its own; a new file or mapping forgets them.
import type { ImportOutcome } from '../csv/import-pipeline';
import {
  chosenPeriod,
  type MonthSpan,
  type PeriodChoice,
  type PlanPeriod,
} from '../csv/import-period';
import type { ImportChoices, ImportMode } from '../csv/plan-merge';
import type { ValueAnswers } from '../csv/target';

export type ImportBlocker = 'no-rows' | 'answers' | 'period';

type AskedValue = ImportOutcome['pendingValues'][number];

export class ReportAnswers {
  /** By column and textKey of the value: the code chosen, or '' to refuse its rows. */
  values = $state.raw<ValueAnswers>({});
  /**
   * Every value asked about since the file was checked, answered or not: the questions stay
   * on screen after the check that used the answers, so that an answer can be changed.
   */
  asked = $state.raw<AskedValue[]>([]);
  /** Rows shorter or longer than the header: imported unless the user says not. */
  oddRows = $state<'import' | 'refuse'>('import');
  /** How the file's months meet the plan's; null until chosen when they differ. */
  period = $state<PeriodChoice | null>(null);
  /** Channels only refused rows name, ticked for removal by a replace. */
  removeHeld = $state.raw<ReadonlySet<string>>(new Set());

  /** The values still to answer before the rows that give them can be read. */
  readonly unanswered = $derived(
    this.asked.filter((asked) => this.values[asked.column]?.[asked.key] === undefined),
  );

  /**
   * What the merge is told, from these answers; null when the period chosen would need more
   * months than a plan may have. periodAsked: whether the file's months differ from the plan's.
   */
  choices(
    plan: PlanPeriod,
    span: MonthSpan | null,
    periodAsked: boolean,
    mode: ImportMode,
  ): ImportChoices | null {
    const period = chosenPeriod(plan, span, periodAsked ? (this.period ?? 'inside') : 'inside');
    return period ? { mode, period, removeHeld: this.removeHeld } : null;
  }

  /** Why the import cannot be confirmed yet; null when it can. */
  blocker(outcome: ImportOutcome, periodAsked: boolean): ImportBlocker | null {
    if (this.unanswered.length > 0) return 'answers';
    // An import with no accepted row writes nothing: it never empties a plan by itself.
    if (outcome.acceptedCount === 0) return 'no-rows';
    if (periodAsked && this.period === null) return 'period';
    return null;
  }

  /** A new file, target or mapping: the answers were about another reading. */
  forget(): void {
    this.asked = [];
    this.values = {};
    this.period = null;
    this.removeHeld = new Set();
  }

  /** Adds the values a check found that were not asked about yet. */
  noteAsked(found: readonly AskedValue[]): void {
    const known = new Set(this.asked.map((a) => `${a.column}|${a.key}`));
    const fresh = found.filter((p) => !known.has(`${p.column}|${p.key}`));
    if (fresh.length > 0) this.asked = [...this.asked, ...fresh];
  }

  answer(column: string, valueKey: string, code: string): void {
    this.values = { ...this.values, [column]: { ...this.values[column], [valueKey]: code } };
  }

  toggleRemoveHeld(channelId: string, remove: boolean): void {
    const next = new Set(this.removeHeld);
    if (remove) next.add(channelId);
    else next.delete(channelId);
    this.removeHeld = next;
  }
}
