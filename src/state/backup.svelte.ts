// The data screen's backup side: save the whole database to one file (and remember the
// date), and restore one: checked in full first, shown, and swapped in only when confirmed.
import {
  checkBackup,
  createBackup,
  databaseSummary,
  restoreBackup,
  type BackupError,
  type BackupSummary,
  type CheckedBackup,
} from '../db';
import type { AppState } from './app-state.svelte';

export type { BackupSummary };

export type RestorePhase = 'idle' | 'checking' | 'confirm' | 'restoring' | 'done';

export interface BackupFile {
  name: string;
  text: string;
}

export class BackupSession {
  readonly #app: AppState;
  phase = $state<RestorePhase>('idle');
  /** Why the chosen file was refused; the database was not touched. */
  refused = $state.raw<BackupError | null>(null);
  fileName = $state('');
  /** What the file holds, and what the database holds now (what it would replace). */
  incoming = $state.raw<BackupSummary | null>(null);
  existing = $state.raw<BackupSummary | null>(null);
  #pending: CheckedBackup | null = null;

  constructor(app: AppState) {
    this.#app = app;
  }

  /** The backup file of the whole database; its date is recorded for Settings. */
  async create(): Promise<BackupFile | null> {
    const now = this.#app.env.now();
    const result = await createBackup(this.#app.db, now);
    if (!result.ok) {
      await this.#app.report(Promise.resolve(result));
      return null;
    }
    await this.#app.report(this.#app.settings.setLastBackup(now));
    const date = new Date(now);
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    const word = this.#app.i18n.language === 'fr' ? 'sauvegarde' : 'backup';
    return { name: `mixplan-${word}-${day}.json`, text: result.value.text };
  }

  /** Checks a chosen file in full; nothing is written. */
  async load(text: string, name: string): Promise<void> {
    this.cancel();
    this.fileName = name;
    this.phase = 'checking';
    const checked = checkBackup(this.#app.db, text, this.#app.env.now());
    if (!checked.ok) {
      this.refused = checked.error;
      this.phase = 'idle';
      return;
    }
    const existing = await databaseSummary(this.#app.db);
    if (!existing.ok) {
      await this.#app.report(Promise.resolve(existing));
      this.phase = 'idle';
      return;
    }
    this.#pending = checked.value;
    this.incoming = checked.value.summary;
    this.existing = existing.value;
    this.phase = 'confirm';
  }

  /** Replaces every table by the file's, in one transaction. */
  async confirm(): Promise<boolean> {
    const pending = this.#pending;
    if (!pending || this.phase !== 'confirm') return false;
    this.phase = 'restoring';
    const ok = await this.#app.report(restoreBackup(this.#app.db, pending));
    if (!ok) {
      this.phase = 'confirm';
      return false;
    }
    // Settings live in the meta table that was just replaced.
    await this.#app.settings.load();
    this.#app.dataEpoch += 1;
    this.#pending = null;
    this.phase = 'done';
    this.#app.toasts.show(this.#app.i18n.t('backup.restored'));
    return true;
  }

  cancel(): void {
    this.#pending = null;
    this.incoming = null;
    this.existing = null;
    this.refused = null;
    this.phase = 'idle';
  }
}

export const BACKUP_REMINDER_DAYS = 30;

/** Whether Settings reminds to back up: the last backup is over 30 days old, or there is none. */
export function isBackupDue(lastBackupAt: number | null, now: number): boolean {
  return lastBackupAt === null || now - lastBackupAt > BACKUP_REMINDER_DAYS * 24 * 3600 * 1000;
}
