// A saved ROI scenario through CSV: what the export writes, that the import gives it back
// exactly in French and English, reads hand-made files with French decimals, and refuses a
// bad file as a whole with every problem by line and column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readRoiScenarioCsv,
  roiScenarioCsv,
  type RoiCsvProblem,
} from '../../../src/csv/roi-scenario-csv';
import { toCents } from '../../../src/domain/money';
import { exact, type RoiScenario } from '../../../src/domain/roi/model';

const NOW = Date.UTC(2026, 5, 15, 10);
const CHANNELS = new Map([['c-tv', 'Télévision régionale']]);
const CHANNEL_IDS = new Map([['Télévision régionale', 'c-tv']]);

const SCENARIO: RoiScenario = {
  id: 's1',
  planId: 'p1',
  name: 'Rentrée 2026',
  gainBasis: 'margin',
  marginRate: { likely: 0.35, low: 0.3, high: 0.4 },
  lines: [
    {
      id: 'l1',
      name: 'TV ; "prime time"',
      channelId: 'c-tv',
      mediaCost: { likely: 1_000_050, low: 800_000, high: 1_200_000 },
      creativeCost: exact(250_000),
      staffHours: { likely: 12.5, low: 10, high: 20 },
      staffHourlyCost: exact(4_550),
      gains: { kind: 'figure', revenue: { likely: 4_000_000, low: 2_500_000, high: null } },
      curve: { doublingGain: 0.4, shape: 1, carryOver: 0.55 },
      bounds: { min: toCents(100_000), max: toCents(2_000_000), locked: false, minimumBuy: null },
    },
    {
      id: 'l2',
      name: 'Salon de l’habitat',
      channelId: null,
      mediaCost: exact(300_000),
      creativeCost: exact(0),
      staffHours: exact(0),
      staffHourlyCost: exact(0),
      gains: {
        kind: 'funnel',
        impressions: { likely: 120_000, low: 90_000, high: 150_000 },
        audience: 'reach',
        // 0.035 × 100 and 0.07 × 100 are 3.5000000000000004 and 7.000000000000001 in binary.
        clickRate: { likely: 0.035, low: 0.02, high: 0.05 },
        leadRate: exact(0.07),
        closeRate: exact(0.25),
        averageBasket: exact(12_990),
      },
      curve: { doublingGain: 0.15, shape: 2.5, carryOver: null },
      bounds: { min: toCents(0), max: null, locked: true, minimumBuy: toCents(50_000) },
    },
  ],
  objective: { kind: 'target-roas', value: 4 },
  uncertainty: { distribution: 'triangular', draws: 20_000, seed: 2026, targetRoi: 0.5 },
  createdAt: 100,
  updatedAt: 200,
};

function counter(): () => string {
  let n = 0;
  return () => `new-${++n}`;
}

function read(text: string, locale = 'fr-FR', channelIds = CHANNEL_IDS) {
  return readRoiScenarioCsv(text, {
    locale,
    channelIds,
    newId: counter(),
    now: NOW,
    planId: 'p2',
  });
}

function problemsOf(text: string, locale = 'fr-FR'): RoiCsvProblem[] {
  const result = read(text, locale);
  if (result.ok) throw new Error('the file was accepted');
  return result.error;
}

/** The scenario as the import builds it: its ids, plan and dates are the import's own. */
function asImported(scenario: RoiScenario): unknown {
  return {
    ...scenario,
    id: expect.stringMatching(/^new-/),
    planId: 'p2',
    createdAt: NOW,
    updatedAt: NOW,
    lines: scenario.lines.map((l) => ({ ...l, id: expect.stringMatching(/^new-/) })),
  };
}

