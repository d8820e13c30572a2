// Short messages at the edge of the screen, some with one action (such as undo). At most
// three are on screen, and the same message shown again is counted ("×3") rather than
// stacked: a write retried five times must not bury the grid under five copies.
export type ToastKind = 'info' | 'error';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  /** How many times this message was shown while on screen: 1, then "×2", "×3"… */
  count: number;
  action?: { label: string; run: () => void };
}

const INFO_DURATION_MS = 8000;
export const MAX_VISIBLE_TOASTS = 3;

export class Toasts {
  /** Every toast not yet dismissed, oldest first; only the newest few are on screen. */
  #items = $state.raw<Toast[]>([]);
  #timers = new Map<number, ReturnType<typeof setTimeout>>();
  #nextId = 1;

  /**
   * What is on screen: the newest three, oldest first. Older ones wait, not lost: an error
   * comes back into view when a newer toast is dismissed (an info toast may expire first).
   */
  get items(): readonly Toast[] {
    return this.#items.slice(-MAX_VISIBLE_TOASTS);
  }

  /**
   * Errors stay until dismissed: a user must not miss that something was not saved. A
   * message already shown (same kind and text, neither with an action) is counted and
   * brought to the front, its time on screen starting again; toasts with an action are never
   * merged, since each action (an undo) belongs to its own event.
   */
  show(message: string, options: { kind?: ToastKind; action?: Toast['action'] } = {}): number {
    const kind = options.kind ?? 'info';
    const same = options.action
      ? undefined
      : this.#items.find((t) => t.kind === kind && t.message === message && !t.action);
    const toast: Toast = same
      ? { ...same, count: same.count + 1 }
      : { id: this.#nextId++, kind, message, count: 1 };
    if (options.action) toast.action = options.action;
    this.#items = [...this.#items.filter((t) => t.id !== toast.id), toast];
    if (toast.kind === 'info') this.#expireLater(toast.id);
    return toast.id;
  }

  #expireLater(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.set(
      id,
      setTimeout(() => this.dismiss(id), INFO_DURATION_MS),
    );
  }

  dismiss(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.#items = this.#items.filter((t) => t.id !== id);
  }

  reset(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#items = [];
  }
}
