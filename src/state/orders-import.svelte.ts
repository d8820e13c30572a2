// The CLV screen's orders import, from file to stored orders: the file read (progress,
// cancel), decoded and read in a worker, its preview (read again with the user's day order,
// decimal separator or columns when the file leaves them open), then — only once the user
// confirms — the readable orders stored in one strict all-or-nothing transaction (progress,
// cancel). Nothing partial reaches the database: refused rows are left out after the
// confirmation, and a cancel or a failure stores nothing.
import { ImportCancelled } from '../db/import-writer';
import { OrdersRepository } from '../db/orders-repository';
import type { DateOrder } from '../csv/order-dates';
import type { OrderField } from '../csv/orders-columns';
import { ordersFromColumns, orderCountOf } from '../domain/clv/order-columns';
import type { DecimalSeparator } from '../domain/number-parse';
import type { AppState } from './app-state.svelte';
import { readFileBytes } from './file-read';
import { blockReason } from './orders-import-report';
import {
  answerOrdersRead,
  type OrdersFileRead,
  type OrdersReadChoices,
  type OrdersReadInput,
  type OrdersReadOutput,
} from './orders-read-protocol';
import { jobRunner, type JobRunner } from './worker-jobs';

export type OrdersImportPhase = 'idle' | 'reading' | 'preview' | 'storing' | 'done' | 'failed';

/** Why the last step did not go on; 'cancelled' ones leave things as they were. */
export type OrdersImportProblem =
  | { code: 'binary' | 'empty' | 'read-cancelled' | 'store-cancelled' }
  | { code: 'unreadable' | 'storage'; detail: string };

export interface OrdersImportOptions {
  /** Reads on this thread (tests); by default in a worker where there is one. */
  worker?: boolean;
}

export class OrdersImport {
  readonly #app: AppState;
  readonly #planId: string;
  readonly #runner: JobRunner<OrdersReadInput, OrdersReadOutput>;
  #bytes: Uint8Array | null = null;
  #cancelRead: (() => void) | null = null;
  #storeCancelled = false;
  /** The choices of the read on screen, given back when a read with new ones is cancelled. */
  #choicesShown: OrdersReadChoices = {};

  phase = $state<OrdersImportPhase>('idle');
  /** Share of the file read or of the orders stored, 0 … 1; null while the worker reads. */
  progress = $state<number | null>(0);
  fileName = $state('');
  read = $state.raw<OrdersFileRead | null>(null);
  choices = $state.raw<OrdersReadChoices>({});
  /** Orders the plan holds now, which the import replaces (null until counted). */
  existingCount = $state<number | null>(null);
  importedCount = $state(0);
  problem = $state.raw<OrdersImportProblem | null>(null);

