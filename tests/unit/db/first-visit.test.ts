// A first visit is told apart before the database is opened, so that the welcome screen does
// not wait for the database to be created; where the browser cannot tell, it is not one.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from '../../../src/db/db';
import { noDatabaseYet } from '../../../src/db/first-visit';

describe('noDatabaseYet', () => {
  it('is true in a browser that never opened Mixplan, false once it has', async () => {
    const factory = new IDBFactory();
    expect(await noDatabaseYet(factory)).toBe(true);
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(DB_NAME, 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(await noDatabaseYet(factory)).toBe(false);
  });

  it('ignores other databases of the same site', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open('another-app', 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    expect(await noDatabaseYet(factory)).toBe(true);
  });

  it('answers no where the browser cannot list its databases, or refuses to', async () => {
    expect(await noDatabaseYet(undefined)).toBe(false);
    expect(await noDatabaseYet({} as IDBFactory)).toBe(false);
    const refusing = {
      databases: () => Promise.reject(new Error('denied')),
    } as unknown as IDBFactory;
    expect(await noDatabaseYet(refusing)).toBe(false);
  });
});
