// The import preview asks "decimal comma or point?" only when the answer changes what the file
// says: never for a channel list, a header alone or integer amounts; always for "1,234" alone.
import { describe, expect, it } from 'vitest';
import { guessSettings, prepareText } from '../../src/csv/prepare';
import { sniffNumberStyle } from '../../src/csv/sniff';
import type { TargetId } from '../../src/csv/target';
import { targetById } from '../../src/csv/targets';
import type { DecimalSeparator } from '../../src/domain/number-parse';
import type { Month } from '../../src/domain/months';

const plan = { firstMonth: '2026-01' as Month, monthCount: 12 };
const crlf = (rows: string[]) => rows.map((row) => `${row}\r\n`).join('');

function guessesFor(targetId: TargetId, rows: string[], fallbackDecimal: DecimalSeparator) {
  const file = prepareText(crlf(rows), 'file.csv', 'pasted');
  const guesses = guessSettings(targetById(targetId), file.head, { plan, fallbackDecimal });
  return { decimal: guesses.decimal, confident: guesses.decimalConfident };
}

describe('the decimal question on whole files', () => {
  it.each<[string, TargetId, string[], DecimalSeparator, DecimalSeparator, boolean]>([
    [
      'a channel list (no amount column)',
      'channels',
      ['Canal;Famille;Catégorie', 'TV;media;tv', 'Salon;hors-média;trade-show'],
      ',',
      ',',
      true,
    ],
    [
      'a channel list, English locale',
      'channels',
      ['Channel;Family', 'TV;media', 'Radio;media'],
      '.',
      '.',
      true,
    ],
    ['a header alone (wide form)', 'plan-wide', ['Canal;janv. 2026;févr. 2026'], ',', ',', true],
    ['a header alone (long form)', 'plan-long', ['Canal;Mois;Prévu'], '.', '.', true],
    [
      'integer amounts only',
      'plan-wide',
      ['Canal;janv. 2026;févr. 2026', 'TV;1200;0', 'Radio;800;12'],
      ',',
      ',',
      true,
    ],
    [
      'integers grouped by spaces',
      'plan-wide',
      ['Canal;janv. 2026;févr. 2026', 'TV;1 200;0', 'Radio;12 000 €;1\u00A0234'],
      '.',
      '.',
      true,
    ],
    [
      'integers in the long form',
      'plan-long',
      ['Canal;Mois;Prévu', 'TV;2026-01;1200', 'TV;2026-02;0'],
      ',',
      ',',
      true,
    ],
    [
      'an ambiguous "1,234"',
      'plan-wide',
      ['Canal;janv. 2026', 'TV;"1,234"', 'Radio;800'],
      ',',
      ',',
      false,
    ],
    [
      'an ambiguous "1.234"',
      'plan-long',
      ['Canal;Mois;Prévu', 'TV;2026-01;1.234'],
      '.',
      '.',
      false,
    ],
    ['a clear "12,5"', 'plan-wide', ['Canal;janv. 2026', 'TV;12,5', 'Radio;800'], '.', ',', true],
    [
      'a clear "1,234.56"',
      'plan-wide',
      ['Canal;janv. 2026', 'TV;"1,234.56"', 'Radio;"1,234"'],
      ',',
      '.',
      true,
    ],
  ])('%s', (_, targetId, rows, fallback, decimal, confident) => {
    expect(guessesFor(targetId, rows, fallback)).toEqual({ decimal, confident });
  });
});

describe('sniffNumberStyle: does anything depend on the separator?', () => {
  it.each<[string, string[], DecimalSeparator, DecimalSeparator, boolean]>([
    ['no sample (channel list, header alone)', [], ',', ',', true],
    ['no sample, English locale', [], '.', '.', true],
    ['integers only', ['1200', '0', '-5', '12 €'], ',', ',', true],
    ['integers grouped by spaces', ['1 234', '12\u00A0000', '1\u202F200 €'], '.', '.', true],
    ['cells that are no number', ['TV', 'n/a', 'v1.2'], ',', ',', true],
    ['"1,234" alone', ['1,234'], ',', ',', false],
    ['"1.234" alone', ['1.234'], '.', '.', false],
    ['"1,234" among integers', ['1200', '1,234', '0'], '.', '.', false],
    ['"1.234" among space-grouped integers', ['1 200', '1.234'], ',', ',', false],
    ['a clear "12,5"', ['12,5'], '.', ',', true],
    ['"1 234,5": grouped by a space, so the comma is decimal', ['1 234,5'], '.', ',', true],
    ['a clear "1,234.56"', ['1,234.56'], ',', '.', true],
    ['a clear "1.234,56"', ['1.234,56'], '.', ',', true],
    ['mixed: integers and a clear "12,5"', ['1200', '1 234', '12,5'], '.', ',', true],
    ['mixed: "1,234" settled by "12,5"', ['1,234', '12,5', '0'], '.', ',', true],
    ['mixed: "1.234" settled by "1,234.56"', ['1.234', '1,234.56'], ',', '.', true],
    ['mixed: cells disagreeing, as many each way', ['12,5', '1.5', '7'], '.', '.', false],
    ['mixed: cells disagreeing, mostly French', ['12,5', '3,25', '1.5'], '.', ',', false],
  ])('%s', (_, samples, fallback, decimal, confident) => {
    expect(sniffNumberStyle(samples, fallback)).toEqual({ decimal, confident });
  });
});
