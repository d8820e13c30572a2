// One CSV import from a screen's file drop, for the imports that read a whole file in a worker
// and store nothing before the user confirms (leads, influencers): the file read, its bytes
// moved to the worker, the read shown as a preview, then the write the screen gives, all or
// nothing, or the cancel. The screens keep only what they show; the phases are one machine.
import type { DecodeError } from '../csv/decode';
import type { Result } from '../domain/result';
import { readFileBytes } from './file-read';
import { jobRunner, type JobRunner } from './worker-jobs';

export type CsvFilePhase = 'idle' | 'reading' | 'preview' | 'storing' | 'done';

/** Why the last step did not go on; the screen words it, in the user's language. */
export type CsvFileProblem =
  /** The worker failed (crashed, or threw on this file). */
  | { code: 'failed'; detail: string }
  /** The file is no text: DecodeError's code. */
  | { code: DecodeError['code'] }
  /** The write failed; nothing changed and the preview stays. */
  | { code: 'store-failed' };

export interface CsvFileSessionOptions<Input, Read, Choice> {
  /** Creates the reading worker: `new Worker(new URL(…), …)` in place, for Vite. */
  create: () => Worker;
  /** The same read on the page's thread, where there is no Worker. */
  answer: (input: Input) => Result<Read, DecodeError>;
  /** The worker's input for a file's bytes, with what the screen adds (language, locale). */
  input: (bytes: Uint8Array) => Input;
  /** How many rows the read would store: a read of none has nothing to confirm. */
  rowsIn: (read: Read) => number;
  /** Stores the read's rows as the user chose; false when the write failed (nothing changed). */
  store: (read: Read, choice: Choice) => Promise<boolean>;
}

export class CsvFileSession<Input extends { bytes: Uint8Array }, Read, Choice = void> {
  readonly #options: CsvFileSessionOptions<Input, Read, Choice>;
  readonly #runner: JobRunner<Input, Result<Read, DecodeError>>;
  #cancelRead: (() => void) | null = null;

  #phase = $state<CsvFilePhase>('idle');
  #fileName = $state('');
  #read = $state.raw<Read | null>(null);
  #problem = $state.raw<CsvFileProblem | null>(null);
  #imported = $state.raw<{ count: number; choice: Choice } | null>(null);

  /** Reading or storing: a new file waits. */
  readonly busy = $derived(this.#phase === 'reading' || this.#phase === 'storing');

  constructor(options: CsvFileSessionOptions<Input, Read, Choice>) {
    this.#options = options;
    this.#runner = jobRunner({ create: options.create, answer: options.answer });
  }

  get phase(): CsvFilePhase {
    return this.#phase;
  }
  /** The file being read, for the "reading" status. */
  get fileName(): string {
    return this.#fileName;
  }
  /** The read on preview (and while it is stored); null otherwise. */
  get read(): Read | null {
    return this.#read;
  }
  get problem(): CsvFileProblem | null {
    return this.#problem;
  }
  /** What the last confirm stored: its row count and the user's choice. */
  get imported(): { count: number; choice: Choice } | null {
    return this.#imported;
  }

  async load(file: File): Promise<void> {
    if (this.busy) return;
    this.#read = null;
    this.#problem = null;
    this.#imported = null;
    this.#fileName = file.name;
    this.#phase = 'reading';
    const reading = readFileBytes(file, () => {});
    this.#cancelRead = reading.cancel;
    const bytes = await reading.bytes;
    this.#cancelRead = null;
    if (bytes === null) return; // cancelled: cancel() has reset the session
    // The bytes are not read again: moved to the worker rather than copied.
    const outcome = await this.#runner.run(this.#options.input(bytes), [bytes.buffer]);
    if (outcome.status === 'superseded') return;
    if (outcome.status === 'failed') {
      this.#problem = { code: 'failed', detail: outcome.detail };
      this.#phase = 'idle';
      return;
    }
    const output = outcome.output;
    if (!output.ok) {
      this.#problem = { code: output.error.code };
      this.#phase = 'idle';
      return;
    }
    this.#read = output.value;
    this.#phase = 'preview';
  }

  async confirm(choice: Choice): Promise<void> {
    const pending = this.#read;
    if (pending === null || this.#phase !== 'preview') return;
    const count = this.#options.rowsIn(pending);
    if (count === 0) return;
    this.#phase = 'storing';
    this.#problem = null;
    const stored = await this.#options.store(pending, choice);
    if (!stored) {
      this.#problem = { code: 'store-failed' };
      this.#phase = 'preview';
      return;
    }
    this.#imported = { count, choice };
    this.#read = null;
    this.#phase = 'done';
  }

  cancel(): void {
    this.#cancelRead?.();
    this.#cancelRead = null;
    this.#read = null;
    this.#problem = null;
    this.#phase = 'idle';
  }

  /** Stops a read under way and the worker: the screen is leaving. */
  dispose(): void {
    this.#cancelRead?.();
    this.#runner.dispose();
  }
}
