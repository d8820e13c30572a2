// Broken quotes contained to their own line: a quote left open, a stray quote, Excel's
// =HYPERLINK("…";"…") split by its ';', under CRLF, LF and CR. Every following line is read
// with its own line number, the broken one is flagged once, and proper RFC 4180 quoting (quoted
// delimiters, "" escapes, line breaks in quoted cells) reads exactly as written.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseCsvChunks,
  parseCsvText,
  type OnRows,
  type ParsedCsv,
  type RowNote,
} from '../../src/csv/parse';
import type { Delimiter } from '../../src/csv/sniff';

const EOLS = [
  ['CRLF', '\r\n'],
  ['LF', '\n'],
  ['CR', '\r'],
] as const;

const HEADER = 'Canal;Famille;Prévu;Engagé';
/** Seven clean lines, as the ones a broken line used to swallow. */
const CLEAN = Array.from({ length: 7 }, (_, i) => `Canal ${i + 1};media;${i + 1}0;${i + 1}`);
const cleanCells = (line: string) => line.split(';');

function file(lines: readonly string[], eol: string, finalEol = true): string {
  return lines.join(eol) + (finalEol ? eol : '');
}

/** The rows, lines and notes of a file whose every physical line is one row. */
function oneRowPerLine(lines: readonly string[], notes: Record<number, RowNote>) {
  return {
    rows: lines.map((line) => line.split(';')),
    lines: lines.map((_, i) => i + 1),
    notes: lines.map((_, i) => notes[i + 1] ?? null),
  };
}

function errorsOf(parsed: ParsedCsv): [number, string][] {
  return parsed.errors.map((error) => [error.line, error.code]);
}

/** What a parse gives that the report needs: everything but the log wording. */
function readable(parsed: ParsedCsv) {
  return { rows: parsed.rows, lines: parsed.lines, notes: parsed.notes };
}

