// The user's settings and small facts about this installation, kept in the `meta` table.
// Values read back are validated: they may have been written by an older version.
import type { MetaRepository, StorageError } from '../db';
import { LANGUAGES, type Language } from '../i18n';
import type { Result } from '../domain/result';

export type Theme = 'system' | 'light' | 'dark';
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export class Settings {
  readonly #repo: MetaRepository;
  #loaded = $state(false);
  #language = $state<Language>('fr');
  #theme = $state<Theme>('system');
  #currentPlanId = $state<string | null>(null);
  #lastBackupAt = $state<number | null>(null);

  constructor(repo: MetaRepository, defaultLanguage: Language) {
    this.#repo = repo;
    this.#language = defaultLanguage;
  }

  /**
   * Keys set in this tab while load() waited for its read (a first visit's welcome screen is
   * usable before it answers): what it read is older and must not undo them.
   */
  readonly #setHere = new Set<string>();

  async load(): Promise<void> {
    // A write made before the read is in what it reads (one database, transactions in order).
    this.#setHere.clear();
    const values = await this.#repo.all();
    const fresh = (key: string) => !this.#setHere.has(key);
    if (fresh('language')) {
      const language = LANGUAGES.find((l) => l === values.get('language'));
      if (language) this.#language = language;
    }
    if (fresh('theme')) this.#theme = THEMES.find((t) => t === values.get('theme')) ?? 'system';
    if (fresh('currentPlanId')) {
      const planId = values.get('currentPlanId');
      this.#currentPlanId = typeof planId === 'string' ? planId : null;
    }
    if (fresh('lastBackupAt')) {
      const backup = values.get('lastBackupAt');
      this.#lastBackupAt = typeof backup === 'number' ? backup : null;
    }
    this.#loaded = true;
  }

  /** A first visit: nothing is stored yet, the defaults are the settings (load() follows). */
  assumeDefaults(): void {
    this.#loaded = true;
  }

  get loaded(): boolean {
    return this.#loaded;
  }
  get language(): Language {
    return this.#language;
  }
  get theme(): Theme {
    return this.#theme;
  }
  get currentPlanId(): string | null {
    return this.#currentPlanId;
  }
  get lastBackupAt(): number | null {
    return this.#lastBackupAt;
  }

  /** The screen follows at once; the stored value follows when the write succeeds. */
  setLanguage(language: Language): Promise<Result<void, StorageError>> {
    this.#setHere.add('language');
    this.#language = language;
    return this.#repo.set('language', language);
  }

  setTheme(theme: Theme): Promise<Result<void, StorageError>> {
    this.#setHere.add('theme');
    this.#theme = theme;
    return this.#repo.set('theme', theme);
  }

  setCurrentPlan(id: string | null): Promise<Result<void, StorageError>> {
    this.#setHere.add('currentPlanId');
    this.#currentPlanId = id;
    return this.#repo.set('currentPlanId', id);
  }

  /** The date of the last backup the user saved, shown in Settings with its reminder. */
  setLastBackup(timestamp: number): Promise<Result<void, StorageError>> {
    this.#setHere.add('lastBackupAt');
    this.#lastBackupAt = timestamp;
    return this.#repo.set('lastBackupAt', timestamp);
  }
}
