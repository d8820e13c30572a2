// The service worker's news for the UI ("works offline now", "a new version is ready"), and
// the update agreed between the open tabs. Prompt mode: a new version waits until the user
// accepts it. The accepting tab first asks the other tabs over a BroadcastChannel: each saves
// its queued writes, then reloads if it is hidden (nobody is typing there), else says "an
// update is waiting, reload when ready". Only then does the new service worker take over —
// so no tab is reloaded under its user's fingers, and none loses what it had queued.
// An open tab also looks for a new version when it becomes visible and every hour.

/** What vite-plugin-pwa's registerSW accepts and returns (the parts used here). */
export type RegisterServiceWorker = (options: {
  onNeedRefresh: () => void;
  onOfflineReady: () => void;
  /** The new worker took control: registerSW would reload the page itself without this. */
  onNeedReload: () => void;
  onRegisteredSW: (url: string, registration: ServiceWorkerRegistration | undefined) => void;
}) => (reloadPage?: boolean) => Promise<void>;

export type UpdateMessage =
  | { kind: 'request'; from: string }
  | { kind: 'saving'; from: string; to: string }
  | { kind: 'saved'; from: string; to: string }
  | { kind: 'reloading'; from: string };

/** The part of BroadcastChannel used here, so that tests can pass a fake one. */
export interface UpdateChannel {
  postMessage(message: UpdateMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<UpdateMessage>) => void): void;
  removeEventListener(
    type: 'message',
    listener: (event: MessageEvent<UpdateMessage>) => void,
  ): void;
  close(): void;
}

/** The page around the app: reload, visibility and a timer, passed in for tests. */
export interface UpdatePage {
  reload(): void;
  isHidden(): boolean;
  onVisible(listener: () => void): () => void;
  every(ms: number, listener: () => void): () => void;
}

export interface UpdateOptions {
  channel?: UpdateChannel | null;
  page?: UpdatePage;
  id?: string;
  /** How long the accepting tab listens for other tabs before counting them. */
  answerWindowMs?: number;
  /** How long it waits at most for them to save. */
  saveTimeoutMs?: number;
}

export const UPDATE_CHANNEL = 'mixplan-update';
export const CHECK_EVERY_MS = 60 * 60 * 1000;

