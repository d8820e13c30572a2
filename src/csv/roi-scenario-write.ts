// The columns of a saved ROI scenario as a CSV file (one row per line, the scenario's own
// fields repeated on every row), shared with the reader, and the export. Money is written as
// decimal amounts in the plan's locale, rates as percentages ("Taux de clic (%)": 2,5 is
// 2.5 %), each Estimate as three columns "X", "X (bas)" / "X (low)", "X (haut)" / "X (high)".
import { decimalSeparatorOf, type DecimalSeparator } from '../domain/number-parse';
import { toCents } from '../domain/money';
import type {
  AllocationObjective,
  CampaignLine,
  Distribution,
  Estimate,
  GainBasis,
  GainsInput,
  RoiScenario,
} from '../domain/roi/model';
import type { LineEstimateField, LineNumberField } from '../domain/roi/validation';
import type { Delimiter } from './sniff';
import { formatNumberCell, moneyCell, numberTextCell, writeCsv, type CsvCell } from './write';

export type EstimateField = 'marginRate' | LineEstimateField;
export type WordField =
  'gainBasis' | 'gainsKind' | 'audience' | 'locked' | 'objective' | 'distribution';
export type PlainField =
  | WordField
  | 'scenario'
  | 'line'
  | 'channel'
  | LineNumberField
  | 'objectiveAmount'
  | 'objectiveRoas'
  | 'draws'
  | 'seed'
  | 'targetRoi';
export type ColumnId =
  PlainField | EstimateField | `${EstimateField}.low` | `${EstimateField}.high`;

/** text and word cells are text; money in currency units; percent as 2,5 for 2.5 %. */
export type ColumnUnit = 'text' | 'word' | 'money' | 'percent' | 'number';

export interface RoiColumn {
  id: ColumnId;
  fr: string;
  en: string;
  unit: ColumnUnit;
  /** A file without a required column is refused; other absent columns read as empty cells. */
  required: boolean;
}

function plain(id: PlainField, fr: string, en: string, unit: ColumnUnit, required = false) {
  return [{ id, fr, en, unit, required }] satisfies RoiColumn[];
}

/** The likely value (required when `required`), then its optional low and high. */
function estimate(id: EstimateField, fr: string, en: string, unit: ColumnUnit, required = false) {
  return [
    { id, fr, en, unit, required },
    { id: `${id}.low`, fr: `${fr} (bas)`, en: `${en} (low)`, unit, required: false },
    { id: `${id}.high`, fr: `${fr} (haut)`, en: `${en} (high)`, unit, required: false },
  ] satisfies RoiColumn[];
}

/** In the order they are written. */
export const ROI_COLUMNS: readonly RoiColumn[] = [
  ...plain('scenario', 'Scénario', 'Scenario', 'text', true),
  ...plain('line', 'Ligne', 'Line', 'text', true),
  ...plain('channel', 'Canal lié', 'Linked channel', 'text'),
  ...plain('gainBasis', 'Base des gains', 'Gains basis', 'word', true),
  ...estimate('marginRate', 'Taux de marge (%)', 'Margin rate (%)', 'percent', true),
  ...estimate('mediaCost', 'Coût média', 'Media cost', 'money', true),
  ...estimate('creativeCost', 'Coût créatif', 'Creative cost', 'money', true),
  ...estimate('staffHours', 'Heures de travail', 'Staff hours', 'number', true),
  ...estimate('staffHourlyCost', 'Coût horaire', 'Staff hourly cost', 'money', true),
  ...plain('gainsKind', 'Type de gains', 'Gains kind', 'word', true),
  ...estimate('revenue', 'Chiffre d’affaires', 'Revenue', 'money'),
  ...estimate('impressions', 'Impressions', 'Impressions', 'number'),
  ...plain('audience', 'Audience', 'Audience', 'word'),
  ...estimate('clickRate', 'Taux de clic (%)', 'Click rate (%)', 'percent'),
  ...estimate('leadRate', 'Taux de lead (%)', 'Lead rate (%)', 'percent'),
  ...estimate('closeRate', 'Taux de conclusion (%)', 'Close rate (%)', 'percent'),
  ...estimate('averageBasket', 'Panier moyen', 'Average basket', 'money'),
  ...plain('doublingGain', 'Gain au doublement (%)', 'Doubling gain (%)', 'percent', true),
  ...plain('shape', 'Forme', 'Shape', 'number', true),
  ...plain('carryOver', 'Rémanence (%)', 'Carry-over (%)', 'percent'),
  ...plain('min', 'Minimum', 'Min', 'money'),
  ...plain('max', 'Maximum', 'Max', 'money'),
  ...plain('locked', 'Verrouillé', 'Locked', 'word'),
  ...plain('minimumBuy', 'Achat minimum', 'Minimum buy', 'money'),
  ...plain('objective', 'Objectif', 'Objective', 'word'),
  ...plain('objectiveAmount', 'Montant de l’objectif', 'Objective amount', 'money'),
  ...plain('objectiveRoas', 'ROAS visé (%)', 'Target ROAS (%)', 'percent'),
  ...plain('distribution', 'Loi', 'Distribution', 'word'),
  ...plain('draws', 'Tirages', 'Draws', 'number'),
  ...plain('seed', 'Graine', 'Seed', 'number'),
  ...plain('targetRoi', 'ROI visé (%)', 'Target ROI (%)', 'percent'),
];

