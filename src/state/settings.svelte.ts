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

  async load(): Promise<void> {
    const values = await this.#repo.all();
    const language = LANGUAGES.find((l) => l === values.get('language'));
    if (language) this.#language = language;
    this.#theme = THEMES.find((t) => t === values.get('theme')) ?? 'system';
    const planId = values.get('currentPlanId');
    this.#currentPlanId = typeof planId === 'string' ? planId : null;
    const backup = values.get('lastBackupAt');
    this.#lastBackupAt = typeof backup === 'number' ? backup : null;
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
    this.#language = language;
    return this.#repo.set('language', language);
  }

  setTheme(theme: Theme): Promise<Result<void, StorageError>> {
    this.#theme = theme;
    return this.#repo.set('theme', theme);
  }

  setCurrentPlan(id: string | null): Promise<Result<void, StorageError>> {
    this.#currentPlanId = id;
    return this.#repo.set('currentPlanId', id);
  }

  /** The date of the last backup the user saved, shown in Settings with its reminder. */
  setLastBackup(timestamp: number): Promise<Result<void, StorageError>> {
    this.#lastBackupAt = timestamp;
    return this.#repo.set('lastBackupAt', timestamp);
  }
}