/** 1-based physical line of an offset, CRLF, CR and LF each ending one. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}

describe.each(EOLS)('broken lines with %s line ends', (_, eol) => {
  it('an unclosed quote at line 2 of 9 is that line alone, the 7 after it are read', () => {
    const lines = [HEADER, '"Citation non fermée;Média;1;2', ...CLEAN];
    const parsed = parseCsvText(file(lines, eol), ';');
    expect(readable(parsed)).toEqual(oneRowPerLine(lines, { 2: 'unclosed-quote' }));
    expect(parsed.rows[1]).toEqual(['"Citation non fermée', 'Média', '1', '2']);
    expect(errorsOf(parsed)).toEqual([[2, 'unclosed-quote']]);
  });

  it('=HYPERLINK("http://x";"clic") split by its ";" is read literally, nothing swallowed', () => {
    const lines = [HEADER, 'Canal 0;=HYPERLINK("http://x";"clic");1;2', ...CLEAN];
    const parsed = parseCsvText(file(lines, eol), ';');
    expect(readable(parsed)).toEqual(oneRowPerLine(lines, { 2: 'literal-quotes' }));
    expect(parsed.rows[1]).toEqual(['Canal 0', '=HYPERLINK("http://x"', '"clic")', '1', '2']);
    expect(errorsOf(parsed)).toEqual([[2, 'literal-quotes']]);
  });

  it('a stray quote inside an unquoted field keeps its quote and is flagged', () => {
    const lines = [HEADER, 'ab"cd;media;1;2', ...CLEAN];
    const parsed = parseCsvText(file(lines, eol), ';');
    expect(readable(parsed)).toEqual(oneRowPerLine(lines, { 2: 'literal-quotes' }));
    expect(parsed.rows[1]?.[0]).toBe('ab"cd');
    expect(errorsOf(parsed)).toEqual([[2, 'literal-quotes']]);
  });

  it('a quote at the end of a line (abc" then the line break) is that line alone', () => {
    const lines = [HEADER, ...CLEAN.slice(0, 2), 'Radio;media;1;abc"', ...CLEAN.slice(2)];
    const parsed = parseCsvText(file(lines, eol), ';');
    expect(readable(parsed)).toEqual(oneRowPerLine(lines, { 4: 'literal-quotes' }));
    expect(errorsOf(parsed)).toEqual([[4, 'literal-quotes']]);
  });

  it('a lone quote opening the last cell of a line is an unclosed quote', () => {
    const lines = [HEADER, 'Radio;media;1;"', ...CLEAN];
    const parsed = parseCsvText(file(lines, eol), ';');
    expect(readable(parsed)).toEqual(oneRowPerLine(lines, { 2: 'unclosed-quote' }));
    expect(errorsOf(parsed)).toEqual([[2, 'unclosed-quote']]);
  });

  it.each([
    ['an unclosed quote', '"Citation;Média;1;2', 'unclosed-quote'],
    ['a HYPERLINK', 'x;=HYPERLINK("http://x";"clic");1;2', 'literal-quotes'],
    ['a quote at its end', 'x;y;1;2"', 'literal-quotes'],
  ] as const)('%s as the last line, with or without a final line break', (_n, broken, note) => {
    const lines = [HEADER, ...CLEAN, broken];
    for (const finalEol of [true, false]) {
      const parsed = parseCsvText(file(lines, eol, finalEol), ';');
      expect(readable(parsed)).toEqual(oneRowPerLine(lines, { 9: note }));
      expect(errorsOf(parsed)).toEqual([[9, note]]);
    }
  });

  it('two broken lines are two rows flagged, with one error each', () => {
    const lines = [
      HEADER,
      CLEAN[0] ?? '',
      'x;=HYPERLINK("http://x";"clic");1;2',
      ...CLEAN.slice(1, 4),
      '"Citation non fermée;Média;1;2',
      ...CLEAN.slice(4),
    ];
    const parsed = parseCsvText(file(lines, eol), ';');
    expect(readable(parsed)).toEqual(
      oneRowPerLine(lines, { 3: 'literal-quotes', 7: 'unclosed-quote' }),
    );
    expect(errorsOf(parsed)).toEqual([
      [3, 'literal-quotes'],
      [7, 'unclosed-quote'],
    ]);
  });

  it('two broken lines in a row are each contained', () => {
    const lines = [HEADER, 'a"b;c;1;2', '"open;c;1;2', ...CLEAN];
    const parsed = parseCsvText(file(lines, eol), ';');
    expect(readable(parsed)).toEqual(
      oneRowPerLine(lines, { 2: 'literal-quotes', 3: 'unclosed-quote' }),
    );
    expect(errorsOf(parsed)).toEqual([
      [2, 'literal-quotes'],
      [3, 'unclosed-quote'],
    ]);
  });

  it('an unclosed quote does not pair with a proper quoted cell lines later', () => {
    const lines = [HEADER, '"Citation;Média;1;2', ...CLEAN.slice(0, 3), 'Radio;"media";"3";4'];
    const parsed = parseCsvText(file(lines, eol), ';');
    expect(parsed.rows.at(-1)).toEqual(['Radio', 'media', '3', '4']);
    expect(parsed.lines).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parsed.notes).toEqual([null, 'unclosed-quote', null, null, null, null]);
    expect(errorsOf(parsed)).toEqual([[2, 'unclosed-quote']]);
  });

  it('a quoted cell closing lines later with the wrong cell count is cut at its line', () => {
    const lines = [HEADER, 'TV;media;1;"note', 'suite";x;y', ...CLEAN];
    const parsed = parseCsvText(file(lines, eol), ';');
    expect(readable(parsed)).toEqual(
      oneRowPerLine(lines, { 2: 'literal-quotes', 3: 'literal-quotes' }),
    );
    expect(errorsOf(parsed)).toEqual([
      [2, 'literal-quotes'],
      [3, 'literal-quotes'],
    ]);
  });
});

describe('legitimate quoting is read as before', () => {
  it('keeps a multi-line quoted note that has the header’s cell count', () => {
    const text = `${HEADER}\r\nTV;media;"1;0";"ligne 1\nligne 2 ""citée""\r\nligne 3"\r\nRadio;media;2;3\r\n`;
    expect(parseCsvText(text, ';')).toEqual({
      rows: [
        cleanCells(HEADER),
        ['TV', 'media', '1;0', 'ligne 1\nligne 2 "citée"\r\nligne 3'],
        ['Radio', 'media', '2', '3'],
      ],
      lines: [1, 2, 5],
      notes: [null, null, null],
      errors: [],
    });
  });

  it('keeps a multi-line record with extra trailing empty cells', () => {
    const text = 'a;b;c\n1;"x\ny";3;;\n4;5;6\n';
    const parsed = parseCsvText(text, ';');
    expect(parsed.rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x\ny', '3', '', ''],
      ['4', '5', '6'],
    ]);
    expect(parsed.errors).toEqual([]);
  });

  it('reads paired quotes inside an unquoted field as text, unflagged', () => {
    const text = 'Lieu,Coordonnées\nModesto,37°36\'37.8"N 121°2\'17.9"W\n';
    const parsed = parseCsvText(text, ',');
    expect(parsed.rows[1]).toEqual(['Modesto', '37°36\'37.8"N 121°2\'17.9"W']);
    expect(parsed.notes).toEqual([null, null]);
    expect(parsed.errors).toEqual([]);
  });

  it('accepts spaces between a closing quote and the delimiter, as PapaParse does', () => {
    const parsed = parseCsvText('a;b\n"x"  ;"y" \n', ';');
    expect(parsed.rows).toEqual([
      ['a', 'b'],
      ['x', 'y'],
    ]);
    expect(parsed.errors).toEqual([]);
  });

  it('strips a BOM and reads a BOM-led quoted header', () => {
    const parsed = parseCsvText('\uFEFF"Canal";"Note"\r\nTV;"a;b"\r\n', ';');
    expect(parsed.rows).toEqual([
      ['Canal', 'Note'],
      ['TV', 'a;b'],
    ]);
    expect(parsed.errors).toEqual([]);
  });
});

describe('parseCsvChunks with broken lines', () => {
  const lines = [HEADER, 'x;=HYPERLINK("http://x";"clic");1;2', ...CLEAN, '"open;a;1;2', ...CLEAN];
  const text = file(lines, '\r\n');

  function collect(chunkRows: number, stopAfter = Infinity) {
    const calls: Parameters<OnRows>[] = [];
    const result = parseCsvChunks(
      text,
      ';',
      (...call) => {
        calls.push(call);
        return calls.length < stopAfter;
      },
      chunkRows,
    );
    return { result, calls };
  }

  it('hands over the same rows, lines, notes and errors as parseCsvText', () => {
    const whole = parseCsvText(text, ';');
    const { result, calls } = collect(4);
    expect(result).toEqual({ cancelled: false, errors: whole.errors });
    expect(calls.flatMap(([rows]) => rows)).toEqual(whole.rows);
    expect(calls.flatMap(([, , lines]) => lines)).toEqual(whole.lines);
    expect(calls.flatMap(([, , , notes]) => notes)).toEqual(whole.notes);
    expect(whole.lines).toEqual(lines.map((_, i) => i + 1));
    const progress = calls.map(([, share]) => share);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('still stops when onRows returns false', () => {
    const { result, calls } = collect(2, 2);
    expect(result.cancelled).toBe(true);
    expect(calls).toHaveLength(2);
  });
});

// Cells of any content, written with RFC 4180 quoting.
const cellChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(';', ',', '\t', '"', '\r', '\n', '\r\n', ' ', 'a', 'é') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constant('\uFEFF') },
);
const cell = fc.string({ unit: cellChar, maxLength: 12 });
const delimiter = fc.constantFrom<Delimiter>(';', ',', '\t');
const eol = fc.constantFrom('\r\n', '\n', '\r');

function quote(value: string, d: Delimiter, always: boolean): string {
  const needs = always || /["\r\n]/.test(value) || value.includes(d) || value.startsWith('\uFEFF');
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of one width under a header of that width, or without one. */
function tableOf(content: fc.Arbitrary<string>, header: boolean): fc.Arbitrary<string[][]> {
  return fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc
      .array(fc.array(content, { minLength: width, maxLength: width }), {
        minLength: header ? 0 : 1,
        maxLength: 8,
      })
      .map((rows) =>
        header ? [Array.from({ length: width }, (_, i) => `col ${i}`), ...rows] : rows,
      ),
  );
}

