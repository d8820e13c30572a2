// How much the discounted CLV moves with retention and margin: a grid of CLVs, one per
// (retention, margin rate) pair, for a table or a heat map. Money is float cents.
import { ok } from '../result';
import type { ClvInputs, MarginConvention } from './model';
import { clvBasis, discountedClv, type ClvResult } from './simulator';

/** Default moves around the inputs' value, in percentage points (±10 and ±20). */
export const SENSITIVITY_STEPS: readonly number[] = [-0.2, -0.1, 0, 0.1, 0.2];

/**
 * The highest retention the grid shows: r = 1 is refused (validation), and close to it the CLV
 * is only the horizon's length. An input above it is still shown, as its own row.
 */
export const SENSITIVITY_RETENTION_MAX = 0.99;

export interface ClvSensitivityOptions {
  /** Rows; default the inputs' retention ±10 and ±20 points. */
  retentions?: readonly number[];
  /** Columns; default the inputs' margin rate ±10 and ±20 points. */
  margins?: readonly number[];
  /** Default 'first-margin-up-front'. */
  convention?: MarginConvention;
}

export interface ClvSensitivity {
  convention: MarginConvention;
  /** Ascending, without repeats, each in [0, 0.99] (or the inputs' own retention). */
  retentions: number[];
  /** Ascending, without repeats, each in [0, 1]. */
  margins: number[];
  /** cells[i][j]: discounted CLV at retentions[i] and margins[j], cents, other inputs unchanged. */
  cells: number[][];
  /** Where the inputs' own retention and margin sit; null for an axis given without them. */
  center: { row: number | null; column: number | null };
  /** The smallest and largest cell, for a colour scale (0 and 0 for an empty grid). */
  lowest: number;
  highest: number;
}

/** Sheds the binary noise of sums such as 0.7 + 0.1 = 0.7999999999999999. */
function tidy(value: number): number {
  return Math.round(value * 1e12) / 1e12;
}

/** Finite values clamped to [0, max], tidied, sorted, each once; `keep` stays even above max. */
function axis(values: readonly number[], max: number, keep: number | null): number[] {
  const clamped = values
    .filter((v) => Number.isFinite(v))
    .map((v) => (v === keep ? v : tidy(Math.min(max, Math.max(0, v)))));
  return [...new Set(clamped)].sort((a, b) => a - b);
}

function around(center: number): number[] {
  return SENSITIVITY_STEPS.map((step) => (step === 0 ? center : center + step));
}

/**
 * The grid of discounted CLVs. Given axes are clamped like the defaults (retention to
 * [0, 0.99], margin to [0, 1]; values that are not finite dropped). The retention of each row
 * is typed as such: an expected lifetime in the inputs only sets the centre row.
 */
export function clvSensitivity(
  inputs: ClvInputs,
  options: ClvSensitivityOptions = {},
): ClvResult<ClvSensitivity> {
  const basis = clvBasis(inputs, ['discountRate', 'horizonYears']);
  if (!basis.ok) return basis;
  const convention = options.convention ?? 'first-margin-up-front';
  const r = basis.value.retention.retention;
  const m = inputs.marginRate;
  const retentions = axis(options.retentions ?? around(r), SENSITIVITY_RETENTION_MAX, r);
  const margins = axis(options.margins ?? around(m), 1, m);

  const cells: number[][] = [];
  for (const retention of retentions) {
    const row: number[] = [];
    for (const marginRate of margins) {
      const cell = discountedClv(
        { ...inputs, retention, lifetimeYears: null, marginRate },
        convention,
      );
      // Clamped values are valid inputs: this branch would be a bug, reported rather than hidden.
      if (!cell.ok) return cell;
      row.push(cell.value.clv);
    }
    cells.push(row);
  }
  const all = cells.flat();
  const row = retentions.indexOf(r);
  const column = margins.indexOf(m);
  return ok({
    convention,
    retentions,
    margins,
    cells,
    center: { row: row < 0 ? null : row, column: column < 0 ? null : column },
    lowest: all.length === 0 ? 0 : Math.min(...all),
    highest: all.length === 0 ? 0 : Math.max(...all),
  });
}
