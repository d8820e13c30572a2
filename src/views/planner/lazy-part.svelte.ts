// A part of the planner whose code is fetched on demand (see planner-parts.ts): it is asked
// for once, and once it has arrived it renders at once, without a loading state in between.

export class LazyModule<T> {
  /** The module once it has arrived. */
  current = $state.raw<T | undefined>(undefined);
  #pending: Promise<T> | null = null;
  readonly #importer: () => Promise<T>;

  constructor(importer: () => Promise<T>) {
    this.#importer = importer;
  }

  /** Fetches the module, once: a failed fetch (offline, say) is tried again next time. */
  load(): Promise<T> {
    this.#pending ??= this.#importer().then(
      (module) => (this.current = module),
      (error: unknown) => {
        this.#pending = null;
        throw error;
      },
    );
    return this.#pending;
  }
}
