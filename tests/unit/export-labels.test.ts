// The plan sheets write what the planner shows: the labels of the export's language (never
// the codes) and the channels in the planner's row order. The import reads those labels in
// both languages, and the codes; export → import through the real pipeline gives back the
// same names, attributes and cents; every text cell that could start a formula is neutralised
// and no number cell is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellSchemas, readCell, type CellType } from '../../src/csv/cell-schemas';
import { rejectedRowsCsv, sheetCsv } from '../../src/csv/export';
import { runImport } from '../../src/csv/import-pipeline';
import {
  CATEGORY_WORDS,
  COST_LABELS,
  COST_WORDS,
  FAMILY_WORDS,
  KPI_WORDS,
  OBJECTIVE_WORDS,
  POE_WORDS,
  STAGE_WORDS,
  categoryLabel,
  costKey,
  costModelLabel,
  familyLabel,
  plannerRowOrder,
  poeLabel,
  stageLabel,
  type Lexicon,
} from '../../src/csv/labels';
import { autoMapping } from '../../src/csv/mapping';
import { parseCsvText } from '../../src/csv/parse';
import { totalKind } from '../../src/csv/plan-columns';
import { prepareBytes } from '../../src/csv/prepare';
import type { Delimiter } from '../../src/csv/sniff';
import type { PlanSource, SheetOptions, TargetId } from '../../src/csv/target';
import { targetById } from '../../src/csv/targets';
import { textKey } from '../../src/csv/text-key';
import {
  formatNumberCell,
  isNumberCell,
  type CsvCell,
  type NumberStyle,
} from '../../src/csv/write';
import {
  BUDGET_LAYERS,
  MAX_CELL_CENTS,
  monthAmounts,
  type BudgetLayer,
} from '../../src/domain/budget';
import {
  AARRR_STAGES,
  CATALOGUE,
  CUSTOM_CATEGORY,
  KPIS,
  OBJECTIVES,
} from '../../src/domain/catalogue';
import { toCents } from '../../src/domain/money';
import { monthFromParts, monthRange, type Month } from '../../src/domain/months';
import type { Channel, CostModel, Family, PaidOwnedEarned } from '../../src/domain/plan';
import { translate, type MessageKey } from '../../src/i18n';
import { plannerOrder } from '../../src/views/planner/planner-session.svelte';
import { importText } from './csv/import-helpers';

const LANGUAGES = ['fr', 'en'] as const;
const FAMILIES: readonly Family[] = ['media', 'hors-media'];
const POES: readonly PaidOwnedEarned[] = ['paid', 'owned', 'earned'];
const COSTS: readonly CostModel[] = COST_LABELS.map(([, model]) => model);
const CATEGORIES = [...CATALOGUE.map((e) => e.category as string), CUSTOM_CATEGORY];

function month(year: number, m: number): Month {
  const found = monthFromParts(year, m);
  if (!found) throw new Error('bad month');
  return found;
}

const PLAN = {
  id: 'plan-1',
  name: '=Plan ; "test"',
  currency: 'EUR',
  locale: 'fr-FR' as const,
  firstMonth: month(2026, 1),
  monthCount: 12,
  targetBudget: null,
  scenarioOf: null,
  createdAt: 0,
  updatedAt: 0,
};

function channel(fields: Partial<Channel> & Pick<Channel, 'name' | 'sortOrder'>): Channel {
  return {
    id: `c-${fields.sortOrder}`,
    planId: PLAN.id,
    family: 'media',
    category: 'tv',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage: null,
    kpi: null,
    ...fields,
  };
}

/** The sheet as a spreadsheet reads it: decoded, BOM off, split into cells. */
function cellsOf(text: string, delimiter: Delimiter): string[][] {
  const prepared = prepareBytes(new TextEncoder().encode(text), 'export.csv');
  if (!prepared.ok) throw new Error(prepared.error.code);
  const parsed = parseCsvText(prepared.value.text, delimiter);
  expect(parsed.errors).toEqual([]);
  return parsed.rows;
}

describe('the labels the export writes are the planner’s', () => {
  it.each(LANGUAGES)(
    'in %s: families, POE, cost models and "Other" as src/i18n words them',
    (language) => {
      const t = (key: string) => translate(language, key as MessageKey);
      for (const family of FAMILIES)
        expect(familyLabel(family, language)).toBe(t(`family.${family}`));
      for (const poe of POES) expect(poeLabel(poe, language)).toBe(t(`poe.${poe}`));
      for (const model of COSTS) {
        const key = costKey(model).replace('per-unit:', '');
        expect(costModelLabel(model, language)).toBe(t(`cost.${key}`));
      }
      expect(categoryLabel(CUSTOM_CATEGORY, language)).toBe(t('channels.custom'));
    },
  );

  it.each(LANGUAGES)('in %s: categories and stages from the catalogue', (language) => {
    for (const entry of CATALOGUE) {
      expect(categoryLabel(entry.category, language)).toBe(entry.name[language]);
    }
    for (const stage of AARRR_STAGES)
      expect(stageLabel(stage.id, language)).toBe(stage.label[language]);
    expect(stageLabel(null, language)).toBeNull();
  });
});

