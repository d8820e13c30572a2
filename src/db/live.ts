// Dexie's liveQuery behind a plain subscribe function, so that src/state can observe the
// database without importing dexie. Each answer says which of this tab's writes it holds
// for certain: Dexie may deliver an answer read before a write even after that write has
// resolved (seen under load), and a screen that took such an answer as the newest would
// drop, for a moment, a row it had just added.
import { liveQuery } from 'dexie';
import { toStorageError, type StorageError } from './storage-error';

export type Unsubscribe = () => void;

// Writes this tab awaited, counted when they resolved (committed).
let writesResolved = 0;

/**
 * Called once a write has resolved; the stamp it returns is held by every answer whose
 * `readAfter` is at least that stamp (its read started after the write had committed).
 */
export function stampWrite(): number {
  writesResolved += 1;
  return writesResolved;
}

/**
 * Calls `next` with the query's result now and after every change to what it read, with
 * the last write stamp taken before that read started.
 */
export function observe<T>(
  query: () => Promise<T>,
  next: (value: T, readAfter: number) => void,
  fail: (error: StorageError) => void,
): Unsubscribe {
  const stamped = () => {
    const readAfter = writesResolved;
    return query().then((value) => ({ value, readAfter }));
  };
  const subscription = liveQuery(stamped).subscribe({
    next: ({ value, readAfter }) => next(value, readAfter),
    error: (error: unknown) => fail(toStorageError(error)),
  });
  return () => subscription.unsubscribe();
}
