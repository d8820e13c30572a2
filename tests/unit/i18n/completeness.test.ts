// Every string part exists in both languages with the same keys, no empty text, the same
// {placeholders} and {n, plural, …} groups, and is wired in: spread into fr.ts/en.ts, or added
// by a catalogue module and named in messages.ts's ScreenMessageKey union. The parts are found
// by globbing src/i18n, so a part another screen adds later is checked without editing this.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(__dirname, '../../../src/i18n');
const files = readdirSync(DIR);
const source = (name: string) => readFileSync(join(DIR, name), 'utf8');
const modules = import.meta.glob<Record<string, Record<string, string>>>(
  '../../../src/i18n/{fr,en}*.ts',
  { eager: true },
);

function catalogueOf(file: string): Record<string, string> {
  const module = modules[`../../../src/i18n/${file}`];
  const exported = module && Object.values(module).find((v) => typeof v === 'object');
  if (!exported) throw new Error(`${file} exports no catalogue`);
  return exported;
}

/** "fr-leads-csv.ts" → "LeadsCsv"; "fr.ts" → "". */
const suffix = (part: string) =>
  part
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');

const parts = files
  .filter((name) => /^fr(-[a-z0-9-]+)?\.ts$/.test(name))
  .map((name) => name.slice(2, -3).replace(/^-/, ''));

/**
 * The values a text shows: {name} placeholders and {n, plural, …} variables, wherever they
 * sit. One set, because a language may agree a word with a count ("{n, plural, one {# ligne
 * lue} …}") where the other writes the bare {n}: what matters is that no value is lost.
 */
function variables(text: string): string {
  const names = [...text.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]!);
  return [...new Set(names)].sort().join(', ');
}

/** Every plural group has an `other` form, the one Intl.PluralRules may always pick. */
function pluralsWithoutOther(text: string): number {
  const groups = text.split(/\{\w+,\s*plural,/).slice(1);
  return groups.filter((group) => !/\bother\s*\{/.test(group)).length;
}

describe('the i18n parts', () => {
  it('are found (base and screen parts)', () => {
    expect(parts).toContain('');
    expect(parts).toContain('leads');
    expect(parts.length).toBeGreaterThan(10);
  });

  describe.each(parts)('part "%s"', (part) => {
    const frFile = part ? `fr-${part}.ts` : 'fr.ts';
    const enFile = part ? `en-${part}.ts` : 'en.ts';

    it('has an English twin with the same keys', () => {
      expect(files).toContain(enFile);
      const fr = catalogueOf(frFile);
      const en = catalogueOf(enFile);
      expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    });

    it('has no empty text, and the same values ({placeholders}, plural counts) in both languages', () => {
      const fr = catalogueOf(frFile);
      const en = catalogueOf(enFile);
      const problems: string[] = [];
      for (const [key, frText] of Object.entries(fr)) {
        const enText = en[key] ?? '';
        if (frText.trim() === '') problems.push(`${key}: empty in French`);
        if (enText.trim() === '') problems.push(`${key}: empty in English`);
        if (variables(frText) !== variables(enText))
          problems.push(
            `${key}: {${variables(frText)}} in French, {${variables(enText)}} in English`,
          );
        if (pluralsWithoutOther(frText) + pluralsWithoutOther(enText) > 0)
          problems.push(`${key}: a plural group without an "other" form`);
      }
      expect(problems).toEqual([]);
    });

    it('is registered: in fr.ts/en.ts, or by a catalogue and messages.ts', () => {
      if (part === '') return; // fr.ts / en.ts are the base: loaded by index.ts itself.
      const frName = `fr${suffix(part)}`;
      const enName = `en${suffix(part)}`;
      const spreadInBase =
        source('fr.ts').includes(`...${frName}`) && source('en.ts').includes(`...${enName}`);
      if (spreadInBase) return;
      const catalogues = files.filter((name) => name.endsWith('-catalogue.ts')).map(source);
      const word = (name: string) => new RegExp(`\\b${name}\\b`);
      const added = catalogues.some((text) =>
        [...text.matchAll(/addScreenMessages\(([\s\S]*?)\);/g)].some(
          ([, args = '']) => word(frName).test(args) && word(enName).test(args),
        ),
      );
      expect(added, `${frName} is added by no *-catalogue.ts`).toBe(true);
      const messages = source('messages.ts');
      expect(messages, `${frName} is missing from ScreenMessageKey`).toMatch(
        new RegExp(`\\|\\s*keyof typeof ${frName}\\b`),
      );
    });
  });
});
