// Counts in words (issue 9): "1 ligne lue", never "1 lignes lues" nor "ligne(s)"; 100 000
// with its locale's grouping. Every import message that takes a count goes through
// Intl.PluralRules, in both languages.
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { enData } from '../../../src/i18n/en-data';
import { enImport } from '../../../src/i18n/en-import';
import { fr } from '../../../src/i18n/fr';
import { frData } from '../../../src/i18n/fr-data';
import { frImport } from '../../../src/i18n/fr-import';
import { fillPlaceholders, formatCount, type Language } from '../../../src/i18n/messages';

// The base strings and the Data screen's own (import, export, backup: data-catalogue.ts).
const catalogues: Record<Language, Record<string, string>> = {
  fr: { ...fr, ...frData, ...frImport },
  en: { ...en, ...enData, ...enImport },
};
const importKeys = Object.keys(catalogues.fr).filter((key) => key.startsWith('import.'));
// Every placeholder of a template, plural or not.
const names = (template: string) =>
  [...template.matchAll(/\{(\w+)(?:,\s*plural,)?/g)].map((m) => m[1] ?? '');

describe('the plural syntax', () => {
  it.each([
    ['fr', 0, '0 ligne lue'],
    ['fr', 1, '1 ligne lue'],
    ['fr', 2, '2 lignes lues'],
    ['fr', 100_000, '100\u202f000 lignes lues'],
    ['en', 0, '0 rows read'],
    ['en', 1, '1 row read'],
    ['en', 100_000, '100,000 rows read'],
  ] as const)('%s %d → %s', (language, rows, text) => {
    expect(
      fillPlaceholders(catalogues[language]['import.rowsRead'] ?? '', { rows }, language),
    ).toBe(text);
  });

  it('leaves an unknown placeholder visible', () => {
    expect(fillPlaceholders('{n, plural, one {# a} other {# b}} {x}', {}, 'fr')).toBe(
      '{n, plural, one {# a} other {# b}} {x}',
    );
  });
});

describe.each(['fr', 'en'] as const)('every import message in %s', (language) => {
  it('has no "(s)" plural and fills every count with its grouping', () => {
    for (const key of importKeys) {
      const template = catalogues[language][key] ?? '';
      expect(template, key).not.toMatch(/\((?:s|aux|x)\)/);
      for (const n of [0, 1, 2, 100_000]) {
        const params = Object.fromEntries(names(template).map((name) => [name, n]));
        const text = fillPlaceholders(template, params, language);
        expect(text, `${key} with ${n}`).not.toMatch(/[{}#]/);
        if (template.includes('plural,') && n === 100_000) {
          expect(text, key).toContain(formatCount(language, n));
        }
      }
    }
  });

  it('words a count of one in the singular', () => {
    expect(
      fillPlaceholders(catalogues[language]['import.report.held'] ?? '', { count: 1 }, language),
    ).toBe(
      language === 'fr'
        ? '1 ligne attend votre réponse ci-dessous.'
        : '1 row waits for your answer below.',
    );
  });
});
