// The influencer sheet's grid columns: the inputs the user types or pastes (each mapped to one
// field of the Influencer), then the computed ones, read-only, whose headers name their
// formula. Also the cells of a row, what an edited cell changes, and what a column sorts by.
import {
  PIPELINE_STATUSES,
  PLATFORMS,
  type Influencer,
  type PipelineStatus,
  type Platform,
} from '../../domain/influencers/model';
import type { InfluencerFields } from '../../domain/influencers/changes';
import { emptyChecklist } from '../../domain/influencers/disclosure';
import type { ComputedSheet } from '../../domain/influencers/sheet';
import type { InfluencerSettings } from '../../domain/influencers/settings';
import type { Cents } from '../../domain/money';
import type { Result } from '../../domain/result';
import type { Translate } from '../../i18n';
import { DASH, type FigureFormat } from '../../ui/figure-format';
import type { CellValue, ColumnType, GridColumn } from '../../ui/grid/types';
import {
  COMPUTED_COLUMNS,
  computedHeader,
  reasonText,
  type ComputedColumn,
  type SheetProblem,
} from './influencer-text';

type InputSpec = { id: keyof Influencer; type: ColumnType; width?: number; maxLength?: number };

/** The input columns, in sheet order; their ids are the Influencer fields they edit. */
export const INPUT_COLUMNS: readonly InputSpec[] = [
  { id: 'name', type: 'text', width: 170, maxLength: 200 },
  { id: 'handle', type: 'text', width: 130, maxLength: 200 },
  { id: 'platform', type: 'choice', width: 110 },
  { id: 'followers', type: 'integer', width: 110 },
  { id: 'avgLikes', type: 'integer' },
  { id: 'avgComments', type: 'integer' },
  { id: 'avgShares', type: 'integer' },
  { id: 'avgViews', type: 'integer' },
  { id: 'impressions', type: 'integer' },
  { id: 'pricePost', type: 'money' },
  { id: 'priceStory', type: 'money' },
  { id: 'priceVideo', type: 'money' },
  { id: 'niche', type: 'text', maxLength: 200 },
  { id: 'audienceMatch', type: 'percent' },
  { id: 'realFollowerShare', type: 'percent' },
  { id: 'promoCode', type: 'text', maxLength: 200 },
  { id: 'attributedOrders', type: 'integer' },
  { id: 'attributedRevenue', type: 'money' },
  { id: 'status', type: 'choice', width: 130 },
  { id: 'notes', type: 'text', width: 200, maxLength: 2000 },
];

const INPUT_IDS = new Set<string>(INPUT_COLUMNS.map((c) => c.id));
const TEXT_FIELDS = new Set(['name', 'handle', 'niche', 'promoCode', 'notes']);

// Read-only columns typed as numbers are formatted by the grid, for the visible cells only:
// a weight change then rescores 10 000 rows without formatting 20 000 figures.
const COMPUTED_TYPES: Record<ComputedColumn, ColumnType> = {
  tier: 'computed',
  erFollowers: 'percent',
  erViews: 'percent',
  cpe: 'computed',
  cpm: 'computed',
  cpv: 'computed',
  emv: 'money',
  roi: 'percent',
  roas: 'computed',
  score: 'percent',
  rank: 'integer',
  flags: 'integer',
};

export function sheetColumns(
  settings: InfluencerSettings,
  fmt: FigureFormat,
  t: Translate,
): GridColumn[] {
  const inputs = INPUT_COLUMNS.map((spec): GridColumn => {
    const column: GridColumn = {
      id: spec.id,
      label: t(`influencers.col.${spec.id}` as Parameters<Translate>[0]),
      type: spec.type,
      width: spec.width ?? 120,
    };
    if (spec.maxLength !== undefined) column.maxLength = spec.maxLength;
    if (spec.id === 'platform')
      column.choices = PLATFORMS.map((p) => ({ value: p, label: t(`influencers.platform.${p}`) }));
    if (spec.id === 'status')
      column.choices = PIPELINE_STATUSES.map((s) => ({
        value: s,
        label: t(`influencers.status.${s}`),
      }));
    return column;
  });
  const computed = COMPUTED_COLUMNS.map((id): GridColumn => ({
    id,
    label: computedHeader(id, settings, fmt, t),
    type: COMPUTED_TYPES[id],
    readOnly: true,
    allowNegative: true,
    width: id === 'rank' || id === 'flags' ? 100 : 150,
  }));
  return [...inputs, ...computed];
}