  constructor(app: AppState, planId: string, options: OrdersImportOptions = {}) {
    this.#app = app;
    this.#planId = planId;
    this.#runner = jobRunner<OrdersReadInput, OrdersReadOutput>({
      create: () =>
        new Worker(new URL('./orders-read.worker.ts', import.meta.url), { type: 'module' }),
      answer: answerOrdersRead,
      worker: options.worker,
    });
  }

  get busy(): boolean {
    return this.phase === 'reading' || this.phase === 'storing';
  }

  /** The orders the confirm button stores; 0 when there is nothing to store. */
  get storableCount(): number {
    const read = this.read;
    return read && blockReason(read) === null ? orderCountOf(read.orders) : 0;
  }

  #repository(): OrdersRepository {
    return new OrdersRepository(this.#app.db, this.#app.env.now);
  }

  #locale(): string {
    return this.#app.workspace.current?.locale ?? 'fr-FR';
  }

  /** A new file: read in slices, then read into orders with no choice made yet. */
  async loadFile(file: File): Promise<void> {
    if (this.busy) return;
    this.#reset();
    this.fileName = file.name;
    this.phase = 'reading';
    const reading = readFileBytes(file, (share) => (this.progress = share));
    this.#cancelRead = reading.cancel;
    const bytes = await reading.bytes;
    this.#cancelRead = null;
    if (bytes === null) return; // cancelled: cancel() has said so
    this.#bytes = bytes;
    await this.#readBytes();
  }

  chooseDateOrder(dateOrder: DateOrder): Promise<void> {
    return this.#reread({ ...this.choices, dateOrder });
  }

  chooseDecimal(decimal: DecimalSeparator): Promise<void> {
    return this.#reread({ ...this.choices, decimal });
  }

  /** The column feeding a field, by its index in the header; null: none. */
  chooseColumn(field: OrderField, index: number | null): Promise<void> {
    const columns = { ...this.choices.columns, [field]: index };
    return this.#reread({ ...this.choices, columns });
  }

  async #reread(choices: OrdersReadChoices): Promise<void> {
    if (this.busy || this.#bytes === null) return;
    this.#choicesShown = this.choices;
    this.choices = choices;
    this.phase = 'reading';
    await this.#readBytes();
  }

  async #readBytes(): Promise<void> {
    const bytes = this.#bytes;
    if (bytes === null) return;
    this.progress = null;
    this.problem = null;
    const [outcome, count] = await Promise.all([
      this.#runner.run({ bytes, locale: this.#locale(), choices: this.choices }),
      this.#repository().orderCount(this.#planId),
    ]);
    // Cancelled (or a newer read asked for): cancel() has already set the phase.
    if (outcome.status === 'superseded' || this.phase !== 'reading') return;
    this.existingCount = count.ok ? count.value : null;
    if (outcome.status === 'failed') {
      this.#fail({ code: 'unreadable', detail: outcome.detail });
    } else if (!outcome.output.ok) {
      this.#fail({ code: outcome.output.error.code });
    } else {
      this.read = outcome.output.value;
      this.phase = 'preview';
    }
  }

  /** Stores the readable orders, replacing the plan's; the refused rows are left out. */
  async confirm(): Promise<void> {
    const read = this.read;
    if (this.phase !== 'preview' || read === null || this.storableCount === 0) return;
    const orders = ordersFromColumns(read.orders);
    this.phase = 'storing';
    this.progress = 0;
    this.problem = null;
    this.#storeCancelled = false;
    try {
      const result = await this.#repository().replaceOrders(this.#planId, orders, {
        onProgress: (written) => {
          // Thrown inside the transaction: it aborts and nothing is stored.
          if (this.#storeCancelled) throw new ImportCancelled();
          this.progress = written / orders.length;
        },
      });
      if (!result.ok) {
        this.#fail({ code: 'storage', detail: this.#app.i18n.storageMessage(result.error) });
        return;
      }
      this.importedCount = result.value.count;
      this.phase = 'done';
      const { t } = this.#app.i18n;
      this.#app.toasts.show(t('clv.import.doneToast', { count: result.value.count }));
    } catch (error) {
      if (!(error instanceof ImportCancelled)) throw error;
      this.phase = 'preview';
      this.problem = { code: 'store-cancelled' };
    }
  }

  /** Stops the read (back to the start) or the storing (back to the preview, nothing stored). */
  cancel(): void {
    if (this.phase === 'reading') {
      this.#cancelRead?.();
      this.#cancelRead = null;
      // Ends the worker's run: the next read starts a new worker.
      this.#runner.dispose();
      const hadPreview = this.read !== null;
      this.phase = hadPreview ? 'preview' : 'idle';
      if (hadPreview) this.choices = this.#choicesShown;
      else this.#bytes = null;
      this.problem = { code: 'read-cancelled' };
    } else if (this.phase === 'storing') {
      this.#storeCancelled = true;
    }
  }

  /** Back to choosing a file. */
  reset(): void {
    if (this.busy) return;
    this.#reset();
  }

  #reset(): void {
    this.#bytes = null;
    this.read = null;
    this.choices = {};
    this.#choicesShown = {};
    this.existingCount = null;
    this.importedCount = 0;
    this.problem = null;
    this.progress = 0;
    this.phase = 'idle';
  }

  #fail(problem: OrdersImportProblem): void {
    this.problem = problem;
    this.phase = 'failed';
  }

  dispose(): void {
    this.#runner.dispose();
  }
}
