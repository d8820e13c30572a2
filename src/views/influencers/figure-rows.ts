// One influencer's computed figures as label / value pairs, each label naming its formula and
// each unknown value saying why: what the detail panel and the comparison table list.
import type { Influencer } from '../../domain/influencers/model';
import type { ComputedSheet } from '../../domain/influencers/sheet';
import type { InfluencerSettings } from '../../domain/influencers/settings';
import type { Translate } from '../../i18n';
import { DASH, type FigureFormat } from '../../ui/figure-format';
import type { CellValue } from '../../ui/grid/types';
import { COMPUTED_COLUMNS, computedHeader, type ComputedColumn } from './influencer-text';
import { cellReason, computedColumnCells, INPUT_COLUMNS } from './sheet-columns';

export interface FigureRow {
  id: string;
  label: string;
  value: string;
  /** Why the value is a dash; null when it is a figure. */
  reason: string | null;
}

function shown(column: ComputedColumn, value: CellValue, fmt: FigureFormat): string {
  if (value === null) return DASH;
  if (typeof value === 'string') return value;
  if (column === 'emv') return fmt.money(value);
  if (column === 'rank' || column === 'flags') return fmt.number(value, 0);
  return fmt.percent(value, 2);
}

/** The figure of one column for one row (a whole column is cheap enough for a few rows). */
function one(
  sheet: ComputedSheet,
  column: ComputedColumn,
  row: number,
  fmt: FigureFormat,
  t: Translate,
) {
  const single: ComputedSheet = {
    ...sheet,
    ids: [sheet.ids[row] ?? ''],
    tier: [sheet.tier[row]!],
    engagementByFollowers: [sheet.engagementByFollowers[row]!],
    engagementByViews: [sheet.engagementByViews[row]!],
    cpe: [sheet.cpe[row]!],
    cpm: [sheet.cpm[row]!],
    cpv: [sheet.cpv[row]!],
    emv: [sheet.emv[row]!],
    returns: [sheet.returns[row]!],
    flags: [sheet.flags[row] ?? []],
    scores: sheet.scores.ok
      ? {
          ok: true,
          value: {
            scores: Float64Array.of(sheet.scores.value.scores[row] ?? 0),
            ranks: Uint32Array.of(sheet.scores.value.ranks[row] ?? 0),
            order: Uint32Array.of(0),
          },
        }
      : sheet.scores,
  };
  return shown(column, computedColumnCells(single, column, fmt, t)[0] ?? null, fmt);
}

export function computedFigures(
  sheet: ComputedSheet,
  row: number,
  settings: InfluencerSettings,
  fmt: FigureFormat,
  t: Translate,
): FigureRow[] {
  return COMPUTED_COLUMNS.map((column) => ({
    id: column,
    label: computedHeader(column, settings, fmt, t),
    value: one(sheet, column, row, fmt, t),
    reason: cellReason(sheet, row, column, t),
  }));
}

/** The inputs of one influencer as the comparison shows them. */
export function inputFigures(influencer: Influencer, fmt: FigureFormat, t: Translate): FigureRow[] {
  return INPUT_COLUMNS.filter((c) => c.id !== 'name' && c.id !== 'notes').map((spec) => {
    const value = influencer[spec.id];
    let text = DASH;
    if (spec.id === 'platform') text = t(`influencers.platform.${influencer.platform}`);
    else if (spec.id === 'status') text = t(`influencers.status.${influencer.status}`);
    else if (typeof value === 'string') text = value === '' ? DASH : value;
    else if (typeof value === 'number') {
      if (spec.type === 'money') text = fmt.money(value);
      else if (spec.type === 'percent') text = fmt.percent(value, 1);
      else text = fmt.number(value, 0);
    }
    return {
      id: spec.id,
      label: t(`influencers.col.${spec.id}` as Parameters<Translate>[0]),
      value: text,
      reason: null,
    };
  });
}
