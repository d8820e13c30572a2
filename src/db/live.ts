// Dexie's liveQuery behind a plain subscribe function, so that src/state can observe the
// database without importing dexie.
import { liveQuery } from 'dexie';
import { toStorageError, type StorageError } from './storage-error';

export type Unsubscribe = () => void;

/** Calls `next` with the query's result now and after every change to what it read. */
export function observe<T>(
  query: () => Promise<T>,
  next: (value: T) => void,
  fail: (error: StorageError) => void,
): Unsubscribe {
  const subscription = liveQuery(query).subscribe({
    next,
    error: (error: unknown) => fail(toStorageError(error)),
  });
  return () => subscription.unsubscribe();
}
