// Mapping file columns to target columns: French and English synonyms, units in headers,
// month headers, the total column, a title line above the header, remembered choices.
import { describe, expect, it } from 'vitest';
import {
  autoMapping,
  findHeaderRow,
  missingColumns,
  readRemembered,
  rememberMapping,
  withColumn,
} from '../../../src/csv/mapping';
import { channelsTarget } from '../../../src/csv/target-channels';
import { planLongTarget } from '../../../src/csv/target-plan-long';
import { planWideTarget } from '../../../src/csv/target-plan-wide';
import { headerKey, textKey } from '../../../src/csv/text-key';
import type { Month } from '../../../src/domain/months';

const plan = { firstMonth: '2026-01' as Month, monthCount: 12 };

describe('textKey and headerKey', () => {
  it.each([
    ['  Salon  PRO’ Été ', "salon pro' ete"],
    ['CATÉGORIE', 'categorie'],
    ['Réalisé\u00A0', 'realise'],
  ])('textKey(%j) = %j', (text, key) => expect(textKey(text)).toBe(key));

  it.each([
    ['Budget prévu (€ HT)', 'budget prevu'],
    ['Montant – EUR', 'montant'],
    ['Prévu :', 'prevu'],
    ['Canal *', 'canal'],
  ])('headerKey(%j) = %j', (text, key) => expect(headerKey(text)).toBe(key));
});

describe('autoMapping', () => {
  it.each([
    [
      'French long form with units',
      ['Plan', 'Canal', 'Famille', 'Catégorie', 'Mois', 'Budget prévu (€)', 'Engagé', 'Réalisé HT'],
      ['plan', 'name', 'family', 'category', 'month', 'planned', 'committed', 'actual'],
    ],
    [
      'English long form, other order',
      ['Month', 'Channel name', 'Actual', 'Planned', 'Committed', 'Category'],
      ['month', 'name', 'actual', 'planned', 'committed', 'category'],
    ],
    [
      'unknown columns are not imported',
      ['Libellé', 'Commentaire', 'Prévu'],
      ['name', null, 'planned'],
    ],
    ['a second column for the same field is not imported', ['Canal', 'Nom'], ['name', null]],
  ])('%s', (_, header, expected) => {
    expect(autoMapping(planLongTarget, header, { plan })).toEqual(expected);
  });

  it('finds the months and the total of a wide sheet, as French and English Excel write them', () => {
    const header = ['Canal', 'janv.-26', 'févr. 2026', '03/2026', 'Apr 2026', '2026-05', 'Total'];
    expect(autoMapping(planWideTarget, header, { plan })).toEqual([
      'name',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      'total',
    ]);
  });

  it('prefers the header the user mapped last time over a synonym', () => {
    const header = ['Canal', 'Poste budgétaire'];
    const remembered = { name: headerKey('Poste budgétaire') };
    expect(autoMapping(channelsTarget, header, { plan }, remembered)).toEqual([null, 'name']);
  });
});

describe('findHeaderRow', () => {
  it('skips a title line above the header', () => {
    const rows = [
      ['Budget marketing 2026', '', ''],
      ['Canal', 'janv. 2026', 'Total'],
      ['TV', '1 000,00', '1 000,00'],
    ];
    expect(findHeaderRow(planWideTarget, rows, { plan })).toBe(1);
  });

  it('takes the first row when nothing maps', () => {
    expect(
      findHeaderRow(
        channelsTarget,
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        { plan },
      ),
    ).toBe(0);
  });
});

describe('editing and remembering a mapping', () => {
  it('gives a field to one file column only', () => {
    expect(withColumn(['name', null, 'planned'], 1, 'name')).toEqual([null, 'name', 'planned']);
    expect(withColumn(['name', null], 0, null)).toEqual([null, null]);
  });

  it('lists the required columns no file column feeds', () => {
    expect(missingColumns(planLongTarget, [null, 'planned']).map((c) => c.key)).toEqual(['name']);
    expect(missingColumns(planLongTarget, ['name'])).toEqual([]);
  });

  it('remembers the headers of declared columns only, and reads back only strings', () => {
    const header = ['Poste', 'janv. 2026'];
    expect(rememberMapping(planWideTarget, header, ['name', '2026-01'])).toEqual({ name: 'poste' });
    expect(readRemembered({ name: 'poste', bad: 3 })).toEqual({ name: 'poste' });
    expect(readRemembered('nonsense')).toEqual({});
  });
});
