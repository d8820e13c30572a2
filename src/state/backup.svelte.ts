// The data screen's backup side: save the whole database to one file (and remember the
// date), and restore one: checked in full first, shown, and swapped in only when confirmed.
// A backup can always be downloaded: from the database when it can be read, else from the
// plan on screen (storage gone or closed for a newer version), and the file name says so.
// The storage banner uses the same session when the database disappeared under the app.
import '../i18n/data-catalogue';
import {
  backupOfSnapshot,
  checkBackup,
  createBackup,
  databaseSummary,
  restoreBackup,
  type BackupError,
  type BackupSummary,
  type CheckedBackup,
} from '../db/backup';
import type { AppState } from './app-state.svelte';

export type { BackupSummary };

export type RestorePhase = 'idle' | 'checking' | 'confirm' | 'restoring' | 'done';

export interface BackupFile {
  name: string;
  text: string;
  /** 'screen': only the plan on screen, because the database could not be read. */
  source: 'database' | 'screen';
  /** The plan a screen backup holds. */
  planName: string | null;
  createdAt: number;
}

const FILE_WORDS = {
  fr: { database: 'sauvegarde', screen: 'sauvegarde-ecran' },
  en: { database: 'backup', screen: 'backup-on-screen' },
} as const;

function dayOf(timestamp: number): string {
  const date = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Saves a file to the user's downloads (the views' saveFile). */
export type SaveFile = (text: string, name: string) => void;

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

  /**
   * The backup file: the whole database, or the plan on screen when the database cannot be
   * read. Nothing is written here (storage may be full): see `download`.
   */
  async create(): Promise<BackupFile | null> {
    const now = this.#app.env.now();
    const words = FILE_WORDS[this.#app.i18n.language];
    const fromDb = this.#app.storage.writable ? await createBackup(this.#app.db, now) : null;
    if (fromDb?.ok) {
      const name = `mixplan-${words.database}-${dayOf(now)}.json`;
      return { name, text: fromDb.value.text, source: 'database', planName: null, createdAt: now };
    }
    const snapshot = this.#app.storage.onScreen();
    if (!snapshot) {
      // Neither the database nor a plan on screen: say why the database refused.
      const error = fromDb && !fromDb.ok ? fromDb.error : null;
      this.#app.toasts.show(
        error ? this.#app.i18n.storageMessage(error) : this.#app.i18n.t('backup.nothingToSave'),
        { kind: 'error' },
      );
      return null;
    }
    const meta = [{ key: 'currentPlanId', value: snapshot.plan.id }];
    const { text } = backupOfSnapshot(this.#app.db, snapshot, meta, now);
    const name = `mixplan-${words.screen}-${dayOf(now)}.json`;
    return { name, text, source: 'screen', planName: snapshot.plan.name, createdAt: now };
  }

  /**
   * Makes the file, saves it, says so; only then records the date for Settings, so that a
   * write refused by a full disk can never stop the download.
   */
  async download(save: SaveFile): Promise<BackupFile | null> {
    const file = await this.create();
    if (!file) return null;
    save(file.text, file.name);
    const { t } = this.#app.i18n;
    this.#app.toasts.show(
      file.source === 'screen'
        ? t('backup.doneFromScreen', { name: file.name, plan: file.planName ?? '' })
        : t('backup.done', { name: file.name }),
    );
    // A plan on screen is not the whole database: it does not count as a backup for Settings.
    if (file.source === 'database') {
      await this.#app.report(this.#app.settings.setLastBackup(file.createdAt));
    }
    return file;
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
    // A database that vanished holds nothing: the restore will fill a fresh one.
    const existing =
      this.#app.storage.state === 'lost'
        ? { ok: true as const, value: emptySummary(this.#app.db) }
        : await databaseSummary(this.#app.db);
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
    const lost = this.#app.storage.state === 'lost';
    if (lost && !(await this.#app.storage.reopen())) {
      this.#app.toasts.show(this.#app.i18n.t('storage.reopenFailed'), { kind: 'error' });
      this.phase = 'confirm';
      return false;
    }
    const ok = await this.#app.report(restoreBackup(this.#app.db, pending));
    if (!ok) {
      this.phase = 'confirm';
      return false;
    }
    if (lost) this.#app.storage.recovered();
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

function emptySummary(db: AppState['db']): BackupSummary {
  const counts = Object.fromEntries(db.tables.map((table) => [table.name, 0]));
  return { createdAt: null, schemaVersion: db.verno, counts, planNames: [] };
}

export const BACKUP_REMINDER_DAYS = 30;

/** Whether Settings reminds to back up: the last backup is over 30 days old, or there is none. */
export function isBackupDue(lastBackupAt: number | null, now: number): boolean {
  return lastBackupAt === null || now - lastBackupAt > BACKUP_REMINDER_DAYS * 24 * 3600 * 1000;
}
