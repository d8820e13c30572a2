// Sniffing how a file was written: the delimiter (where PapaParse's own guess fails French
// files), the line break, the decimal separator and the order of day and month.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  sniffDateStyle,
  sniffDelimiter,
  sniffLineBreak,
  sniffNumberStyle,
  type DateStyle,
  type Delimiter,
} from '../../../src/csv/sniff';

const FRENCH_TWO_COLUMNS = 'Nom;Montant\r\nA;1,5\r\nB;2,25\r\n';

describe('sniffDelimiter', () => {
  it('reads a two-column French file as ";", where PapaParse guesses ","', () => {
    expect(Papa.parse(FRENCH_TWO_COLUMNS).meta.delimiter).toBe(',');
    expect(sniffDelimiter(FRENCH_TWO_COLUMNS)).toBe(';');
    expect(sniffDelimiter('Nom;Montant\nA;1,5\nB;2,25')).toBe(';');
  });

  it.each<[string, string, Delimiter]>([
    ['an English file', 'name,amount\nTV,1234.56\nRadio,12.5\n', ','],
    ['a tab export', 'Canal\tMontant\nTV\t1 234,56\nRadio\t12,5\n', '\t'],
    ['a French budget', 'Canal;janv. 2026;févr. 2026\r\nTV;1 234,56;0\r\nRadio;12,5;3\r\n', ';'],
    ['commas and semicolons inside quotes', '"a;b",c\n"d;e",f\n"g;h",i\n', ','],
    ['semicolons inside cells of a comma file', 'name,tags\nA,x;y\nB,z;w\nC,v\n', ','],
    [
      'line breaks inside quoted cells',
      'Nom;Note\r\n"A";"ligne 1\nligne 2, suite"\r\nB;x\r\n',
      ';',
    ],
    ['a tie, broken towards ";"', 'a;b,c\n1;2,3\n', ';'],
    ['a tie between tab and ",", broken towards tab', 'a\tb,c\n1\t2,3\n', '\t'],
    [
      'a title line above the header',
      'Budget 2026\nCanal;Janv;Févr\nTV;1,5;2\nRadio;3;4,25\n',
      ';',
    ],
    ['blank lines between rows', 'a,b\n\n1,2\n  \n3,4\n', ','],
    ['a header alone', 'Canal;Montant', ';'],
    ['a single column', 'Canal\nTV\nRadio\n', ';'],
    ['an empty text', '', ';'],
  ])('reads %s', (_, text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  it('looks at the first rows only', () => {
    const text = 'a;b\n' + '1;2\n'.repeat(30) + 'x,y,z,w\n'.repeat(1000);
    expect(sniffDelimiter(text)).toBe(';');
  });
});

describe('sniffLineBreak', () => {
  it.each([
    ['CRLF', 'a;b\r\n1;2\r\n', '\r\n'],
    ['LF', 'a;b\n1;2\n', '\n'],
    ['CR (old Mac Excel)', 'a;b\r1;2\r', '\r'],
    ['CRLF after a quoted LF, as Excel writes it', 'a;"b\nc"\r\n1;2\r\n', '\r\n'],
    ['a single line', 'a;b', '\r\n'],
  ] as const)('finds %s', (_, text, expected) => {
    expect(sniffLineBreak(text, ';')).toBe(expected);
  });
});

describe('sniffNumberStyle', () => {
  it.each<[string, string[], ',' | '.', boolean]>([
    ['French amounts', ['1 234,56', '12,5', '0', 'TV'], ',', true],
    ['French amounts with currency and no-break spaces', ['1\u00A0234,56 €', '-3,5 %'], ',', true],
    ['English amounts', ['1,234.56', '12.5', '7'], '.', true],
    ['English amounts with currency', ['$1,234.56', '(12.50)'], '.', true],
    ['commas grouping millions', ['1,234,567'], '.', true],
    ['dots grouping millions', ['1.234.567'], ',', true],
    ['a comma before three digits after a space group', ['1 234,567'], ',', true],
    ['a comma that cannot group', ['1234,567'], ',', true],
    ['"0,125"', ['0,125'], ',', true],
    ['"1,234" alone', ['1,234'], ',', false],
    ['"1.234" alone', ['1.234'], ',', false],
    ['integers only: nothing to ask', ['12', '1 234', '-5'], ',', true],
    ['no numbers: nothing to ask', ['TV', '2026-12-31', '31/12/2026', 'v1.2'], ',', true],
    ['disagreeing cells, mostly French', ['12,5', '3,25', '1.5'], ',', false],
    ['disagreeing cells, mostly English', ['12.5', '3.25', '1,5'], '.', false],
  ])('reads %s', (_, samples, decimal, confident) => {
    expect(sniffNumberStyle(samples, ',')).toEqual({ decimal, confident });
  });

  it('falls back to the locale separator given when nothing decides', () => {
    expect(sniffNumberStyle(['1,234'], '.')).toEqual({ decimal: '.', confident: false });
    expect(sniffNumberStyle([], '.')).toEqual({ decimal: '.', confident: true });
  });
});

describe('sniffDateStyle', () => {
  it.each<[string, string[], DateStyle]>([
    ['a day above 12 first', ['03/04/2026', '31/12/2026'], 'dmy'],
    ['French dates with dots and two-digit years', ['15.01.26', '01.02.26'], 'dmy'],
    ['Excel dates with a time', ['31/12/2026 00:00', '01/01/2026 14:30'], 'dmy'],
    ['ISO dates', ['2026-12-31', '2026-01-05', ''], 'ymd'],
    ['ISO date-times', ['2026-12-31T10:00:00Z'], 'ymd'],
    ['a day above 12 second', ['12/31/2026', '01/05/2026'], 'mdy'],
    ['all parts at most 12', ['03/04/2026', '12/11/2026'], 'ambiguous'],
    ['both orders proven', ['31/12/2026', '12/31/2026'], 'ambiguous'],
    ['no dates', ['TV', '12,5'], 'ambiguous'],
    ['ISO dates beside ambiguous slash dates', ['2026-12-31', '03/04/2026'], 'ambiguous'],
  ])('reads %s', (_, samples, expected) => {
    expect(sniffDateStyle(samples)).toBe(expected);
  });
});
