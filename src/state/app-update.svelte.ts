// The service worker's news for the UI: "works offline now" and "a new version is ready".
// Prompt mode: the new version waits until the user accepts it, never reloading under them.
export type RegisterServiceWorker = (options: {
  onNeedRefresh: () => void;
  onOfflineReady: () => void;
}) => (reloadPage?: boolean) => Promise<void>;

export class AppUpdate {
  #needRefresh = $state(false);
  #offlineReady = $state(false);
  #update: ((reloadPage?: boolean) => Promise<void>) | null = null;

  start(register: RegisterServiceWorker): void {
    this.#update = register({
      onNeedRefresh: () => (this.#needRefresh = true),
      onOfflineReady: () => (this.#offlineReady = true),
    });
  }

  get needRefresh(): boolean {
    return this.#needRefresh;
  }
  get offlineReady(): boolean {
    return this.#offlineReady;
  }

  async accept(): Promise<void> {
    await this.#update?.(true);
  }

  dismiss(): void {
    this.#needRefresh = false;
    this.#offlineReady = false;
  }
}
