// Parsing CSV text: the public csv-spectrum cases, French files kept as text, blank lines,
// physical line numbers across quoted line breaks, errors as values, and the chunked form.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes } from '../../../src/csv/decode';
import { parseCsvChunks, parseCsvText, type OnRows } from '../../../src/csv/parse';
import type { Delimiter } from '../../../src/csv/sniff';

const SPECTRUM = join(process.cwd(), 'node_modules/csv-spectrum');
const spectrumCases = readdirSync(join(SPECTRUM, 'csvs'))
  .filter((file) => file.endsWith('.csv'))
  .map((file) => file.slice(0, -'.csv'.length));

function asRecords(rows: string[][]): Record<string, string>[] {
  const [header = [], ...body] = rows;
  return body.map((row) => Object.fromEntries(header.map((key, i) => [key, row[i] ?? ''])));
}

function expectedRecords(name: string): unknown[] {
  const json: unknown = JSON.parse(readFileSync(join(SPECTRUM, 'json', `${name}.json`), 'utf8'));
  const records = Array.isArray(json) ? json : [json];
  // csv-spectrum 2.0's location_coordinates.json is one object, not an array, and its phone
  // number (1234567890) is not the one in the CSV (2095257564): a slip in the package's data.
  if (name === 'location_coordinates') {
    return records.map((record: unknown) => ({
      ...(record satisfies unknown as object),
      'Contact Phone Number': '2095257564',
    }));
  }
  return records;
}

describe('csv-spectrum', () => {
  it('has all its cases here', () => {
    expect(spectrumCases).toHaveLength(12);
  });

  it.each(spectrumCases)('%s parses to its expected JSON', (name) => {
    const bytes = new Uint8Array(readFileSync(join(SPECTRUM, 'csvs', `${name}.csv`)));
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) throw new Error(`${name}: ${decoded.error.code}`);
    const parsed = parseCsvText(decoded.value.text, ',');
    expect(parsed.errors).toEqual([]);
    expect(asRecords(parsed.rows)).toEqual(expectedRecords(name));
  });
});