export function inputCells(influencer: Influencer): CellValue[] {
  return INPUT_COLUMNS.map((spec) => {
    const value = influencer[spec.id];
    return typeof value === 'string' || typeof value === 'number' ? value : null;
  });
}

/** The fields an edited input cell sets; null when the value cannot go there. */
export function fieldsOf(columnId: string, value: CellValue): InfluencerFields | null {
  if (!INPUT_IDS.has(columnId)) return null;
  if (TEXT_FIELDS.has(columnId)) return { [columnId]: typeof value === 'string' ? value : '' };
  if (columnId === 'platform')
    return typeof value === 'string' ? { platform: value as Platform } : null;
  if (columnId === 'status')
    return typeof value === 'string' ? { status: value as PipelineStatus } : null;
  if (value !== null && typeof value !== 'number') return null;
  return { [columnId]: value };
}

export type InfluencerDraftRecord = Omit<Influencer, 'id' | 'planId'>;

export function blankInfluencer(name: string): InfluencerDraftRecord {
  return {
    name,
    handle: '',
    platform: 'instagram',
    followers: null,
    avgLikes: null,
    avgComments: null,
    avgShares: null,
    avgViews: null,
    impressions: null,
    pricePost: null,
    priceStory: null,
    priceVideo: null,
    niche: '',
    audienceMatch: null,
    realFollowerShare: null,
    promoCode: '',
    attributedOrders: null,
    attributedRevenue: null,
    disclosure: emptyChecklist(),
    status: 'to-contact',
    notes: '',
    posts: [],
    bookedMonth: null,
    bookedCost: null,
  };
}

/** A row the grid added (a paste that grew it) as a new influencer. */
export function draftFromCells(cells: readonly CellValue[]): InfluencerDraftRecord {
  let draft = blankInfluencer('');
  INPUT_COLUMNS.forEach((spec, col) => {
    const fields = fieldsOf(spec.id, cells[col] ?? null);
    if (fields) draft = { ...draft, ...fields };
  });
  return draft;
}

/** 0,004 € for a like that costs less than a cent: a unit cost keeps a few more digits. */
export function unitCostText(cents: number, fmt: FigureFormat): string {
  const formatter = new Intl.NumberFormat(fmt.locale, {
    style: 'currency',
    currency: fmt.currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: cents < 100 ? 4 : 2,
  });
  return Number.isFinite(cents) ? formatter.format(cents / 100) : DASH;
}

const problemOf = (
  r: { ok: true } | { ok: false; error: unknown } | undefined,
): SheetProblem | null => (r === undefined || r.ok ? null : (r.error as SheetProblem));

/** The reason a computed cell shows a dash, or null when it holds a figure. */
export function cellReason(
  sheet: ComputedSheet,
  row: number,
  column: ComputedColumn,
  t: Translate,
): string | null {
  const pick = (): SheetProblem | null => {
    switch (column) {
      case 'tier':
        return problemOf(sheet.tier[row]);
      case 'erFollowers':
        return problemOf(sheet.engagementByFollowers[row]);
      case 'erViews':
        return problemOf(sheet.engagementByViews[row]);
      case 'cpe':
        return problemOf(sheet.cpe[row]);
      case 'cpm':
        return problemOf(sheet.cpm[row]);
      case 'cpv':
        return problemOf(sheet.cpv[row]);
      case 'emv':
        return problemOf(sheet.emv[row]);
      case 'roi':
      case 'roas':
        return problemOf(sheet.returns[row]);
      case 'score':
      case 'rank':
        return problemOf(sheet.scores);
      case 'flags':
        return null;
    }
  };
  const problem = pick();
  return problem ? reasonText(problem, t) : null;
}

