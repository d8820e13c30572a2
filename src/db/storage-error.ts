// Turns the many ways IndexedDB can fail into three cases the UI can explain.
export type StorageErrorCode = 'quota' | 'unavailable' | 'unknown';

export interface StorageError {
  code: StorageErrorCode;
  /** The browser's own message, for the details line and bug reports. */
  detail: string;
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'InvalidStateError',
  'UnknownError',
  'VersionError',
]);

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return '';
}

/** Dexie wraps the DOM error it received; the quota case is named by either of them. */
export function toStorageError(error: unknown): StorageError {
  const names = [errorName(error)];
  if (error && typeof error === 'object' && 'inner' in error) names.push(errorName(error.inner));
  const detail = error instanceof Error ? error.message : String(error);
  if (names.some((n) => QUOTA_NAMES.has(n))) return { code: 'quota', detail };
  if (names.some((n) => UNAVAILABLE_NAMES.has(n))) return { code: 'unavailable', detail };
  return { code: 'unknown', detail };
}
