// The influencer sheet as a CSV file: every input column (read back by influencers-read.ts
// into the same influencers) and then the computed ones, each engagement column's header
// naming its formula and each row's formula id beside it, since a row without enough posts
// for a median falls back to the averages' mean. In the plan's locale (French: ';' and a
// decimal comma), UTF-8 with a BOM, CRLF, text cells neutralised against formulas.
import type { EngagementFormula, EngagementRate } from '../domain/influencers/engagement';
import type { Influencer } from '../domain/influencers/model';
import type { RedFlagCode } from '../domain/influencers/red-flags';
import type { ComputedSheet } from '../domain/influencers/sheet';
import type { Tier } from '../domain/influencers/tiers';
import type { Cents } from '../domain/money';
import { decimalSeparatorOf, type DecimalSeparator } from '../domain/number-parse';
import type { Result } from '../domain/result';
import {
  FIELD_KINDS,
  INFLUENCER_CSV_FIELDS,
  PLATFORM_NAMES,
  STATUS_NAMES,
  type InfluencerCsvField,
} from './influencers-columns';
import { moneyCell, writeCsv, type CsvCell } from './write';

/** The computed columns, in the order they follow the inputs. */
export const COMPUTED_CSV_COLUMNS = [
  'tier',
  'engagementByFollowers',
  'formulaByFollowers',
  'engagementByViews',
  'formulaByViews',
  'cpe',
  'cpm',
  'cpv',
  'emv',
  'roi',
  'roas',
  'score',
  'rank',
  'flags',
] as const;

export type ComputedCsvColumn = (typeof COMPUTED_CSV_COLUMNS)[number];

/** The header texts, translated by the caller. */
export interface InfluencerCsvLabels {
  inputs: Readonly<Record<InfluencerCsvField, string>>;
  /** Every computed header but the two engagement rates, which name their formula. */
  computed: Readonly<
    Record<Exclude<ComputedCsvColumn, 'engagementByFollowers' | 'engagementByViews'>, string>
  >;
  /** "ER médiane(j'aime+commentaires)/abonnés (%)": the header of a rate column. */
  engagementHeader: (formula: EngagementFormula) => string;
  tiers: Readonly<Record<Tier, string>>;
  flags: Readonly<Record<RedFlagCode, string>>;
}

export interface InfluencersWriteOptions {
  /** The plan's locale: its decimal separator, ';' where that is a comma. */
  locale: string;
  labels: InfluencerCsvLabels;
}

function localeDecimal(locale: string): DecimalSeparator {
  try {
    return decimalSeparatorOf(locale);
  } catch {
    return ',';
  }
}

/** A computed figure rounded for a spreadsheet; null (an empty cell) for what is not finite. */
function rounded(value: number, digits: number): number | null {
  if (!Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  const result = Math.round(value * scale) / scale;
  return Object.is(result, -0) ? 0 : result;
}

function inputCell(
  influencer: Influencer,
  field: InfluencerCsvField,
  language: 'fr' | 'en',
  decimal: DecimalSeparator,
): CsvCell {
  const kind = FIELD_KINDS[field];
  if (field === 'platform') return PLATFORM_NAMES[influencer.platform];
  if (field === 'status') return STATUS_NAMES[language][influencer.status];
  const value = influencer[field];
  if (value === null) return null;
  if (kind === 'text') return String(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  // Money exactly, from its cents; counts and shares as plain numbers (shares as fractions,
  // which the reader takes back exactly: 0,85 is 85 %).
  if (kind === 'money') return moneyCell(value as Cents, decimal);
  return value;
}

/** The statistic every computed rate of the column used, else the configured one. */
function columnFormula(
  rates: readonly Result<EngagementRate, unknown>[],
  fallback: EngagementFormula,
): EngagementFormula {
  const used = new Set<string>();
  let first: EngagementFormula | null = null;
  for (const rate of rates) {
    if (!rate.ok) continue;
    used.add(rate.value.formulaId);
    first ??= rate.value.formula;
  }
  return used.size === 1 && first ? first : fallback;
}

const percent = (rate: Result<EngagementRate, unknown>) =>
  rate.ok ? rounded(rate.value.rate * 100, 2) : null;
const formulaOf = (rate: Result<EngagementRate, unknown>) =>
  rate.ok ? rate.value.formulaId : null;
const euros = (cents: number) => rounded(cents / 100, 4);

/**
 * The CSV text of the sheet (BOM first, CRLF ends): `sheet` must be computeSheet of these
 * influencers, in the same order. Never writes NaN or Infinity: a figure that cannot be
 * computed is an empty cell.
 */
export function writeInfluencersCsv(
  influencers: readonly Influencer[],
  sheet: ComputedSheet,
  options: InfluencersWriteOptions,
): string {
  const { labels } = options;
  const decimal = localeDecimal(options.locale);
  const language = options.locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const interactions = sheet.options.engagement.interactions;
  const statistic = sheet.options.engagement.preferMedian ? 'median' : 'mean';
  const byFollowers = columnFormula(sheet.engagementByFollowers, {
    statistic,
    interactions,
    denominator: 'followers',
  });
  const byViews = columnFormula(sheet.engagementByViews, {
    statistic,
    interactions,
    denominator: 'views',
  });
  const header: CsvCell[] = [
    ...INFLUENCER_CSV_FIELDS.map((field) => labels.inputs[field]),
    labels.computed.tier,
    labels.engagementHeader(byFollowers),
    labels.computed.formulaByFollowers,
    labels.engagementHeader(byViews),
    labels.computed.formulaByViews,
    labels.computed.cpe,
    labels.computed.cpm,
    labels.computed.cpv,
    labels.computed.emv,
    labels.computed.roi,
    labels.computed.roas,
    labels.computed.score,
    labels.computed.rank,
    labels.computed.flags,
  ];
  const scores = sheet.scores.ok ? sheet.scores.value : null;
  const rows = influencers.map((influencer, i): CsvCell[] => {
    const tier = sheet.tier[i];
    const followers = sheet.engagementByFollowers[i];
    const views = sheet.engagementByViews[i];
    const cpe = sheet.cpe[i];
    const cpm = sheet.cpm[i];
    const cpv = sheet.cpv[i];
    const emv = sheet.emv[i];
    const returns = sheet.returns[i];
    const score = scores?.scores[i];
    const rank = scores?.ranks[i];
    return [
      ...INFLUENCER_CSV_FIELDS.map((field) => inputCell(influencer, field, language, decimal)),
      tier?.ok ? labels.tiers[tier.value] : null,
      followers ? percent(followers) : null,
      followers ? formulaOf(followers) : null,
      views ? percent(views) : null,
      views ? formulaOf(views) : null,
      cpe?.ok ? euros(cpe.value.cents) : null,
      cpm?.ok ? euros(cpm.value.cents) : null,
      cpv?.ok ? euros(cpv.value.cents) : null,
      emv?.ok ? moneyCell(emv.value.cents, decimal) : null,
      returns?.ok ? rounded(returns.value.roi, 4) : null,
      returns?.ok ? rounded(returns.value.roas, 4) : null,
      score === undefined ? null : rounded(score * 100, 2),
      rank === undefined ? null : rank,
      (sheet.flags[i] ?? []).map((flag) => labels.flags[flag.code]).join(', '),
    ];
  });
  return writeCsv([header, ...rows], {
    delimiter: decimal === ',' ? ';' : ',',
    numberStyle: decimal,
    bom: true,
  });
}
