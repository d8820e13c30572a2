// Reading each plan sheet as French and English spreadsheets write it: what is accepted,
// what is refused with which line, column and reason, and how totals are checked.
import { describe, expect, it } from 'vitest';
import type { Month } from '../../../src/domain/months';
import { importText } from './import-helpers';

const plan = { firstMonth: '2026-01' as Month, monthCount: 12 };
const crlf = (rows: string[]) => rows.map((row) => `${row}\r\n`).join('');

function issuesOf(outcome: ReturnType<typeof importText>['outcome']) {
  return outcome.rejected.flatMap((row) =>
    row.issues.map((issue) => [row.line, issue.column, issue.code]),
  );
}

describe('the wide form', () => {
  const file = crlf([
    'Budget 2026;;;;',
    'Canal;Catégorie;janv.-26;févr.-26;Total',
    'Salon de l’Habitat;trade-show;1 200,00 €;;1 200,00 €',
    'Presse régionale;press;800,00 €;800,00 €;1 600,00 €',
    'TOTAL;;2 000,00 €;800,00 €;2 800,00 €',
  ]);

  it('reads a French Excel sheet: title line skipped, total row checked and not imported', () => {
    const { outcome, guesses } = importText('plan-wide', file, plan);
    expect(guesses).toMatchObject({ headerRow: 1, decimal: ',', decimalConfident: true });
    expect(outcome).toMatchObject({ rowCount: 2, acceptedCount: 2, totalRowCount: 1 });
    expect(outcome.warnings).toEqual([]);
    expect(outcome.batch.layers).toEqual(['planned']);
    expect(outcome.batch.channels.map((c) => [c.name, c.attributes, c.months])).toEqual([
      ['Salon de l’Habitat', { category: 'trade-show' }, { '2026-01': { planned: 120000 } }],
      [
        'Presse régionale',
        { category: 'press' },
        { '2026-01': { planned: 80000 }, '2026-02': { planned: 80000 } },
      ],
    ]);
  });

  it('puts the amounts in the layer the user chose', () => {
    const { outcome } = importText('plan-wide', file, plan, { layer: 'actual' });
    expect(outcome.batch.layers).toEqual(['actual']);
    expect(outcome.batch.channels[0]?.months).toEqual({ '2026-01': { actual: 120000 } });
  });

  it('reports a total row that does not add up, with both figures', () => {
    const wrong = file.replace('TOTAL;;2 000,00 €', 'TOTAL;;2 100,00 €');
    const { outcome } = importText('plan-wide', wrong, plan);
    expect(outcome.acceptedCount).toBe(2);
    expect(outcome.warnings).toEqual([
      { line: 5, column: 'janv.-26', code: 'total-mismatch', expected: 210000, found: 200000 },
    ]);
  });

  it('refuses a row whose total column is not the sum of its months', () => {
    const wrong = file.replace('800,00 €;1 600,00 €', '800,00 €;1 700,00 €');
    const { outcome } = importText('plan-wide', wrong, plan);
    expect(issuesOf(outcome)).toEqual([[4, 'Total', 'total-mismatch']]);
    expect(outcome.rejected[0]?.issues[0]?.params).toEqual({ expected: 170000, found: 160000 });
  });

  it('keeps amounts in a month outside the plan for the period step, and gives the span', () => {
    const text = crlf(['Canal;déc. 2025;janv. 2026', 'TV;;100', 'Radio;50;100']);
    const { outcome } = importText('plan-wide', text, plan);
    expect(outcome.rejected).toEqual([]);
    expect(outcome.acceptedCount).toBe(2);
    expect(outcome.monthSpan).toEqual({ first: '2025-12', last: '2026-01' });
  });

  it('never counts a Total row as a refused data row, even outside the plan', () => {
    const text = crlf(['Canal;déc. 2025;janv. 2026;Total', 'TV;10;100;110', 'Total;10;100;110']);
    const { outcome } = importText('plan-wide', text, plan);
    expect(outcome).toMatchObject({ rowCount: 1, totalRowCount: 1, rejected: [], warnings: [] });
  });

  it('reports an unreadable Total row as a warning, not a refused row', () => {
    const text = crlf(['Canal;janv. 2026', 'TV;100', 'Total;beaucoup']);
    const { outcome } = importText('plan-wide', text, plan);
    expect(outcome.rejected).toEqual([]);
    expect(outcome.warnings).toEqual([{ line: 3, column: 'janv. 2026', code: 'total-unreadable' }]);
  });

  it('leaves out the family subtotals the planner shows, without checking them', () => {
    const text = crlf([
      'Canal;janv. 2026',
      'TV;100',
      'Total Média;100',
      'Salon;50',
      'Sous-total hors-média;999',
      'Total;150',
    ]);
    const { outcome } = importText('plan-wide', text, plan);
    expect(outcome.batch.channels.map((c) => c.name)).toEqual(['TV', 'Salon']);
    expect(outcome).toMatchObject({ totalRowCount: 3, warnings: [], rejected: [] });
  });

  it('reads the dash of Excel’s accounting format as zero', () => {
    const text = crlf(['Canal;janv. 2026;févr. 2026', 'TV;" -   € ";-', 'Radio;– €;12']);
    const { outcome } = importText('plan-wide', text, plan);
    expect(outcome.rejected).toEqual([]);
    expect(outcome.batch.channels[0]?.months).toEqual({
      '2026-01': { planned: 0 },
      '2026-02': { planned: 0 },
    });
  });

  it('refuses a channel given twice, whatever its case and accents', () => {
    const text = crlf(['Canal;janv. 2026', 'Télévision;1', 'TELEVISION;2']);
    const { outcome } = importText('plan-wide', text, plan);
    expect(issuesOf(outcome)).toEqual([[3, 'Canal', 'duplicate-channel']]);
  });
});