describe('the scenario export', () => {
  it('writes French headers, decimal commas and percentages with ";" in fr-FR', () => {
    const text = roiScenarioCsv(SCENARIO, {
      locale: 'fr-FR',
      language: 'fr',
      channelNames: CHANNELS,
    });
    expect(
      text.startsWith('\uFEFFScénario;Ligne;Canal lié;Base des gains;Taux de marge (%);'),
    ).toBe(true);
    const [, first = '', second = ''] = text.split('\r\n');
    // 1 000 050 cents are 10 000,50; 0.35 is 35 %; 12.5 hours; 4 550 cents are 45,50.
    expect(first).toContain(
      ';Télévision régionale;Marge brute;35;30;40;10000,50;8000,00;12000,00;2500,00;;;12,5;10;20;45,50;;;Montant;',
    );
    // 0.035 → 3,5 %, never 3,5000000000000004; a ROAS of 4 is 400 %.
    expect(second).toContain(
      ';Entonnoir;;;;120000;90000;150000;Portée;3,5;2;5;7;;;25;;;129,90;;;15;2,5;;',
    );
    expect(second).toContain(';ROAS visé;;400;Triangulaire;20000;2026;50');
  });

  it('writes English headers, decimal points and "," in en-GB', () => {
    const text = roiScenarioCsv(SCENARIO, {
      locale: 'en-GB',
      language: 'en',
      channelNames: CHANNELS,
    });
    expect(text.startsWith('\uFEFFScenario,Line,Linked channel,Gains basis,Margin rate (%),')).toBe(
      true,
    );
    expect(text).toContain(',Margin rate (%) (low),Margin rate (%) (high),Media cost,');
    expect(text).toContain(',Gross margin,35,30,40,10000.50,8000.00,12000.00,');
  });

  it('neutralises names that a spreadsheet would run as formulas', () => {
    const scenario: RoiScenario = {
      ...SCENARIO,
      name: '=HYPERLINK("http://x")',
      lines: SCENARIO.lines.map((l, i) => ({ ...l, name: i === 0 ? '-Promo' : '@salon' })),
    };
    const text = roiScenarioCsv(scenario, {
      locale: 'fr-FR',
      language: 'fr',
      channelNames: CHANNELS,
    });
    const [, first = '', second = ''] = text.split('\r\n');
    expect(first.startsWith('"\'=HYPERLINK(""http://x"")";\'-Promo;')).toBe(true);
    expect(second.startsWith('"\'=HYPERLINK(""http://x"")";\'@salon;')).toBe(true);
    const back = read(text);
    expect(back.ok && back.value.name).toBe('=HYPERLINK("http://x")');
    expect(back.ok && back.value.lines.map((l) => l.name)).toEqual(['-Promo', '@salon']);
  });
});

describe('export then import', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['en-GB', 'en'],
    ['en-GB', 'fr'],
  ] as const)('gives back the same scenario in %s with %s headers', (locale, language) => {
    const text = roiScenarioCsv(SCENARIO, { locale, language, channelNames: CHANNELS });
    const back = read(text, locale);
    expect(back).toEqual({ ok: true, value: asImported(SCENARIO) });
  });

  it('reads a French file into an English plan: the decimal commas prove the style', () => {
    const text = roiScenarioCsv(SCENARIO, {
      locale: 'fr-FR',
      language: 'fr',
      channelNames: CHANNELS,
    });
    expect(read(text, 'en-GB')).toEqual({ ok: true, value: asImported(SCENARIO) });
  });

  it('makes a new scenario with fresh ids, never the exported one', () => {
    const text = roiScenarioCsv(SCENARIO, {
      locale: 'fr-FR',
      language: 'fr',
      channelNames: CHANNELS,
    });
    const back = read(text);
    if (!back.ok) throw new Error('refused');
    const ids = [back.value.id, ...back.value.lines.map((l) => l.id)];
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain('s1');
    expect(back.value.planId).toBe('p2');
  });
});

/** A hand-made French file: the required columns, then the given rows. */
const HEADER =
  'Scénario;Ligne;Base des gains;Taux de marge (%);Coût média;Coût créatif;Heures de travail;' +
  'Coût horaire;Type de gains;Chiffre d’affaires;Gain au doublement (%);Forme';

function file(...rows: string[]): string {
  return [HEADER, ...rows].join('\r\n');
}

