// The data screen's CSV side: one import from file to confirmed write (preview, mapping,
// styles, worker run with progress and cancel, report, replace or merge), and the export of
// a plan's sheets. Nothing reaches the database before the user confirms.
import { MetaRepository, PlansRepository, writePlanImport, type PlanSnapshot } from '../db';
import type { BudgetLayer } from '../domain/budget';
import type { DecimalSeparator } from '../domain/number-parse';
import type { Plan } from '../domain/plan';
import { csvBytes, exportFileName, sheetCsv } from '../csv/export';
import type { ImportJob, ImportOutcome } from '../csv/import-pipeline';
import { defaultRunner, type ImportRun, type ImportRunner } from '../csv/import-runner';
import {
  extraColumns,
  missingColumns,
  readRemembered,
  rememberMapping,
  withColumn,
  type RememberedMapping,
} from '../csv/mapping';
import { planImportChanges, type ImportMode } from '../csv/plan-merge';
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
import type { SheetOptions, TargetId } from '../csv/target';
import { targetById } from '../csv/targets';
import type { AppState } from './app-state.svelte';

export type ImportPhase = 'empty' | 'preview' | 'checking' | 'report' | 'writing' | 'done';

export type ImportProblem =
  | { code: 'binary' | 'empty' | 'no-plan' | 'cancelled' }
  | { code: 'failed' | 'storage'; detail: string };

const MAPPING_KEY = 'csvMapping:';
const PREVIEW_ROWS = 8;

export class ImportSession {
  readonly #app: AppState;
  readonly #runner: ImportRunner;
  readonly #meta: MetaRepository;
  #run: ImportRun | null = null;
  #remembered: Record<string, RememberedMapping> = {};

  targetId = $state<TargetId>('plan-wide');
  layer = $state<BudgetLayer>('planned');
  mode = $state<ImportMode>('merge');
  phase = $state<ImportPhase>('empty');
  file = $state.raw<PreparedFile | null>(null);
  /** Header row, mapping, number and date styles: guessed, then confirmed by the user. */
  settings = $state.raw<Guesses | null>(null);
  progress = $state(0);
  rowsRead = $state(0);
  outcome = $state.raw<ImportOutcome | null>(null);
  problem = $state.raw<ImportProblem | null>(null);
  /** The plan as it was when the report was made: what replace or merge would change. */
  current = $state.raw<PlanSnapshot | null>(null);

  constructor(app: AppState, runner: ImportRunner = defaultRunner()) {
    this.#app = app;
    this.#runner = runner;
    this.#meta = new MetaRepository(app.db);
    this.#meta
      .all()
      .then((values) => {
        for (const [key, value] of values) {
          if (key.startsWith(MAPPING_KEY)) {
            this.#remembered[key.slice(MAPPING_KEY.length)] = readRemembered(value);
          }
        }
      })
      // Remembered mappings only spare a few clicks: without them, synonyms still map.
      .catch(() => undefined);
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
  /** What confirming would do to the plan, in the chosen mode. */
  readonly changes = $derived.by(() => {
    const { outcome, current } = this;
    if (!outcome || !current) return null;
    let id = 0;
    return planImportChanges(current, outcome.batch, this.mode, () => `preview-${++id}`);
  });

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
    this.outcome = null;
    this.phase = 'preview';
    if (!plan) {
      this.problem = { code: 'no-plan' };
      return;
    }
    const remembered = this.#remembered[this.targetId] ?? {};
    const options = { plan, fallbackDecimal: this.#fallbackDecimal() };
    this.settings = guessSettings(this.target, file.head, options, remembered, headerRow);
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
    this.settings = settings.decimalConfident
      ? { ...settings, mapping, dateStyleNeeded: styles.dateStyleNeeded }
      : { ...settings, ...styles, mapping };
    this.outcome = null;
    this.phase = 'preview';
  }
  setDecimal(decimal: DecimalSeparator): void {
    if (this.settings) this.settings = { ...this.settings, decimal, decimalConfident: true };
  }
  setDateStyle(dateStyle: DateStyle): void {
    if (this.settings) this.settings = { ...this.settings, dateStyle };
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
      this.phase = 'report';
    } catch (error) {
      this.phase = 'preview';
      const detail = error instanceof Error ? error.message : String(error);
      this.problem = { code: 'failed', detail };
    } finally {
      if (this.#run === run) this.#run = null;
    }
  }

  /** Stops the worker where it is; the database was never touched. */
  cancel(): void {
    this.#run?.cancel();
  }

  /** Writes the accepted rows in one transaction; true when they are stored. */
  async confirm(): Promise<boolean> {
    const { outcome, plan } = this;
    if (!outcome || !plan || this.phase !== 'report') return false;
    this.phase = 'writing';
    const mode = this.mode;
    const result = await writePlanImport(this.#app.db, plan.id, this.#clock(), (current) =>
      planImportChanges(current, outcome.batch, mode, this.#app.env.newId),
    );
    if (!result.ok || result.value === null) {
      this.phase = 'report';
      const detail = result.ok ? '' : this.#app.i18n.storageMessage(result.error);
      this.problem = { code: 'storage', detail };
      return false;
    }
    // The mapping is remembered with the import it served: a check alone writes nothing.
    const mapping = this.settings?.mapping ?? [];
    const remembered = rememberMapping(this.target, this.header, mapping);
    this.#remembered[this.targetId] = remembered;
    await this.#meta.set(MAPPING_KEY + this.targetId, remembered);
    const { created, updated } = result.value;
    const rows = new Intl.NumberFormat(this.#app.i18n.language).format(outcome.acceptedCount);
    this.#app.dataEpoch += 1;
    this.#app.toasts.show(this.#app.i18n.t('import.done', { rows, created, updated }));
    this.phase = 'done';
    return true;
  }

  reset(): void {
    this.#run?.cancel();
    this.#run = null;
    this.file = null;
    this.settings = null;
    this.outcome = null;
    this.current = null;
    this.problem = null;
    this.progress = 0;
    this.rowsRead = 0;
    this.phase = 'empty';
  }
}

export interface SheetFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** One sheet of the open plan as a CSV file; null (and a toast) when it cannot be read. */
export async function planSheetFile(
  app: AppState,
  targetId: TargetId,
  options: SheetOptions,
): Promise<SheetFile | null> {
  const plan = app.workspace.current;
  if (!plan) return null;
  const repo = new PlansRepository(app.db, () => ({
    now: app.env.now(),
    month: app.workspace.thisMonth(),
  }));
  const snapshot = await repo.snapshot(plan.id);
  if (!snapshot.ok) {
    await app.report(Promise.resolve(snapshot));
    return null;
  }
  if (!snapshot.value) return null;
  const text = sheetCsv(targetById(targetId), snapshot.value, options);
  const suffix = targetId === 'plan-wide' ? `${targetId}-${options.layer}` : targetId;
  return { name: exportFileName(plan.name, suffix, app.env.now()), bytes: csvBytes(text) };
}
