// The data screen's CSV import, from file to confirmed write: read (with progress), preview
// and mapping, the check in the worker, the report and its questions (unknown values, the
// period, odd rows, what a replace removes), the one write (with progress and cancel) and
// its undo. Nothing reaches the database before the user confirms.
import '../i18n/data-catalogue';
import { PlansRepository, type PlanSnapshot } from '../db';
import { type ImportHistoryItem } from '../db/import-undo';
import { ImportCancelled, writePlanImport } from '../db/import-writer';
import type { BudgetLayer } from '../domain/budget';
import type { DecimalSeparator } from '../domain/number-parse';
import type { Plan } from '../domain/plan';
import type { ImportJob, ImportOutcome } from '../csv/import-pipeline';
import { spanInside } from '../csv/import-period';
import { defaultRunner, type ImportRun, type ImportRunner } from '../csv/import-runner';
import { extraColumns, missingColumns, rememberMapping, withColumn } from '../csv/mapping';
import { planImportChanges, type ImportChoices, type ImportMode } from '../csv/plan-merge';
import {
  guessSettings,
  guessStyles,
  prepareBytes,
  prepareText,
  withDelimiter,
  type Guesses,
  type PreparedFile,
} from '../csv/prepare';
import type { DateStyle, Delimiter } from '../csv/sniff';
import type { TargetId } from '../csv/target';
import { targetById } from '../csv/targets';
import type { AppState } from './app-state.svelte';
import { RememberedMappings } from './import-mappings';
import { recentImports, undoImportAndSay } from './import-undo-actions';
import { ReportAnswers } from './import-answers.svelte';
import { readFileBytes } from './file-read';

export type { ImportHistoryItem } from '../db/import-undo';

export type ImportPhase =
  'empty' | 'reading' | 'preview' | 'checking' | 'report' | 'writing' | 'done';

export type ImportProblem =
  | { code: 'binary' | 'empty' | 'no-plan' | 'cancelled' | 'write-cancelled' }
  | { code: 'failed' | 'storage' | 'unreadable'; detail: string };

const PREVIEW_ROWS = 8;

export class ImportSession {
  readonly #app: AppState;
  readonly #runner: ImportRunner;
  #run: ImportRun | null = null;
  #cancelRead: (() => void) | null = null;
  #writeCancelled = false;
  /** Whether the user chose the decimal separator: a new mapping no longer guesses it. */
  #decimalChosen = false;
  readonly #remembered: RememberedMappings;

  targetId = $state<TargetId>('plan-wide');
  layer = $state<BudgetLayer>('planned');
  mode = $state<ImportMode>('merge');
  phase = $state<ImportPhase>('empty');
  file = $state.raw<PreparedFile | null>(null);
  /** Header row, mapping, number and date styles: guessed, then confirmed by the user. */
  settings = $state.raw<Guesses | null>(null);
  /** Share of the current phase done (read, check or write), 0 … 1. */
  progress = $state(0);
  rowsRead = $state(0);
  outcome = $state.raw<ImportOutcome | null>(null);
  problem = $state.raw<ImportProblem | null>(null);
  /** The plan as it was when the report was made: what replace or merge would change. */
  current = $state.raw<PlanSnapshot | null>(null);
  /** What the user answered in the report: values, period, odd rows, refused channels. */
  readonly answers = new ReportAnswers();
  /** The undo record of the import just written, for the success message's button. */
  lastUndoId = $state<string | null>(null);

  constructor(app: AppState, runner: ImportRunner = defaultRunner()) {
    this.#app = app;
    this.#runner = runner;
    this.#remembered = new RememberedMappings(app.db);
  }

  get target() {
    return targetById(this.targetId);
  }
  get plan(): Plan | null {
    return this.#app.workspace.current;
  }
  get header(): string[] {
    return this.file?.head[this.settings?.headerRow ?? 0] ?? [];
  }
  get previewRows(): string[][] {
    const start = (this.settings?.headerRow ?? 0) + 1;
    return this.file?.head.slice(start, start + PREVIEW_ROWS) ?? [];
  }
  /** The month each file column stands for, in the wide form. */
  get extras() {
    const plan = this.plan;
    return plan ? extraColumns(this.target, this.header, { plan }) : [];
  }
  get missing() {
    return missingColumns(this.target, this.settings?.mapping ?? []);
  }
  get canCheck(): boolean {
    return this.file !== null && this.plan !== null && this.missing.length === 0;
  }
  get busy(): boolean {
    return this.phase === 'reading' || this.phase === 'checking' || this.phase === 'writing';
  }
  /** Whether the file's months differ from the plan's: the period step asks. */
  readonly periodAsked = $derived.by(() => {
    const { outcome, current } = this;
    return outcome !== null && current !== null && !spanInside(current.plan, outcome.monthSpan);
  });
  /** What confirming would do to the plan, with the choices made so far. */
  readonly changes = $derived.by(() => {
    const { outcome, current } = this;
    if (!outcome || !current) return null;
    const choices = this.#choices(current);
    if (!choices) return null;
    let id = 0;
    return planImportChanges(
      current,
      outcome.batch,
      choices,
      () => `preview-${++id}`,
      outcome.heldNames,
    );
  });
  /** Why the import cannot be confirmed yet; null when it can. */
  readonly blocker = $derived(
    this.outcome ? this.answers.blocker(this.outcome, this.periodAsked) : null,
  );

