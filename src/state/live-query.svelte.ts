// The runes bridge over the database's live queries: `current` is undefined while the first
// answer is on its way (show a loading state, not an empty list), then follows every change.
import { observe, type StorageError } from '../db';

export class LiveQuery<T> {
  #value = $state.raw<T | undefined>(undefined);
  #error = $state.raw<StorageError | null>(null);

  /**
   * `query` is read inside an effect: when the reactive values it reads change (a plan id,
   * say), the old subscription ends and a new one starts. Return null to observe nothing.
   * Must be constructed during component setup or inside `$effect.root`.
   */
  constructor(query: () => (() => Promise<T>) | null) {
    $effect(() => {
      const run = query();
      this.#value = undefined;
      this.#error = null;
      if (run === null) return;
      return observe(
        run,
        (value) => {
          this.#value = value;
          this.#error = null;
        },
        (error) => {
          this.#error = error;
        },
      );
    });
  }

  /**
   * A value known before the first answer (a first visit: no database yet, so no plans),
   * shown until the query answers; ignored once it has.
   */
  assume(value: T): void {
    if (this.#value === undefined) this.#value = value;
  }

  get current(): T | undefined {
    return this.#value;
  }

  get loading(): boolean {
    return this.#value === undefined && this.#error === null;
  }

  get error(): StorageError | null {
    return this.#error;
  }
}
