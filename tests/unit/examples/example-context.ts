// A fixed load context for the guided examples: French or English, a counter for ids, one
// instant and its month and day, so that every test builds the same workspaces.
import type { ExampleContext, ExampleLanguage } from '../../../src/domain/examples';
import type { Month } from '../../../src/domain/months';

export const LOAD_NOW = Date.UTC(2026, 11, 3, 12);
export const LOAD_MONTH = '2026-12' as Month;
export const LOAD_DAY = '2026-12-03';

export function exampleContext(language: ExampleLanguage = 'fr', prefix = 'x'): ExampleContext {
  let next = 0;
  return {
    language,
    newId: () => `${prefix}${(next += 1)}`,
    now: LOAD_NOW,
    thisMonth: LOAD_MONTH,
    today: LOAD_DAY,
  };
}