  #choices(current: PlanSnapshot): ImportChoices | null {
    const span = this.outcome?.monthSpan ?? null;
    return this.answers.choices(current.plan, span, this.periodAsked, this.mode);
  }

  /** Reads a chosen or dropped file with progress; the read can be cancelled. */
  async loadFile(file: Blob & { name: string }): Promise<void> {
    this.reset();
    this.phase = 'reading';
    const reading = readFileBytes(file, (share) => (this.progress = share));
    this.#cancelRead = reading.cancel;
    const bytes = await reading.bytes.catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      this.phase = 'empty';
      this.problem = { code: 'unreadable', detail };
      return null;
    });
    this.#cancelRead = null;
    if (bytes === null) {
      if (this.phase === 'reading') {
        this.phase = 'empty';
        this.problem = { code: 'cancelled' };
      }
      return;
    }
    await this.loadBytes(bytes, file.name);
  }

  async loadBytes(bytes: Uint8Array, name: string): Promise<void> {
    const prepared = prepareBytes(bytes, name);
    if (prepared.ok) this.#use(prepared.value);
    else this.#refuse(prepared.error.code);
  }

  loadText(text: string, name: string): void {
    if (text.trim() === '') this.#refuse('empty');
    else this.#use(prepareText(text, name, 'pasted'));
  }

  #refuse(code: 'binary' | 'empty'): void {
    this.reset();
    this.problem = { code };
  }

  #use(file: PreparedFile): void {
    this.reset();
    this.file = file;
    this.#guess();
  }

  #fallbackDecimal(): DecimalSeparator {
    return this.#app.i18n.language === 'fr' ? ',' : '.';
  }

  /** Everything guessed again: a new file, target, delimiter or header row. */
  #guess(headerRow?: number): void {
    const { file, plan } = this;
    if (!file) return;
    this.#forgetReport();
    this.phase = 'preview';
    if (!plan) {
      this.problem = { code: 'no-plan' };
      return;
    }
    const remembered = this.#remembered.of(this.targetId);
    this.#decimalChosen = false;
    const options = { plan, fallbackDecimal: this.#fallbackDecimal() };
    this.settings = guessSettings(this.target, file.head, options, remembered, headerRow);
  }

  #forgetReport(): void {
    this.outcome = null;
    this.answers.forget();
  }

  setTarget(id: TargetId): void {
    this.targetId = id;
    this.#guess();
  }
  setDelimiter(delimiter: Delimiter): void {
    if (!this.file) return;
    this.file = withDelimiter(this.file, delimiter);
    this.#guess();
  }
  setHeaderRow(row: number): void {
    this.#guess(row);
  }
  setColumn(fileColumn: number, key: string | null): void {
    const { file, plan, settings } = this;
    if (!file || !plan || !settings) return;
    const mapping = withColumn(settings.mapping, fileColumn, key);
    const options = { plan, fallbackDecimal: settings.decimal };
    const styles = guessStyles(this.target, file.head, settings.headerRow, mapping, options);
    // A style the user chose stays; a guess is refined by the newly mapped columns.
    this.settings = this.#decimalChosen
      ? { ...settings, mapping, dateStyleNeeded: styles.dateStyleNeeded }
      : { ...settings, ...styles, mapping };
    this.#forgetReport();
    this.phase = 'preview';
  }
  setDecimal(decimal: DecimalSeparator): void {
    if (!this.settings) return;
    this.#decimalChosen = true;
    this.settings = { ...this.settings, decimal, decimalConfident: true };
  }
  setDateStyle(dateStyle: DateStyle): void {
    if (this.settings) this.settings = { ...this.settings, dateStyle };
  }

  /**
   * Records what an unknown value stands for ('' refuses its rows). Once every value is
   * answered, the file is checked again with the answers: the held rows are read.
   */
  answer(column: string, valueKey: string, code: string): void {
    this.answers.answer(column, valueKey, code);
    if (this.answers.unanswered.length === 0 && this.phase === 'report') void this.check();
  }

  /** Odd rows in or out: the file is checked again so that the counts say the truth. */
  setOddRows(choice: 'import' | 'refuse'): void {
    if (this.answers.oddRows === choice) return;
    this.answers.oddRows = choice;
    if (this.phase === 'report') void this.check();
  }

  #job(file: PreparedFile, plan: Plan, settings: Guesses): ImportJob {
    return {
      targetId: this.targetId,
      text: file.text,
      delimiter: file.delimiter,
      headerRow: settings.headerRow,
      mapping: [...settings.mapping],
      options: {
        decimal: settings.decimal,
        dateStyle: settings.dateStyle,
        layer: this.layer,
        plan: { firstMonth: plan.firstMonth, monthCount: plan.monthCount },
        answers: this.answers.values,
        oddRows: this.answers.oddRows,
      },
    };
  }

  #clock() {
    return { now: this.#app.env.now(), month: this.#app.workspace.thisMonth() };
  }

  /** Reads and checks every row in the worker; nothing is written. */
  async check(): Promise<void> {
    const { file, plan, settings } = this;
    if (!file || !plan || !settings || !this.canCheck) return;
    this.problem = null;
    this.phase = 'checking';
    this.progress = 0;
    this.rowsRead = 0;
    const run = this.#runner(this.#job(file, plan, settings), (share, rowCount) => {
      this.progress = share;
      this.rowsRead = rowCount;
    });
    this.#run = run;
    const plans = new PlansRepository(this.#app.db, () => this.#clock());
    try {
      const [outcome, snapshot] = await Promise.all([run.outcome, plans.snapshot(plan.id)]);
      if (this.#run !== run) return;
      if (outcome === null) {
        this.phase = 'preview';
        this.problem = { code: 'cancelled' };
        return;
      }
      if (!snapshot.ok) throw new Error(this.#app.i18n.storageMessage(snapshot.error));
      this.current = snapshot.value;
      this.outcome = outcome;
      this.answers.noteAsked(outcome.pendingValues);
      // An empty plan takes the file's period without asking: there is nothing to lose.
      if (this.answers.period === null && this.periodAsked && isEmptyPlan(snapshot.value)) {
        this.answers.period = 'file';
      }
      this.phase = 'report';
    } catch (error) {
      this.phase = 'preview';
      const detail = error instanceof Error ? error.message : String(error);
      this.problem = { code: 'failed', detail };
    } finally {
      if (this.#run === run) this.#run = null;
    }
  }

  /** Stops the phase under way: the read, the check, or the write (rolled back whole). */
  cancel(): void {
    if (this.phase === 'reading') this.#cancelRead?.();
    else if (this.phase === 'writing') this.#writeCancelled = true;
    else this.#run?.cancel();
  }

  /** Writes the accepted rows in one transaction; true when they are stored. */
  async confirm(): Promise<boolean> {
    const { outcome, plan, file } = this;
    if (!outcome || !plan || this.phase !== 'report' || this.blocker !== null) return false;
    this.phase = 'writing';
    this.progress = 0;
    this.#writeCancelled = false;
    const undoId = this.#app.env.newId();
    const compute = (current: PlanSnapshot) => {
      const choices = this.#choices(current);
      if (!choices) throw new Error('period');
      return planImportChanges(
        current,
        outcome.batch,
        choices,
        this.#app.env.newId,
        outcome.heldNames,
      );
    };
    // The mapping is remembered with the import it served (in its transaction): a check
    // alone writes nothing.
    const remembered = rememberMapping(this.target, this.header, this.settings?.mapping ?? []);
    let result;
    try {
      result = await writePlanImport(this.#app.db, plan.id, this.#clock(), compute, {
        undoId,
        summary: { fileName: file?.name ?? '', rows: outcome.acceptedCount },
        onProgress: (share) => (this.progress = share),
        shouldContinue: () => !this.#writeCancelled,
        meta: [this.#remembered.record(this.targetId, remembered)],
      });
    } catch (error) {
      if (!(error instanceof ImportCancelled)) throw error;
      this.phase = 'report';
      this.problem = { code: 'write-cancelled' };
      return false;
    }
    if (!result.ok || result.value === null) {
      this.phase = 'report';
      const detail = result.ok ? '' : this.#app.i18n.storageMessage(result.error);
      this.problem = { code: 'storage', detail };
      return false;
    }
    this.#remembered.keep(this.targetId, remembered);
    const { created, updated, deletedChannelIds } = result.value;
    const { t } = this.#app.i18n;
    this.lastUndoId = undoId;
    this.#app.dataEpoch += 1;
    this.#app.toasts.show(
      t('import.done', {
        rows: outcome.acceptedCount,
        created,
        updated,
        deleted: deletedChannelIds.length,
      }),
      { action: { label: t('import.undo'), run: () => void this.undo(undoId) } },
    );
    this.phase = 'done';
    return true;
  }

  /** The open plan's recent imports, newest first; empty when they cannot be read. */
  history(planId: string): Promise<ImportHistoryItem[]> {
    return recentImports(this.#app, planId);
  }

  /** Puts the plan back as it was before that import; says so, or why it cannot. */
  async undo(undoId: string): Promise<boolean> {
    const undone = await undoImportAndSay(this.#app, undoId);
    if (undone && this.lastUndoId === undoId) this.lastUndoId = null;
    return undone;
  }

  reset(): void {
    this.#run?.cancel();
    this.#run = null;
    this.#cancelRead?.();
    this.#cancelRead = null;
    this.file = null;
    this.settings = null;
    this.#forgetReport();
    this.current = null;
    this.problem = null;
    this.progress = 0;
    this.rowsRead = 0;
    this.answers.oddRows = 'import';
    this.phase = 'empty';
  }
}

/** A plan with no amount anywhere: taking the file's period hides nothing. */
function isEmptyPlan(snapshot: PlanSnapshot | null): boolean {
  return (snapshot?.budgets ?? []).every((budget) => Object.keys(budget.months).length === 0);
}
