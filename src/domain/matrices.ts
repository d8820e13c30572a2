// The planner's three channel matrices (family × paid/owned/earned, objective × channel × KPI,
// AARRR stage × channel), read from a BudgetSheet: views over its cells, never a second copy.
import type { BudgetMeasure } from './budget';
import type { BudgetSheet } from './budget-sheet';
import { AARRR_STAGES, objectiveDefinition, OBJECTIVES, type KpiId } from './catalogue';
import { sumCents, toCents, type Cents } from './money';
import type { AarrrStage, Family, PaidOwnedEarned } from './plan';

/** One figure of a matrix and the sheet rows it sums, so that the view can link back to them. */
export interface MatrixCell {
  amount: Cents;
  /** amount / the matrix total, as a fraction; 0 when that total is 0. */
  share: number;
  /** Sheet rows, in row order. */
  rows: readonly number[];
  channelIds: readonly string[];
}

/** One channel as a matrix lists it: its row total and its KPI. */
export interface MatrixChannel {
  row: number;
  channelId: string;
  name: string;
  kpi: string | null;
  amount: Cents;
  share: number;
}

function shareOf(amount: Cents, total: Cents): number {
  return total === 0 ? 0 : amount / total;
}

function matrixCell(
  sheet: BudgetSheet,
  amount: Cents,
  total: Cents,
  rows: readonly number[],
): MatrixCell {
  const channelIds = rows.map((row) => sheet.channels[row]?.id ?? '');
  return { amount, share: shareOf(amount, total), rows, channelIds };
}

/** A cell summed from its rows' totals, for groupings the sheet does not keep. */
function summedCell(
  sheet: BudgetSheet,
  measure: BudgetMeasure,
  total: Cents,
  rows: readonly number[],
): MatrixCell {
  return matrixCell(sheet, sumCents(rows.map((r) => sheet.rowTotal(measure, r))), total, rows);
}

function matrixChannels(
  sheet: BudgetSheet,
  measure: BudgetMeasure,
  total: Cents,
  rows: readonly number[],
): MatrixChannel[] {
  return rows.map((row) => {
    const channel = sheet.channels[row];
    const amount = sheet.rowTotal(measure, row);
    return {
      row,
      channelId: channel?.id ?? '',
      name: channel?.name ?? '',
      kpi: channel?.kpi ?? null,
      amount,
      share: shareOf(amount, total),
    };
  });
}

export interface FamilyPoeMatrix {
  measure: BudgetMeasure;
  total: Cents;
  cells: Record<Family, Record<PaidOwnedEarned, MatrixCell>>;
  /** Row totals: one per family. */
  families: Record<Family, MatrixCell>;
  /** Column totals: paid, owned, earned. */
  poe: Record<PaidOwnedEarned, MatrixCell>;
  /** Media − hors-média: positive when media weighs more. */
  mediaLead: Cents;
}

function byFamily<T>(read: (family: Family) => T): Record<Family, T> {
  return { media: read('media'), 'hors-media': read('hors-media') };
}

function byPoe<T>(read: (poe: PaidOwnedEarned) => T): Record<PaidOwnedEarned, T> {
  return { paid: read('paid'), owned: read('owned'), earned: read('earned') };
}

/** Matrix 1: family × paid/owned/earned, with the media against hors-média balance. */
export function familyPoeMatrix(
  sheet: BudgetSheet,
  measure: BudgetMeasure = 'planned',
): FamilyPoeMatrix {
  const total = sheet.grandTotal(measure);
  const families = byFamily((family) =>
    matrixCell(sheet, sheet.familyTotal(measure, family), total, sheet.groupRows('family', family)),
  );
  return {
    measure,
    total,
    cells: byFamily((family) =>
      byPoe((poe) =>
        matrixCell(
          sheet,
          sheet.familyPoeTotal(measure, family, poe),
          total,
          sheet.familyPoeRows(family, poe),
        ),
      ),
    ),
    families,
    poe: byPoe((poe) =>
      matrixCell(sheet, sheet.groupTotal(measure, 'poe', poe), total, sheet.groupRows('poe', poe)),
    ),
    mediaLead: toCents(families.media.amount - families['hors-media'].amount),
  };
}