describe('a hand-made file', () => {
  it('reads French decimals, grouped amounts with €, and rates with or without %', () => {
    const result = read(
      file('Test;Radio;CA;2,5 %;12,5;1 234,56 €;7,5;45;montant;"40 000,00";40 %;1,5'),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const [radio] = result.value.lines;
    // 12,5 € = 1 250 cents; 1 234,56 € = 123 456 cents; 2,5 % = 0.025; 40 % = 0.4.
    expect(result.value.marginRate).toEqual(exact(0.025));
    expect(radio?.mediaCost).toEqual(exact(1_250));
    expect(radio?.creativeCost).toEqual(exact(123_456));
    expect(radio?.staffHours).toEqual(exact(7.5));
    expect(radio?.gains).toEqual({ kind: 'figure', revenue: exact(4_000_000) });
    expect(radio?.curve).toEqual({ doublingGain: 0.4, shape: 1.5, carryOver: null });
    // Absent optional columns: free-standing, no bounds, and "maximise return" for the
    // media spend of the lines (12,50 €).
    expect(radio?.channelId).toBeNull();
    expect(radio?.bounds).toEqual({ min: 0, max: null, locked: false, minimumBuy: null });
    expect(result.value.objective).toEqual({ kind: 'max-return', budget: 1_250 });
    expect(result.value.uncertainty).toEqual({
      distribution: 'pert',
      draws: 10_000,
      seed: 1,
      targetRoi: null,
    });
  });

  it('matches headers whatever their case and accents', () => {
    const header = HEADER.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '');
    const result = read(`${header}\r\nTest;Radio;CA;35;100;0;0;0;Montant;200;40;1`);
    expect(result.ok && result.value.lines[0]?.mediaCost).toEqual(exact(10_000));
  });

  it('reports a bad number with its line and column, and every other problem too', () => {
    const problems = problemsOf(
      file(
        'Test;Radio;CA;35;100;0;0;0;Montant;200;40;1',
        'Test;Presse;CA;35;12,5,3;0;0;0;Montant;200;40;1',
        'Test;Salon;CA;150;100;-5;0;0;Montant;200;40;1',
      ),
    );
    expect(problems).toEqual([
      { line: 3, column: 'Coût média', code: 'not-a-number', detail: 'not-a-number' },
      { line: 4, column: 'Taux de marge (%)', code: 'bad-value', detail: 'out-of-range' },
      { line: 4, column: 'Coût créatif', code: 'bad-value', detail: 'negative' },
    ]);
  });

  it('counts the lines the file shows, line breaks inside cells included', () => {
    const problems = problemsOf(
      file(
        'Test;"Radio\nlocale";CA;35;100;0;0;0;Montant;200;40;1',
        'Test;TV;CA;35;abc;0;0;0;Montant;200;40;1',
      ),
    );
    expect(problems).toEqual([
      { line: 4, column: 'Coût média', code: 'not-a-number', detail: 'not-a-number' },
    ]);
  });

  it('names a missing column', () => {
    const header = HEADER.replace(';Coût créatif', '');
    expect(problemsOf(`${header}\r\nTest;Radio;CA;35;100;0;0;Montant;200;40;1`)).toEqual([
      { line: 1, column: 'Coût créatif', code: 'missing-column' },
    ]);
  });

  it('refuses a linked channel the plan does not have', () => {
    const problems = problemsOf(
      `${HEADER};Canal lié\r\nTest;Radio;CA;35;100;0;0;0;Montant;200;40;1;Radio Nova`,
    );
    expect(problems).toEqual([
      { line: 2, column: 'Canal lié', code: 'unknown-channel', detail: 'Radio Nova' },
    ]);
  });

  it('refuses rows of two scenarios', () => {
    const problems = problemsOf(
      file(
        'Test;Radio;CA;35;100;0;0;0;Montant;200;40;1',
        'Autre;TV;CA;35;100;0;0;0;Montant;200;40;1',
      ),
    );
    expect(problems).toEqual([{ line: 3, column: 'Scénario', code: 'mixed-scenarios' }]);
  });

  it('refuses a low value above the likely one, and an unknown word', () => {
    const header = `${HEADER};Coût média (bas)`;
    const problems = problemsOf(`${header}\r\nTest;Radio;CA;35;100;0;0;0;Courbe;200;40;1;150`);
    expect(problems).toEqual([
      { line: 2, column: 'Type de gains', code: 'bad-value', detail: 'unknown-word' },
      { line: 2, column: 'Coût média (bas)', code: 'bad-value', detail: 'above-likely' },
    ]);
  });

  it('refuses more than 200 lines, naming the first one too many', () => {
    const rows = Array.from(
      { length: 201 },
      (_, i) => `Test;L${i};CA;35;100;0;0;0;Montant;200;40;1`,
    );
    // The header is line 1, so the 201st row is line 202.
    expect(problemsOf(file(...rows))).toEqual([
      { line: 202, column: null, code: 'too-many-rows', detail: '200' },
    ]);
  });

  it('refuses a column given twice, in either language', () => {
    const problems = problemsOf(
      `${HEADER};Media cost\r\nTest;Radio;CA;35;100;0;0;0;Montant;200;40;1;5`,
    );
    expect(problems).toEqual([{ line: 1, column: 'Media cost', code: 'duplicate-column' }]);
  });

  it('refuses a header with nothing under it', () => {
    expect(problemsOf(`${HEADER}\r\n`)).toEqual([{ line: 1, column: null, code: 'no-rows' }]);
  });

  it('asks which decimal separator a file uses when no cell tells', () => {
    // "1,500" is 1.5 with decimal commas and 1 500 with grouping commas; every other cell is
    // an integer: nothing decides.
    expect(problemsOf(file('Test;Radio;CA;35;1,500;0;0;0;Montant;200;40;1'))).toEqual([
      { line: 1, column: null, code: 'decimal-ambiguous' },
    ]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = read(`${HEADER}\r\n${text}`);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
