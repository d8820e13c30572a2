// Asks the browser to keep our data when disk runs low (navigator.storage.persist), and
// reports the answer for the Settings screen.
export type PersistenceState = 'persisted' | 'best-effort' | 'unsupported';

export async function requestPersistence(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}