describe('the long form', () => {
  it.each([
    ['beaucoup', 'Prévu', 'not-a-number'],
    ['-40,00', 'Prévu', 'negative'],
    ['12,345', 'Prévu', 'too-many-decimals'],
    ['1 000 000 000,01', 'Prévu', 'too-large'],
    ['12.5', 'Prévu', null], // the numpad's dot is read as a decimal comma
  ])('amount %j → %s %s', (amount, column, code) => {
    const text = crlf(['Canal;Mois;Prévu', `TV;2026-01;${amount}`]);
    const { outcome } = importText('plan-long', text, plan);
    expect(issuesOf(outcome)).toEqual(code === null ? [] : [[2, column, code]]);
  });

  it.each([
    ['2026-03', 'ymd', '2026-03'],
    ['mars 2026', 'dmy', '2026-03'],
    ['03/2026', 'dmy', '2026-03'],
    ['15/03/2026', 'dmy', '2026-03'],
    ['03/15/2026', 'mdy', '2026-03'],
    ['2026-03-01', 'dmy', '2026-03'],
  ] as const)('month %j read with style %s → %s', (cell, dateStyle, month) => {
    const text = crlf(['Canal;Mois;Prévu', `TV;${cell};1`]);
    const { outcome } = importText('plan-long', text, plan, { guesses: { dateStyle } });
    expect(outcome.batch.channels[0]?.months).toEqual({ [month]: { planned: 100 } });
  });

  it('asks for the date style when day and month cannot be told apart', () => {
    const text = crlf(['Canal;Mois;Prévu', 'TV;01/03/2026;1', 'TV;01/04/2026;1']);
    const { guesses } = importText('plan-long', text, plan);
    expect(guesses.dateStyleNeeded).toBe(true);
    const dmy = importText('plan-long', text, plan, { guesses: { dateStyle: 'dmy' } });
    expect(Object.keys(dmy.outcome.batch.channels[0]?.months ?? {})).toEqual([
      '2026-03',
      '2026-04',
    ]);
    const mdy = importText('plan-long', text, plan, { guesses: { dateStyle: 'mdy' } });
    expect(Object.keys(mdy.outcome.batch.channels[0]?.months ?? {})).toEqual(['2026-01']);
    expect(issuesOf(mdy.outcome)).toEqual([[3, 'Prévu', 'duplicate-month']]);
  });

  it('gathers a channel’s rows into one record and checks them against each other', () => {
    const text = crlf([
      'Canal;Famille;Mois;Prévu;Réalisé',
      'Salon;hors-média;2026-01;100;',
      'salon;;2026-02;200;50',
      'SALON;media;2026-03;300;',
      'Salon;;2026-01;999;',
      'Radio;;;;',
      'Radio;;;10;',
      ';;2026-01;10;',
    ]);
    const { outcome } = importText('plan-long', text, plan);
    expect(issuesOf(outcome)).toEqual([
      [4, 'Famille', 'inconsistent-channel'],
      [5, 'Prévu', 'duplicate-month'],
      [7, 'Mois', 'month-required'],
      [8, 'Canal', 'required'],
    ]);
    expect(outcome.batch.layers).toEqual(['planned', 'actual']);
    expect(outcome.batch.channels.map((c) => [c.name, c.attributes, c.months])).toEqual([
      [
        'Salon',
        { family: 'hors-media' },
        { '2026-01': { planned: 10000 }, '2026-02': { planned: 20000, actual: 5000 } },
      ],
      ['Radio', {}, {}],
    ]);
  });

  it('counts lines as the file has them, across line breaks inside quoted cells', () => {
    const text = crlf(['Canal;Mois;Prévu', '"Salon\nde printemps";2026-01;1', 'TV;2026-01;x']);
    const { outcome } = importText('plan-long', text, plan);
    expect(issuesOf(outcome)).toEqual([[4, 'Prévu', 'not-a-number']]);
    expect(outcome.batch.channels[0]?.name).toBe('Salon\nde printemps');
  });

  it('checks a pivot table’s grand total row against the imported rows', () => {
    const text = crlf([
      'Canal;Mois;Prévu',
      'TV;2026-01;100',
      'Radio;2026-02;50',
      'Total général;;160',
    ]);
    const { outcome } = importText('plan-long', text, plan);
    expect(outcome.totalRowCount).toBe(1);
    expect(outcome.warnings).toEqual([
      { line: 4, column: 'Prévu', code: 'total-mismatch', expected: 16000, found: 15000 },
    ]);
  });
});

