// Watches the database connection for the two ways it can be taken from under the app, and
// keeps Dexie from quietly opening it again behind the user's back:
//   newer-version — another tab opened the database at a higher version (`versionchange`);
//   lost          — the database was deleted from another tab (`versionchange` to null), or
//                   the browser cleared the site's data (the connection's forced `close`).
// Dexie's own answer to both is close({ disableAutoOpen: false }): the next write then opens
// the database again, at this tab's old version, or as a new empty database, and the plan on
// screen is overwritten by nothing. Here the connection stays closed until the user chooses.
import type { Transaction } from 'dexie';
import type { MixplanDb } from './db';

export type ConnectionLoss = 'newer-version' | 'lost';

export interface WatchOptions {
  /**
   * Runs before the connection is handed to a newer version: the tab's queued writes can
   * still land (the newer tab's upgrade waits, then migrates them). Not run on a deletion.
   */
  beforeClose?: () => Promise<void>;
}

export interface ConnectionWatch {
  /** Lets the next open create the database from nothing (the user chose "save it again"). */
  allowCreate(): void;
  stop(): void;
}

/** The IndexedDB event: a version of 0 or null means the database is being deleted. */
interface VersionChange {
  newVersion: number | null;
}

export function watchConnection(
  db: MixplanDb,
  onLoss: (loss: ConnectionLoss) => void,
  options: WatchOptions = {},
): ConnectionWatch {
  let opened = false;
  let handingOver = false;
  let mayCreate = false;
  let native: IDBDatabase | null = null;

  function lose(loss: ConnectionLoss): void {
    // A plain close() disables auto-open: every query now fails instead of reopening.
    db.close();
    onLoss(loss);
  }

  function onVersionChange(event: VersionChange): false {
    // false stops Dexie's default handler, which would close with auto-open kept on.
    if (!event.newVersion) {
      lose('lost');
      return false;
    }
    if (handingOver) return false;
    handingOver = true;
    const save = options.beforeClose?.() ?? Promise.resolve();
    void save
      .catch(() => undefined)
      .then(() => {
        handingOver = false;
        lose('newer-version');
      });
    return false;
  }

  // The connection's own `close` event fires only when the browser closes it (site data
  // cleared, disk gone), never for db.close(); Dexie's 'close' event also fires for its own
  // closes (page put in the back/forward cache, a versionchange), so it cannot tell.
  function onForcedClose(): void {
    lose('lost');
  }

  function onReady(): void {
    opened = true;
    mayCreate = false;
    native?.removeEventListener('close', onForcedClose);
    native = db.backendDB();
    // Added after Dexie's own onclose, so it runs after it and has the last word on auto-open.
    native.addEventListener('close', onForcedClose);
  }

  // `populate` runs when the open creates the database. Once this tab has had its database,
  // that means it vanished (Dexie reopens on its own in some paths, such as its workaround
  // for a connection that went invalid): refuse, so that no empty database replaces it.
  function onPopulate(trans: Transaction): void {
    if (!opened || mayCreate) return;
    // Aborted here and now: a new database whose creation is aborted is not kept. The tab
    // is told once the failed open has finished.
    trans.abort();
    setTimeout(() => lose('lost'), 0);
    throw new Error('Mixplan: the database disappeared; not creating an empty one.');
  }

  db.on('versionchange', onVersionChange);
  db.on('populate', onPopulate);
  db.on('ready', onReady, true);

  return {
    allowCreate() {
      mayCreate = true;
    },
    stop() {
      db.on.versionchange.unsubscribe(onVersionChange);
      db.on.populate.unsubscribe(onPopulate);
      db.on.ready.unsubscribe(onReady);
      native?.removeEventListener('close', onForcedClose);
    },
  };
}

/** Opens the database again after a loss; the result says whether it worked. */
export async function reopen(db: MixplanDb, watch: ConnectionWatch): Promise<boolean> {
  watch.allowCreate();
  try {
    if (!db.isOpen()) await db.open();
    return true;
  } catch {
    return false;
  }
}