/** The codes each word column stands for. */
export interface WordCodes {
  gainBasis: GainBasis;
  gainsKind: GainsInput['kind'];
  audience: 'impressions' | 'reach';
  locked: 'yes' | 'no';
  objective: AllocationObjective['kind'];
  distribution: Distribution;
}

export interface WordEntry<T extends string> {
  code: T;
  fr: string;
  en: string;
  /** Other spellings read on import (compared by textKey, as the labels and the code are). */
  also: readonly string[];
}

function word<T extends string>(code: T, fr: string, en: string, ...also: string[]): WordEntry<T> {
  return { code, fr, en, also };
}

/** The words each code is written as, and read from. */
export const ROI_WORDS: { readonly [F in WordField]: readonly WordEntry<WordCodes[F]>[] } = {
  gainBasis: [
    word('revenue', 'Chiffre d’affaires', 'Revenue', 'CA'),
    word('margin', 'Marge brute', 'Gross margin', 'Marge', 'Margin'),
  ],
  gainsKind: [word('figure', 'Montant', 'Figure'), word('funnel', 'Entonnoir', 'Funnel')],
  audience: [word('impressions', 'Impressions', 'Impressions'), word('reach', 'Portée', 'Reach')],
  locked: [
    word('yes', 'Oui', 'Yes', 'true', 'vrai', '1', 'x'),
    word('no', 'Non', 'No', 'false', 'faux', '0'),
  ],
  objective: [
    word('max-return', 'Rendement maximal', 'Maximum return'),
    word('target-return', 'Rendement visé', 'Target return'),
    word('target-roas', 'ROAS visé', 'Target ROAS'),
    word('target-cpa', 'CPA visé', 'Target CPA'),
  ],
  distribution: [word('pert', 'PERT', 'PERT'), word('triangular', 'Triangulaire', 'Triangular')],
};

// ---- Writing ---------------------------------------------------------------------------