describe('parseCsvText', () => {
  it('keeps every cell as written: no number typing, no trimming', () => {
    const text = 'Nom;Téléphone;Montant\r\nDupont;0612345678; 1 234,56 €\r\n';
    expect(parseCsvText(text, ';').rows).toEqual([
      ['Nom', 'Téléphone', 'Montant'],
      ['Dupont', '0612345678', ' 1 234,56 €'],
    ]);
  });

  it('reads Excel line breaks: CRLF between rows, LF inside quoted cells', () => {
    const text = 'Canal;Note\r\nTV;"ligne 1\nligne 2 ; ""citée"""\r\nRadio;x\r\n';
    expect(parseCsvText(text, ';')).toEqual({
      rows: [
        ['Canal', 'Note'],
        ['TV', 'ligne 1\nligne 2 ; "citée"'],
        ['Radio', 'x'],
      ],
      lines: [1, 2, 4],
      notes: [null, null, null],
      errors: [],
    });
  });

  it.each([
    ['LF', 'a,b\n1,2\n'],
    ['CR', 'a,b\r1,2\r'],
    ['no final line break', 'a,b\r\n1,2'],
  ])('reads %s line ends', (_, text) => {
    expect(parseCsvText(text, ',')).toEqual({
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
      lines: [1, 2],
      notes: [null, null],
      errors: [],
    });
  });

  it('skips blank rows and counts them in line numbers', () => {
    const text = 'a;b\r\n\r\n;;\r\n  ;\t\r\n"x\r\ny";2\r\n"";""\r\nc;d';
    expect(parseCsvText(text, ';')).toEqual({
      rows: [
        ['a', 'b'],
        ['x\r\ny', '2'],
        ['c', 'd'],
      ],
      lines: [1, 5, 8],
      notes: [null, null, null],
      errors: [],
    });
  });

  it('strips a BOM left on pasted text', () => {
    expect(parseCsvText('\uFEFFCanal;Montant\r\n', ';').rows).toEqual([['Canal', 'Montant']]);
  });

  it('reports an unterminated quote as a value, reads its line alone and goes on', () => {
    const parsed = parseCsvText('a;b\r\n1;2\r\n3;"open\r\n4;5\r\n', ';');
    expect(parsed.errors).toEqual([
      { line: 3, code: 'unclosed-quote', message: expect.any(String) as string },
    ]);
    expect(parsed.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '"open'],
      ['4', '5'],
    ]);
    expect(parsed.lines).toEqual([1, 2, 3, 4]);
    expect(parsed.notes).toEqual([null, null, 'unclosed-quote', null]);
  });

  it('reports a malformed quote with its line', () => {
    const parsed = parseCsvText('a;b\n1;"x"y;2\n', ';');
    expect(parsed.errors.map((e) => [e.line, e.code])).toEqual([[2, 'literal-quotes']]);
    expect(parsed.rows[1]).toEqual(['1', '"x"y', '2']);
  });

  it('never throws on random text, and numbers its rows in order', () => {
    const csvChar = fc.oneof(
      fc.constantFrom(';', ',', '\t', '"', '\r', '\n', ' ', 'a', '1', 'é', '\uFEFF'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    const delimiter = fc.constantFrom<Delimiter>(';', ',', '\t');
    fc.assert(
      fc.property(fc.string({ unit: csvChar, maxLength: 300 }), delimiter, (text, d) => {
        const parsed = parseCsvText(text, d);
        expect(parsed.lines).toHaveLength(parsed.rows.length);
        for (let i = 1; i < parsed.lines.length; i += 1) {
          expect(parsed.lines[i]).toBeGreaterThan(parsed.lines[i - 1] ?? 0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random bytes through decodeBytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1000 }), (bytes) => {
        const decoded = decodeBytes(bytes);
        if (decoded.ok) parseCsvText(decoded.value.text, ';');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseCsvChunks', () => {
  const text = Array.from({ length: 10 }, (_, i) => `row ${i};"cell\n${i}"`).join('\r\n');

  function collect(input: string, chunkRows: number, stopAfter = Infinity) {
    const calls: { rows: string[][]; progress: number; lines: number[]; notes: unknown[] }[] = [];
    const onRows: OnRows = (rows, progress, lines, notes) => {
      calls.push({ rows, progress, lines, notes });
      return calls.length < stopAfter;
    };
    return { result: parseCsvChunks(input, ';', onRows, chunkRows), calls };
  }

  it('hands rows over in chunks with their lines and a growing progress', () => {
    const { result, calls } = collect(text, 3);
    expect(result).toEqual({ cancelled: false, errors: [] });
    expect(calls.map((call) => call.rows.length)).toEqual([3, 3, 3, 1]);
    expect(calls.flatMap((call) => call.lines)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19]);
    const progress = calls.map((call) => call.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect(progress[0]).toBeGreaterThan(0);
  });

  it('stops when onRows returns false', () => {
    const { result, calls } = collect(text, 3, 2);
    expect(result.cancelled).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('gives the same rows, lines, notes and errors as parseCsvText (property)', () => {
    const csvChar = fc.constantFrom(';', ',', '"', '\r', '\n', '\r\n', ' ', 'a', 'é');
    fc.assert(
      fc.property(
        fc.string({ unit: csvChar, maxLength: 200 }),
        fc.integer({ min: 1, max: 7 }),
        (input, size) => {
          const whole = parseCsvText(input, ';');
          const { result, calls } = collect(input, size);
          expect(result).toEqual({ cancelled: false, errors: whole.errors });
          expect(calls.flatMap((call) => call.rows)).toEqual(whole.rows);
          expect(calls.flatMap((call) => call.lines)).toEqual(whole.lines);
          expect(calls.flatMap((call) => call.notes)).toEqual(whole.notes);
          expect(calls.every((call) => call.rows.length <= size)).toBe(true);
        },
      ),
    );
  });
});