describe('the channel list', () => {
  it('reads codes and their French and English names', () => {
    const text = crlf([
      'Canal;Famille;Catégorie;Payé / possédé / gagné;Modèle de coût;Objectif;Étape AARRR;KPI',
      'Salon;Hors-média;Salon professionnel;payant;forfait;Générer des prospects;Acquisition;Portée',
      'Blog;media;Community management;owned;monthly;Mon objectif à moi;;',
      'Flyers;hors-media;Sampling;earned;per-unit:sample;;retention;nps',
    ]);
    const { outcome } = importText('channels', text, plan);
    expect(outcome.rejected).toEqual([]);
    expect(outcome.batch.channels.map((c) => c.attributes)).toEqual([
      {
        family: 'hors-media',
        category: 'trade-show',
        poe: 'paid',
        costModel: { kind: 'fixed' },
        objective: 'generate-leads',
        stage: 'acquisition',
        kpi: 'reach',
      },
      {
        family: 'media',
        category: 'community',
        poe: 'owned',
        costModel: { kind: 'monthly' },
        objective: 'Mon objectif à moi',
        stage: null,
        kpi: null,
      },
      {
        family: 'hors-media',
        category: 'sampling',
        poe: 'earned',
        costModel: { kind: 'per-unit', unit: 'sample' },
        objective: null,
        stage: 'retention',
        kpi: 'nps',
      },
    ]);
  });

  it.each([
    ['Famille', 'mixte', 'unknown-family'],
    ['Catégorie', 'colloque', 'unknown-category'],
    ['Payé / possédé / gagné', 'offert', 'unknown-poe'],
    ['Modèle de coût', 'au pif', 'unknown-cost-model'],
    ['Étape AARRR', 'notoriété', 'unknown-stage'],
  ])(
    'asks once about an unknown %s (%j), then reads or refuses as answered',
    (column, value, code) => {
      const text = crlf([`Canal;${column}`, `Salon;${value}`, `Radio;${value.toUpperCase()}`]);
      const asked = importText('channels', text, plan).outcome;
      // Held, not refused: one question for both spellings of the value.
      expect(asked).toMatchObject({ rejected: [], acceptedCount: 0, heldRowCount: 2 });
      expect(asked.pendingValues).toHaveLength(1);
      expect(asked.pendingValues[0]).toMatchObject({
        value,
        rows: 2,
        firstLine: 2,
        header: column,
      });
      const pending = asked.pendingValues[0]!;
      const refused = importText('channels', text, plan, {
        answers: { [pending.column]: { [pending.key]: '' } },
      }).outcome;
      expect(issuesOf(refused)).toEqual([
        [2, column, code],
        [3, column, code],
      ]);
      expect(refused.pendingValues).toEqual([]);
    },
  );

  it('reads the rows with an unknown family once the user says which family it is', () => {
    const text = crlf(['Canal;Famille', 'Salon;Digital', 'Radio;digital']);
    const answers = { family: { digital: 'media' } };
    const { outcome } = importText('channels', text, plan, { answers });
    expect(outcome).toMatchObject({ rejected: [], acceptedCount: 2, heldRowCount: 0 });
    expect(outcome.batch.channels.map((c) => c.attributes.family)).toEqual(['media', 'media']);
  });

  it('refuses a name longer than a plan allows', () => {
    const text = crlf(['Canal', 'x'.repeat(121)]);
    expect(issuesOf(importText('channels', text, plan).outcome)).toEqual([
      [2, 'Canal', 'too-long'],
    ]);
  });
});