/** "0.035" → "3.5": the decimal point moved two places right, digits untouched (no 3.5000000000000004). */
function timesHundred(machine: string): string {
  const negative = machine.startsWith('-');
  const [integer = '', fraction = ''] = (negative ? machine.slice(1) : machine).split('.');
  const digits = integer + fraction.padEnd(2, '0');
  const point = integer.length + 2;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${rest === '' ? '' : `.${rest}`}`;
}

interface Writer {
  language: 'fr' | 'en';
  decimal: DecimalSeparator;
}

function percentCell(fraction: number | null, w: Writer): CsvCell {
  if (fraction === null || !Number.isFinite(fraction)) return null;
  const text = timesHundred(formatNumberCell(fraction, 'machine'));
  return numberTextCell(w.decimal === ',' ? text.replace('.', ',') : text);
}

function moneyOf(cents: number | null, w: Writer): CsvCell {
  if (cents === null || !Number.isFinite(cents) || Math.abs(cents) > Number.MAX_SAFE_INTEGER) {
    return null;
  }
  return moneyCell(toCents(Math.round(cents)), w.decimal);
}

function numberOf(value: number | null): CsvCell {
  return value === null || !Number.isFinite(value) ? null : value;
}

function wordOf<F extends WordField>(field: F, code: WordCodes[F], w: Writer): string {
  const entries: readonly WordEntry<WordCodes[F]>[] = ROI_WORDS[field];
  const entry = entries.find((e) => e.code === code);
  return entry ? entry[w.language] : code;
}

function cellOf(unit: ColumnUnit, value: number | null, w: Writer): CsvCell {
  if (unit === 'money') return moneyOf(value, w);
  if (unit === 'percent') return percentCell(value, w);
  return numberOf(value);
}

type Cells = Map<ColumnId, CsvCell>;

function putEstimate(cells: Cells, id: EstimateField, value: Estimate, w: Writer): void {
  const unit = ROI_COLUMNS.find((c) => c.id === id)?.unit ?? 'number';
  cells.set(id, cellOf(unit, value.likely, w));
  cells.set(`${id}.low`, cellOf(unit, value.low, w));
  cells.set(`${id}.high`, cellOf(unit, value.high, w));
}

function scenarioCells(scenario: RoiScenario, w: Writer): Cells {
  const cells: Cells = new Map();
  const { objective, uncertainty } = scenario;
  cells.set('scenario', scenario.name);
  cells.set('gainBasis', wordOf('gainBasis', scenario.gainBasis, w));
  putEstimate(cells, 'marginRate', scenario.marginRate, w);
  cells.set('objective', wordOf('objective', objective.kind, w));
  if (objective.kind === 'target-roas') cells.set('objectiveRoas', percentCell(objective.value, w));
  else
    cells.set(
      'objectiveAmount',
      moneyOf(objective.kind === 'max-return' ? objective.budget : objective.value, w),
    );
  cells.set('distribution', wordOf('distribution', uncertainty.distribution, w));
  cells.set('draws', numberOf(uncertainty.draws));
  cells.set('seed', numberOf(uncertainty.seed));
  cells.set('targetRoi', percentCell(uncertainty.targetRoi, w));
  return cells;
}

function lineCells(
  line: CampaignLine,
  channelNames: ReadonlyMap<string, string>,
  w: Writer,
): Cells {
  const cells: Cells = new Map();
  cells.set('line', line.name);
  // A channel deleted since: the line is written free-standing, as it now reads its spend.
  cells.set('channel', line.channelId === null ? null : (channelNames.get(line.channelId) ?? null));
  putEstimate(cells, 'mediaCost', line.mediaCost, w);
  putEstimate(cells, 'creativeCost', line.creativeCost, w);
  putEstimate(cells, 'staffHours', line.staffHours, w);
  putEstimate(cells, 'staffHourlyCost', line.staffHourlyCost, w);
  cells.set('gainsKind', wordOf('gainsKind', line.gains.kind, w));
  if (line.gains.kind === 'figure') {
    putEstimate(cells, 'revenue', line.gains.revenue, w);
  } else {
    const funnel = line.gains;
    putEstimate(cells, 'impressions', funnel.impressions, w);
    cells.set('audience', wordOf('audience', funnel.audience, w));
    putEstimate(cells, 'clickRate', funnel.clickRate, w);
    putEstimate(cells, 'leadRate', funnel.leadRate, w);
    putEstimate(cells, 'closeRate', funnel.closeRate, w);
    putEstimate(cells, 'averageBasket', funnel.averageBasket, w);
  }
  cells.set('doublingGain', percentCell(line.curve.doublingGain, w));
  cells.set('shape', numberOf(line.curve.shape));
  cells.set('carryOver', percentCell(line.curve.carryOver, w));
  cells.set('min', moneyOf(line.bounds.min, w));
  cells.set('max', moneyOf(line.bounds.max, w));
  cells.set('locked', wordOf('locked', line.bounds.locked ? 'yes' : 'no', w));
  cells.set('minimumBuy', moneyOf(line.bounds.minimumBuy, w));
  return cells;
}

/** ';' wherever the decimal is a comma (or the headers French), as French Excel writes it. */
function delimiterOf(w: Writer): Delimiter {
  return w.decimal === ',' || w.language === 'fr' ? ';' : ',';
}

/**
 * The scenario as a CSV text: BOM, CRLF, text cells neutralised against formulas. A scenario
 * without lines is its header alone (which the import refuses: nothing to read).
 */
export function roiScenarioCsv(
  scenario: RoiScenario,
  options: { locale: string; language: 'fr' | 'en'; channelNames: ReadonlyMap<string, string> },
): string {
  const w: Writer = { language: options.language, decimal: decimalSeparatorOf(options.locale) };
  const shared = scenarioCells(scenario, w);
  const rows: CsvCell[][] = [
    ROI_COLUMNS.map((c) => c[w.language]),
    ...scenario.lines.map((line) => {
      const cells = lineCells(line, options.channelNames, w);
      return ROI_COLUMNS.map((c) => cells.get(c.id) ?? shared.get(c.id) ?? null);
    }),
  ];
  return writeCsv(rows, { delimiter: delimiterOf(w), numberStyle: w.decimal, bom: true });
}