export interface ObjectiveKpiCell extends MatrixCell {
  kpi: string | null;
}

export interface ObjectiveGroup {
  /** A catalogue objective id, the user's own, or null for the channels without one. */
  objective: string | null;
  /** What the catalogue suggests measuring for this objective; empty outside the catalogue. */
  suggestedKpis: readonly KpiId[];
  cell: MatrixCell;
  /** The KPIs this objective's channels are tagged with, each with the budget behind it. */
  kpis: ObjectiveKpiCell[];
  channels: MatrixChannel[];
}

export interface ObjectiveMatrix {
  measure: BudgetMeasure;
  total: Cents;
  /** Catalogue objectives in catalogue order, then the user's own, then "no objective". */
  objectives: ObjectiveGroup[];
}

function objectiveRank(objective: string | null): number {
  if (objective === null) return OBJECTIVES.length + 1;
  const index = OBJECTIVES.findIndex((o) => o.id === objective);
  return index === -1 ? OBJECTIVES.length : index;
}

/** Matrix 2: objective × channel × KPI, for the objectives some channel is tagged with. */
export function objectiveMatrix(
  sheet: BudgetSheet,
  measure: BudgetMeasure = 'planned',
): ObjectiveMatrix {
  const total = sheet.grandTotal(measure);
  // A stable sort keeps the user's own objectives in the order they first appear.
  const objectives = [...sheet.groupKeys('objective')].sort(
    (a, b) => objectiveRank(a) - objectiveRank(b),
  );
  return {
    measure,
    total,
    objectives: objectives.map((objective) => {
      const rows = sheet.groupRows('objective', objective);
      const kpiRows = new Map<string | null, number[]>();
      for (const row of rows) {
        const kpi = sheet.channels[row]?.kpi ?? null;
        const list = kpiRows.get(kpi);
        if (list) list.push(row);
        else kpiRows.set(kpi, [row]);
      }
      return {
        objective,
        suggestedKpis: objective === null ? [] : (objectiveDefinition(objective)?.kpis ?? []),
        cell: matrixCell(sheet, sheet.groupTotal(measure, 'objective', objective), total, rows),
        kpis: [...kpiRows].map(([kpi, r]) => ({ kpi, ...summedCell(sheet, measure, total, r) })),
        channels: matrixChannels(sheet, measure, total, rows),
      };
    }),
  };
}

export interface StageGroup {
  stage: AarrrStage;
  /** The KPIs that measure this stage (catalogue AARRR_STAGES). */
  kpis: readonly KpiId[];
  cell: MatrixCell;
  channels: MatrixChannel[];
}

export interface AarrrMatrix {
  measure: BudgetMeasure;
  total: Cents;
  /** All five stages in funnel order, with or without budget. */
  stages: StageGroup[];
  /** The channels with no stage: with the stages, they add up to the total. */
  unstaged: MatrixCell;
}

/** Matrix 3: AARRR stage × channel, with each stage's KPIs and the budget behind it. */
export function aarrrMatrix(sheet: BudgetSheet, measure: BudgetMeasure = 'planned'): AarrrMatrix {
  const total = sheet.grandTotal(measure);
  const stageCell = (stage: AarrrStage | null) =>
    matrixCell(
      sheet,
      sheet.groupTotal(measure, 'stage', stage),
      total,
      sheet.groupRows('stage', stage),
    );
  return {
    measure,
    total,
    stages: AARRR_STAGES.map(({ id: stage, kpis }) => ({
      stage,
      kpis,
      cell: stageCell(stage),
      channels: matrixChannels(sheet, measure, total, sheet.groupRows('stage', stage)),
    })),
    unstaged: stageCell(null),
  };
}