const table = tableOf(cell, false);

interface Written {
  text: string;
  /** Offset where each written record starts. */
  starts: number[];
}

/** Writes records (as text already quoted) joined by eol, remembering where each starts. */
function write(records: readonly string[], lineBreak: string, finalEol: boolean): Written {
  let text = '';
  const starts: number[] = [];
  records.forEach((record, i) => {
    starts.push(text.length);
    text += record + (i < records.length - 1 || finalEol ? lineBreak : '');
  });
  return { text, starts };
}

const isBlank = (row: readonly string[]) => row.join('').trim() === '';

describe('properties', () => {
  it('reads back any RFC 4180 table exactly, with its lines and no notes', () => {
    fc.assert(
      fc.property(
        table,
        delimiter,
        eol,
        fc.boolean(),
        fc.boolean(),
        (rows, d, lineBreak, always, finalEol) => {
          const records = rows.map((row) => row.map((value) => quote(value, d, always)).join(d));
          const { text, starts } = write(records, lineBreak, finalEol);
          const kept = rows.map((row, i) => ({ row, i })).filter(({ row }) => !isBlank(row));
          const parsed = parseCsvText(text, d);
          expect(parsed.rows).toEqual(kept.map(({ row }) => row));
          expect(parsed.lines).toEqual(kept.map(({ i }) => lineAt(text, starts[i] ?? 0)));
          expect(parsed.notes).toEqual(kept.map(() => null));
          expect(parsed.errors).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('contains a broken line inserted anywhere in an RFC 4180 table', () => {
    // Broken on their own line: every quote they open closes (badly) on it, or opens nothing.
    const sameLine = fc.constantFrom(
      '=HYPERLINK("http://x";"clic")',
      'x;=F("a";"b");1',
      'ab"cd;1',
      '"x"y;2',
      'abc"',
      'a;"b" c',
    );
    fc.assert(
      fc.property(
        tableOf(cell, true),
        eol,
        fc.nat(),
        sameLine,
        fc.boolean(),
        (rows, br, at, bad, fin) => {
          const records = rows.map((row) => row.map((value) => quote(value, ';', false)).join(';'));
          const index = 1 + (at % records.length);
          records.splice(index, 0, bad);
          const { text, starts } = write(records, br, fin);
          const parsed = parseCsvText(text, ';');
          const all = [...rows.slice(0, index), bad.split(';'), ...rows.slice(index)];
          const kept = all.map((row, i) => ({ row, i })).filter(({ row }) => !isBlank(row));
          expect(parsed.rows).toEqual(kept.map(({ row }) => row));
          expect(parsed.lines).toEqual(kept.map(({ i }) => lineAt(text, starts[i] ?? 0)));
          expect(parsed.notes).toEqual(
            kept.map(({ i }) => (i === index ? 'literal-quotes' : null)),
          );
          expect(errorsOf(parsed)).toEqual([[lineAt(text, starts[index] ?? 0), 'literal-quotes']]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('contains an unclosed quote inserted anywhere in a table without quotes', () => {
    const plain = fc.string({ unit: fc.constantFrom(' ', 'a', 'é', '1', ','), maxLength: 6 });
    const unclosed = fc.constantFrom('"Citation non fermée;Média;1;2', 'x;"open', '"', 'a;b;"');
    fc.assert(
      fc.property(
        tableOf(plain, true),
        eol,
        fc.nat(),
        unclosed,
        fc.boolean(),
        (rows, br, at, bad, fin) => {
          const records = rows.map((row) => row.join(';'));
          const index = 1 + (at % records.length);
          records.splice(index, 0, bad);
          const { text, starts } = write(records, br, fin);
          const parsed = parseCsvText(text, ';');
          const all = [...rows.slice(0, index), bad.split(';'), ...rows.slice(index)];
          const kept = all.map((row, i) => ({ row, i })).filter(({ row }) => !isBlank(row));
          expect(parsed.rows).toEqual(kept.map(({ row }) => row));
          expect(parsed.lines).toEqual(kept.map(({ i }) => lineAt(text, starts[i] ?? 0)));
          expect(parsed.notes).toEqual(
            kept.map(({ i }) => (i === index ? 'unclosed-quote' : null)),
          );
          expect(errorsOf(parsed)).toEqual([[lineAt(text, starts[index] ?? 0), 'unclosed-quote']]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary text, and flags each noted line exactly once', () => {
    const anyChar = fc.oneof(
      fc.constantFrom(';', ',', '\t', '"', '"', '\r', '\n', '\r\n', ' ', 'a', '1', '\uFEFF'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit: anyChar, maxLength: 300 }), delimiter, (text, d) => {
        const parsed = parseCsvText(text, d);
        expect(parsed.lines).toHaveLength(parsed.rows.length);
        expect(parsed.notes).toHaveLength(parsed.rows.length);
        for (let i = 1; i < parsed.lines.length; i += 1) {
          expect(parsed.lines[i]).toBeGreaterThan(parsed.lines[i - 1] ?? 0);
        }
        expect(parsed.rows.some(isBlank)).toBe(false);
        // PapaParse never reports a quote error of its own: those lines were read alone.
        const noted = parsed.lines
          .map((line, i) => [line, parsed.notes[i]] as const)
          .filter(([, note]) => note !== null);
        expect(errorsOf(parsed)).toEqual(noted);
      }),
      { numRuns: 3000 },
    );
  });
});