describe('the rows follow the planner', () => {
  const channelArb = fc.record({
    family: fc.constantFrom(...FAMILIES),
    category: fc.constantFrom(...CATEGORIES, 'not-in-the-catalogue'),
    // Few values, so that ties show the sort is stable as the planner's is.
    sortOrder: fc.integer({ min: 0, max: 4 }),
    name: fc.string(),
  });

  it('in the same order as plannerOrder, ties included (property)', () => {
    fc.assert(
      fc.property(fc.array(channelArb, { maxLength: 30 }), (fields) => {
        const channels = fields.map((f, i) => channel({ ...f, id: `c${i}` }));
        expect(plannerRowOrder(channels).map((c) => c.id)).toEqual(
          plannerOrder(channels).map((c) => c.id),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('media first, then catalogue order, then the user’s order, in every sheet', () => {
    const channels = [
      channel({ name: 'Mon salon', family: 'hors-media', category: 'trade-show', sortOrder: 0 }),
      channel({ name: 'Maison', family: 'hors-media', category: 'custom', sortOrder: 1 }),
      channel({ name: 'Spot TV', family: 'media', category: 'tv', sortOrder: 2 }),
      channel({ name: 'Google', family: 'media', category: 'search-ads', sortOrder: 3 }),
      channel({ name: 'Radio locale', family: 'media', category: 'radio', sortOrder: 5 }),
      channel({ name: 'Radio nationale', family: 'media', category: 'radio', sortOrder: 4 }),
    ];
    const source: PlanSource = { plan: PLAN, channels, budgets: [] };
    const expected = [
      'Spot TV',
      'Radio nationale',
      'Radio locale',
      'Google',
      'Mon salon',
      'Maison',
    ];
    const options: SheetOptions = {
      delimiter: ';',
      numberStyle: ',',
      language: 'fr',
      layer: 'planned',
    };
    const names = (targetId: TargetId, column: number) =>
      cellsOf(sheetCsv(targetById(targetId), source, options), ';')
        .slice(1)
        .map((row) => row[column]);
    expect(names('channels', 0)).toEqual(expected);
    expect(names('plan-wide', 0).slice(0, -1)).toEqual(expected);
    expect([...new Set(names('plan-long', 1))]).toEqual(expected);
  });
});

describe('the channel list writes labels, not codes', () => {
  const source: PlanSource = {
    plan: PLAN,
    channels: [
      channel({
        name: '+33612345678',
        family: 'hors-media',
        category: 'sampling',
        poe: 'earned',
        costModel: { kind: 'per-unit', unit: 'sample' },
        objective: 'launch-product',
        stage: 'retention',
        kpi: 'nps',
        sortOrder: 0,
      }),
      channel({
        name: '-42',
        family: 'media',
        category: 'custom',
        poe: 'owned',
        costModel: { kind: 'monthly' },
        objective: 'Mon objectif',
        stage: null,
        kpi: '=Mon KPI',
        sortOrder: 1,
      }),
    ],
    budgets: [],
  };

  it.each([
    [
      'fr',
      [
        [
          'Canal',
          'Famille',
          'Catégorie',
          'Payé / possédé / gagné',
          'Modèle de coût',
          'Objectif',
          'Étape AARRR',
          'KPI',
        ],
        [
          "'-42",
          'Média',
          'Autre (mon propre canal)',
          'Possédé',
          'Mensuel',
          'Mon objectif',
          '',
          "'=Mon KPI",
        ],
        [
          "'+33612345678",
          'Hors-média',
          'Échantillonnage',
          'Gagné',
          'Par échantillon',
          'Lancer un produit',
          'Rétention',
          'Net Promoter Score (NPS)',
        ],
      ],
    ],
    [
      'en',
      [
        [
          'Channel',
          'Family',
          'Category',
          'Paid / owned / earned',
          'Cost model',
          'Objective',
          'AARRR stage',
          'KPI',
        ],
        [
          "'-42",
          'Media',
          'Other (my own channel)',
          'Owned',
          'Monthly',
          'Mon objectif',
          '',
          "'=Mon KPI",
        ],
        [
          "'+33612345678",
          'Hors-média',
          'Sampling',
          'Earned',
          'Per sample',
          'Launch a product',
          'Retention',
          'Net Promoter Score (NPS)',
        ],
      ],
    ],
  ] as const)('in %s', (language, rows) => {
    const options: SheetOptions = { delimiter: ';', numberStyle: ',', language, layer: 'planned' };
    expect(cellsOf(sheetCsv(targetById('channels'), source, options), ';')).toEqual(rows);
  });

  it('the wide form writes family and category labels, amounts as bare numbers', () => {
    const budgets = [
      {
        channelId: 'c-1',
        planId: PLAN.id,
        months: {
          [PLAN.firstMonth]: {
            planned: toCents(123456),
            committed: toCents(0),
            actual: toCents(0),
          },
        },
      },
    ];
    const options: SheetOptions = {
      delimiter: ';',
      numberStyle: ',',
      language: 'en',
      layer: 'planned',
    };
    const rows = cellsOf(sheetCsv(targetById('plan-wide'), { ...source, budgets }, options), ';');
    expect(rows[1]?.slice(0, 5)).toEqual([
      "'-42",
      'Media',
      'Other (my own channel)',
      '1234,56',
      '0,00',
    ]);
    expect(rows[1]?.at(-1)).toBe('1234,56');
    expect(rows[2]?.slice(0, 3)).toEqual(["'+33612345678", 'Hors-média', 'Sampling']);
  });
});

describe('the import reads every code by its code and its labels in both languages', () => {
  const schemas = cellSchemas({ decimal: ',', dateStyle: 'dmy', plan: PLAN });
  // Shouted and without accents, as another tool may have written it.
  const shout = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

  const cases: [CellType, string, readonly string[], unknown][] = [
    ...FAMILIES.map((f): [CellType, string, readonly string[], unknown] => [
      'family',
      f,
      LANGUAGES.map((l) => familyLabel(f, l)),
      f,
    ]),
    ...CATEGORIES.map((c): [CellType, string, readonly string[], unknown] => [
      'category',
      c,
      LANGUAGES.map((l) => categoryLabel(c, l)),
      c,
    ]),
    ...POES.map((p): [CellType, string, readonly string[], unknown] => [
      'poe',
      p,
      LANGUAGES.map((l) => poeLabel(p, l)),
      p,
    ]),
    ...COSTS.map((m): [CellType, string, readonly string[], unknown] => [
      'cost-model',
      costKey(m),
      LANGUAGES.map((l) => costModelLabel(m, l)),
      m,
    ]),
    ...AARRR_STAGES.map((s): [CellType, string, readonly string[], unknown] => [
      'stage',
      s.id,
      [s.label.fr, s.label.en, translate('fr', `stage.${s.id}`), translate('en', `stage.${s.id}`)],
      s.id,
    ]),
    ...OBJECTIVES.map((o): [CellType, string, readonly string[], unknown] => [
      'objective',
      o.id,
      [o.label.fr, o.label.en],
      o.id,
    ]),
    ...KPIS.map((k): [CellType, string, readonly string[], unknown] => [
      'kpi',
      k.id,
      [k.label.fr, k.label.en],
      k.id,
    ]),
  ];

  it.each(cases)('%s %s', (type, code, labels, value) => {
    for (const word of [code, ...labels, ...labels.map(shout), ` ${labels[0] ?? ''}  `]) {
      expect(readCell(schemas, type, word), `${type} "${word}"`).toEqual({ ok: true, value });
    }
  });

  it.each<[string, Lexicon<string>]>([
    ['family', FAMILY_WORDS],
    ['category', CATEGORY_WORDS],
    ['poe', POE_WORDS],
    ['cost-model', COST_WORDS],
    ['stage', STAGE_WORDS],
    ['objective', OBJECTIVE_WORDS],
    ['kpi', KPI_WORDS],
  ])('no %s word names two codes', (_type, words) => {
    const owner = new Map<string, string>();
    for (const [code, list] of words) {
      for (const word of [code, ...list]) {
        const key = textKey(word);
        expect(owner.get(key) ?? code, `"${word}"`).toBe(code);
        owner.set(key, code);
      }
    }
  });
});

// ---- Export → import, through the real pipeline ----------------------------------------

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n'];
const TRIGGER = /^[=+\-@\t\r\n]/;

/** What neutraliseFormula must do, spelled out independently: apostrophes, then a trigger. */
function expectedText(text: string): string {
  return TRIGGER.test(text.replace(/^'+/, '')) ? `'${text}` : text;
}

const piece = fc.oneof(
  fc.constantFrom(
    ...TRIGGERS,
    ';',
    ',',
    '"',
    '""',
    '\r\n',
    "'",
    "''",
    'é',
    '’',
    '€',
    ' ',
    '1',
    '0,5',
  ),
  fc.string({ minLength: 1, maxLength: 4 }),
);
// As the planner stores a name or a free text: trimmed, not empty. A leading trigger is
// likely; tabs and line breaks lead after an apostrophe ("'\t…").
const text = fc
  .tuple(
    fc.constantFrom('', '=', '+', '-', '@', "'", "'=", "''+", "'\t", "'\n", '-1', '+33'),
    fc.array(piece, { maxLength: 6 }),
  )
  .map(([lead, parts]) => (lead + parts.join('')).trim())
  .filter((t) => t !== '' && t.length <= 120 && !t.includes('\uFEFF'));

const isCodeWord = (t: string) =>
  [...OBJECTIVE_WORDS, ...KPI_WORDS].some(([code, words]) =>
    [code, ...words].some((w) => textKey(w) === textKey(t)),
  );

const freeOrCode = (ids: readonly string[]) =>
  fc.option(
    fc.oneof(
      fc.constantFrom(...ids),
      text.filter((t) => !isCodeWord(t)),
    ),
    { nil: null },
  );

const cents = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 99_999 }),
  fc.integer({ min: 0, max: MAX_CELL_CENTS }),
);

const sourceArb: fc.Arbitrary<PlanSource> = fc
  .record({
    monthCount: fc.integer({ min: 12, max: 14 }),
    first: fc.integer({ min: 1, max: 12 }),
    channels: fc.uniqueArray(
      fc.record({
        // A name the import takes for a total row ("Total", "Total média") is no channel.
        name: text.filter((t) => totalKind(t) === null),
        family: fc.constantFrom(...FAMILIES),
        category: fc.constantFrom(...CATEGORIES),
        poe: fc.constantFrom(...POES),
        costModel: fc.constantFrom(...COSTS),
        objective: freeOrCode(OBJECTIVES.map((o) => o.id)),
        stage: fc.option(fc.constantFrom(...AARRR_STAGES.map((s) => s.id)), { nil: null }),
        kpi: freeOrCode(KPIS.map((k) => k.id)),
        sortOrder: fc.integer({ min: 0, max: 5 }),
      }),
      { maxLength: 8, selector: (c) => textKey(c.name) },
    ),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      amounts: fc.array(
        fc.array(fc.tuple(cents, cents, cents), {
          minLength: base.monthCount,
          maxLength: base.monthCount,
        }),
        {
          minLength: base.channels.length,
          maxLength: base.channels.length,
        },
      ),
    }),
  )
  .map(({ base, amounts }) => {
    const plan = { ...PLAN, firstMonth: month(2026, base.first), monthCount: base.monthCount };
    const months = monthRange(plan.firstMonth, plan.monthCount);
    const channels = base.channels.map((fields, i) => ({
      ...fields,
      id: `c${i}`,
      planId: plan.id,
    }));
    const budgets = channels.map((c, i) => {
      const stored: Record<
        string,
        {
          planned: ReturnType<typeof toCents>;
          committed: ReturnType<typeof toCents>;
          actual: ReturnType<typeof toCents>;
        }
      > = {};
      months.forEach((m, j) => {
        const [planned = 0, committed = 0, actual = 0] = amounts[i]?.[j] ?? [];
        if (planned + committed + actual > 0) {
          stored[m] = {
            planned: toCents(planned),
            committed: toCents(committed),
            actual: toCents(actual),
          };
        }
      });
      return { channelId: c.id, planId: plan.id, months: stored };
    });
    return { plan, channels, budgets };
  });

const optionsArb = fc.record({
  delimiter: fc.constantFrom<Delimiter>(';', ',', '\t'),
  numberStyle: fc.constantFrom<NumberStyle>('machine', ',', '.'),
  language: fc.constantFrom(...LANGUAGES),
  layer: fc.constantFrom<BudgetLayer>(...BUDGET_LAYERS),
});

/** Exports, then imports the file as the data screen does: decode, map the header, read. */
function roundTrip(targetId: TargetId, source: PlanSource, options: SheetOptions) {
  const target = targetById(targetId);
  const csv = sheetCsv(target, source, options);
  const prepared = prepareBytes(new TextEncoder().encode(csv), 'export.csv');
  if (!prepared.ok) throw new Error(prepared.error.code);
  const header = prepared.value.head[0] ?? [];
  const period = {
    plan: { firstMonth: source.plan.firstMonth, monthCount: source.plan.monthCount },
  };
  const outcome = runImport({
    targetId,
    text: prepared.value.text,
    delimiter: options.delimiter,
    headerRow: 0,
    mapping: autoMapping(target, header, period),
    options: {
      decimal: options.numberStyle === ',' ? ',' : '.',
      dateStyle: 'dmy',
      layer: options.layer,
      ...period,
    },
  });
  if (!outcome) throw new Error('cancelled');
  return { csv, outcome };
}

function expectedChannels(targetId: TargetId, source: PlanSource, layer: BudgetLayer) {
  const months = monthRange(source.plan.firstMonth, source.plan.monthCount);
  return plannerRowOrder(source.channels).map((c) => {
    const budget = source.budgets.find((b) => b.channelId === c.id);
    const layers =
      targetId === 'plan-long' ? BUDGET_LAYERS : targetId === 'plan-wide' ? [layer] : [];
    const monthsOut: Record<string, Partial<Record<BudgetLayer, number>>> = {};
    if (layers.length > 0) {
      for (const m of months) {
        const amounts = budget ? monthAmounts(budget, m) : null;
        monthsOut[m] = Object.fromEntries(layers.map((l) => [l, amounts?.[l] ?? 0]));
      }
    }
    const attributes =
      targetId === 'channels'
        ? {
            family: c.family,
            category: c.category,
            poe: c.poe,
            costModel: c.costModel,
            objective: c.objective,
            stage: c.stage,
            kpi: c.kpi,
          }
        : { family: c.family, category: c.category };
    return { name: c.name, attributes, months: monthsOut };
  });
}

describe('export → import gives back the same names, attributes and cents', () => {
  it.each(['channels', 'plan-wide', 'plan-long'] as const)(
    '%s, in both languages, every style and delimiter (property)',
    (targetId) => {
      fc.assert(
        fc.property(sourceArb, optionsArb, (source, options) => {
          const { outcome } = roundTrip(targetId, source, options);
          expect(outcome.rejected).toEqual([]);
          expect(outcome.warnings).toEqual([]);
          expect(outcome.parseErrors).toEqual([]);
          const got = outcome.batch.channels.map(({ name, attributes, months }) => ({
            name,
            attributes,
            months,
          }));
          expect(got).toEqual(expectedChannels(targetId, source, options.layer));
        }),
        { numRuns: 80 },
      );
    },
  );
});

describe('every text cell that could start a formula is neutralised, no number cell is', () => {
  it.each(['channels', 'plan-wide', 'plan-long'] as const)('%s (property)', (targetId) => {
    fc.assert(
      fc.property(sourceArb, optionsArb, (source, options) => {
        const target = targetById(targetId);
        const cells: CsvCell[][] = target.write(source, options);
        const written = cellsOf(sheetCsv(target, source, options), options.delimiter);
        expect(written.length).toBe(cells.length);
        cells.forEach((row, r) =>
          row.forEach((cell, i) => {
            const out = written[r]?.[i];
            if (cell === null) expect(out).toBe('');
            else if (typeof cell === 'string') expect(out).toBe(expectedText(cell));
            else if (typeof cell === 'number')
              expect(out).toBe(formatNumberCell(cell, options.numberStyle));
            else {
              expect(isNumberCell(cell)).toBe(true);
              expect(out).toBe(cell.text);
            }
            expect(out).not.toMatch(TRIGGER);
          }),
        );
      }),
      { numRuns: 80 },
    );
  });
});

describe('the rejected rows file', () => {
  it('neutralises text as the export does, once, so that it reads back as it was read', () => {
    // "'=x" is what our export wrote for the name "=x"; "-42" is a refused amount.
    const text = "Canal;Mois;Prévu\r\n'=x;2026-01;-42\r\n+33612345678;2026-01;abc\r\n";
    const { outcome } = importText('plan-long', text, PLAN);
    const csv = rejectedRowsCsv(outcome, { line: 'Ligne', reason: 'Motif' }, (i) => i.code, ';');
    const rows = cellsOf(csv, ';');
    expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ["'=x", '2026-01', "'-42", '2'],
      ["'+33612345678", '2026-01', 'abc', '3'],
    ]);
    // Imported again, the file is refused for the same reasons, on the same names.
    const again = importText('plan-long', csv, PLAN).outcome;
    const reasons = (o: typeof outcome) => o.rejected.map((r) => r.issues.map((i) => i.code));
    expect(reasons(again)).toEqual(reasons(outcome));
    expect(reasons(again)).toEqual([['negative'], ['not-a-number']]);
  });
});