export function browserPage(): UpdatePage {
  return {
    reload: () => window.location.reload(),
    isHidden: () => document.visibilityState === 'hidden',
    onVisible(listener) {
      const onChange = () => {
        if (document.visibilityState === 'visible') listener();
      };
      document.addEventListener('visibilitychange', onChange);
      return () => document.removeEventListener('visibilitychange', onChange);
    },
    every(ms, listener) {
      const timer = setInterval(listener, ms);
      return () => clearInterval(timer);
    },
  };
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class AppUpdate {
  #needRefresh = $state(false);
  #offlineReady = $state(false);
  #waiting = $state(false);
  #busy = $state(false);
  #notSaved = $state(false);
  #update: ((reloadPage?: boolean) => Promise<void>) | null = null;
  #registration: ServiceWorkerRegistration | null = null;
  #prepare: () => Promise<boolean> = () => Promise.resolve(true);
  /** Set once this tab knows what to do when the new worker takes control. */
  #onTakeOver: 'reload' | 'wait' | null = null;
  #accepted = false;
  #stops: Array<() => void> = [];
  readonly #channel: UpdateChannel | null;
  readonly #page: UpdatePage | null;
  readonly #id: string;
  readonly #answerWindowMs: number;
  readonly #saveTimeoutMs: number;

  constructor(options: UpdateOptions = {}) {
    this.#channel = options.channel ?? null;
    this.#page = options.page ?? null;
    this.#id = options.id ?? Math.random().toString(36).slice(2);
    this.#answerWindowMs = options.answerWindowMs ?? 300;
    this.#saveTimeoutMs = options.saveTimeoutMs ?? 5000;
  }

  start(register: RegisterServiceWorker): void {
    this.#update = register({
      onNeedRefresh: () => (this.#needRefresh = true),
      onOfflineReady: () => (this.#offlineReady = true),
      onNeedReload: () => this.#takenOver(),
      onRegisteredSW: (_url, registration) => (this.#registration = registration ?? null),
    });
    const channel = this.#channel;
    if (channel) {
      const onMessage = (event: MessageEvent<UpdateMessage>) => void this.#receive(event.data);
      channel.addEventListener('message', onMessage);
      this.#stops.push(() => channel.removeEventListener('message', onMessage));
    }
    if (this.#page) {
      this.#stops.push(this.#page.onVisible(() => this.check()));
      this.#stops.push(this.#page.every(CHECK_EVERY_MS, () => this.check()));
    }
  }

  /** The app's flush of queued writes (AppState.prepareReload); returns a disconnect. */
  connect(prepare: () => Promise<boolean>): () => void {
    this.#prepare = prepare;
    return () => {
      if (this.#prepare === prepare) this.#prepare = () => Promise.resolve(true);
    };
  }

  get needRefresh(): boolean {
    return this.#needRefresh;
  }
  get offlineReady(): boolean {
    return this.#offlineReady;
  }
  /** Another tab updated: this one reloads when its user is ready. */
  get waiting(): boolean {
    return this.#waiting;
  }
  /** The other tabs are saving before the update. */
  get busy(): boolean {
    return this.#busy;
  }
  /** This tab's own changes could not be saved: the update waits. */
  get notSaved(): boolean {
    return this.#notSaved;
  }

  /** Asks the service worker registration whether a new version is out. */
  check(): void {
    // Offline, the server unreachable, the worker being replaced: there will be another chance.
    try {
      this.#registration?.update().catch(() => undefined);
    } catch {
      // Some browsers throw at once instead of rejecting (an uninstalled registration).
    }
  }

  /** The user accepted: save here, let the other tabs save, then switch to the new version. */
  async accept(): Promise<boolean> {
    if (this.#busy) return false;
    this.#busy = true;
    this.#notSaved = false;
    try {
      if (!(await this.#prepare())) {
        this.#notSaved = true;
        return false;
      }
      await this.#askOtherTabs();
      this.#onTakeOver = 'reload';
      this.#accepted = true;
      await this.#update?.(true);
      return true;
    } finally {
      this.#busy = false;
    }
  }

  /** "Reload now", from the waiting prompt: save what is queued first. */
  async reloadNow(): Promise<void> {
    if (!(await this.#prepare())) {
      this.#notSaved = true;
      return;
    }
    this.#page?.reload();
  }

  dismiss(): void {
    this.#needRefresh = false;
    this.#offlineReady = false;
    this.#waiting = false;
    this.#notSaved = false;
  }

  stop(): void {
    for (const stop of this.#stops.splice(0)) stop();
  }

  async #askOtherTabs(): Promise<void> {
    const channel = this.#channel;
    if (!channel) return;
    const saving = new Set<string>();
    const saved = new Set<string>();
    let allSaved: () => void = () => {};
    const listener = (event: MessageEvent<UpdateMessage>) => {
      const message = event.data;
      if (!('to' in message) || message.to !== this.#id) return;
      if (message.kind === 'saving') saving.add(message.from);
      if (message.kind === 'saved') saved.add(message.from);
      if ([...saving].every((tab) => saved.has(tab))) allSaved();
    };
    channel.addEventListener('message', listener);
    try {
      channel.postMessage({ kind: 'request', from: this.#id });
      // Tabs answer "saving" at once; a tab that does not answer in time is frozen or gone.
      await pause(this.#answerWindowMs);
      if ([...saving].some((tab) => !saved.has(tab))) {
        await Promise.race([
          new Promise<void>((resolve) => (allSaved = resolve)),
          pause(this.#saveTimeoutMs),
        ]);
      }
    } finally {
      channel.removeEventListener('message', listener);
    }
  }

  async #receive(message: UpdateMessage): Promise<void> {
    if (message.from === this.#id) return;
    if (message.kind === 'reloading') {
      this.#takenOver();
      return;
    }
    if (message.kind !== 'request') return;
    const reply = { from: this.#id, to: message.from };
    this.#channel?.postMessage({ kind: 'saving', ...reply });
    const ready = await this.#prepare();
    // A visible tab is being used: it is not reloaded under its user, only told.
    this.#onTakeOver = ready && this.#page?.isHidden() === true ? 'reload' : 'wait';
    this.#channel?.postMessage({ kind: 'saved', ...reply });
  }

  /** The new service worker controls this page now, or the accepting tab is reloading. */
  #takenOver(): void {
    if (this.#onTakeOver === 'reload') {
      // The accepting tab tells the others, in case their own notice comes late or never.
      if (this.#accepted) this.#channel?.postMessage({ kind: 'reloading', from: this.#id });
      this.#page?.reload();
      return;
    }
    // Updated from a tab that did not ask (an older version): never reload silently.
    this.#needRefresh = false;
    this.#waiting = true;
  }
}