/** One computed column's cells for every row, as the grid shows them (a dash when unknown). */
export function computedColumnCells(
  sheet: ComputedSheet,
  column: ComputedColumn,
  fmt: FigureFormat,
  t: Translate,
): CellValue[] {
  const n = sheet.ids.length;
  const out = new Array<CellValue>(n);
  for (let i = 0; i < n; i++) out[i] = computedCell(sheet, i, column, fmt, t);
  return out;
}

function computedCell(
  sheet: ComputedSheet,
  i: number,
  column: ComputedColumn,
  fmt: FigureFormat,
  t: Translate,
): CellValue {
  switch (column) {
    case 'tier': {
      const r = sheet.tier[i];
      return r?.ok ? t(`influencers.tier.${r.value}`) : DASH;
    }
    case 'erFollowers':
    case 'erViews': {
      const r =
        column === 'erFollowers' ? sheet.engagementByFollowers[i] : sheet.engagementByViews[i];
      return r?.ok ? r.value.rate : DASH;
    }
    case 'cpe':
    case 'cpv': {
      const r = column === 'cpe' ? sheet.cpe[i] : sheet.cpv[i];
      return r?.ok ? unitCostText(r.value.cents, fmt) : DASH;
    }
    case 'cpm': {
      const r = sheet.cpm[i];
      if (!r?.ok) return DASH;
      const value = unitCostText(r.value.cents, fmt);
      return r.value.basis === 'reach' ? t('influencers.onReach', { value }) : value;
    }
    case 'emv': {
      const r = sheet.emv[i];
      return r?.ok ? (r.value.cents satisfies Cents) : DASH;
    }
    case 'roi': {
      const r = sheet.returns[i];
      return r?.ok ? r.value.roi : DASH;
    }
    case 'roas': {
      const r = sheet.returns[i];
      return r?.ok ? `${fmt.number(r.value.roas, 2)} ×` : DASH;
    }
    case 'score':
      return sheet.scores.ok ? (sheet.scores.value.scores[i] ?? null) : DASH;
    case 'rank':
      return sheet.scores.ok ? (sheet.scores.value.ranks[i] ?? null) : DASH;
    case 'flags':
      return sheet.flags[i]?.length ?? 0;
  }
}

/** What a column sorts by: the raw figure (not its text), null for unknown (sorted last). */
export function sortKey(
  influencer: Influencer,
  sheet: ComputedSheet,
  i: number,
  columnId: string,
): number | string | null {
  const numeric = <T>(r: Result<T, unknown> | undefined, pick: (v: T) => number) =>
    r?.ok ? pick(r.value) : null;
  switch (columnId) {
    case 'tier':
      return influencer.followers;
    case 'erFollowers':
      return numeric(sheet.engagementByFollowers[i], (v) => v.rate);
    case 'erViews':
      return numeric(sheet.engagementByViews[i], (v) => v.rate);
    case 'cpe':
      return numeric(sheet.cpe[i], (v) => v.cents);
    case 'cpm':
      return numeric(sheet.cpm[i], (v) => v.cents);
    case 'cpv':
      return numeric(sheet.cpv[i], (v) => v.cents);
    case 'emv':
      return numeric(sheet.emv[i], (v) => v.cents);
    case 'roi':
      return numeric(sheet.returns[i], (v) => v.roi);
    case 'roas':
      return numeric(sheet.returns[i], (v) => v.roas);
    case 'score':
      return sheet.scores.ok ? (sheet.scores.value.scores[i] ?? null) : null;
    case 'rank':
      return sheet.scores.ok ? (sheet.scores.value.ranks[i] ?? null) : null;
    case 'flags':
      return sheet.flags[i]?.length ?? 0;
    default: {
      const value = influencer[columnId as keyof Influencer];
      return typeof value === 'string' || typeof value === 'number' ? value : null;
    }
  }
}
