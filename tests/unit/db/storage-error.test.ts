// Storage failures are sorted into what the user can act on.
import { describe, expect, it } from 'vitest';
import { toStorageError } from '../../../src/db/storage-error';

describe('toStorageError', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), 'quota'],
    [
      Object.assign(new Error('wrapped'), {
        name: 'AbortError',
        inner: { name: 'QuotaExceededError' },
      }),
      'quota',
    ],
    [Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }), 'unavailable'],
    [Object.assign(new Error('no idb'), { name: 'MissingAPIError' }), 'unavailable'],
    [new Error('boom'), 'unknown'],
    ['a string', 'unknown'],
  ])('%s → %s', (error, code) => {
    expect(toStorageError(error).code).toBe(code);
  });
});
