// Whether this browser has no Mixplan database yet: a first visit, with nothing to read. Asked
// before the database is opened (opening creates it), so that the welcome screen is ready at
// once instead of after the database is created (about 50 ms on a laptop, the better part of
// a first load). Where the browser cannot tell, the answer is "no": the app then waits for
// its reads as on any other visit.
import { DB_NAME } from './db';

export async function noDatabaseYet(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  name: string = DB_NAME,
): Promise<boolean> {
  try {
    if (typeof factory?.databases !== 'function') return false;
    const databases = await factory.databases();
    return !databases.some((database) => database.name === name);
  } catch {
    return false;
  }
}
