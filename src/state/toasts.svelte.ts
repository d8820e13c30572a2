// Short messages at the bottom of the screen, some with one action (such as undo).
export type ToastKind = 'info' | 'error';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  action?: { label: string; run: () => void };
}

const INFO_DURATION_MS = 8000;

export class Toasts {
  #items = $state.raw<Toast[]>([]);
  #nextId = 1;

  get items(): readonly Toast[] {
    return this.#items;
  }

  /** Errors stay until dismissed: a user must not miss that something was not saved. */
  show(message: string, options: { kind?: ToastKind; action?: Toast['action'] } = {}): number {
    const toast: Toast = { id: this.#nextId++, kind: options.kind ?? 'info', message };
    if (options.action) toast.action = options.action;
    this.#items = [...this.#items, toast];
    if (toast.kind === 'info') setTimeout(() => this.dismiss(toast.id), INFO_DURATION_MS);
    return toast.id;
  }

  dismiss(id: number): void {
    this.#items = this.#items.filter((t) => t.id !== id);
  }

  reset(): void {
    this.#items = [];
  }
}
