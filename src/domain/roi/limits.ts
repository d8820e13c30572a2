// The sizes a saved or imported ROI scenario may reach, and the uncertainty settings it falls
// back to: the restore step (src/db) and the CSV import (src/csv) hold a scenario to the same.
import type { UncertaintySettings } from './model';

/** More lines are cut off: no one plans 200 campaigns in one simulation, a crafted file might. */
export const MAX_SCENARIO_LINES = 200;

/** The most Monte Carlo draws a scenario may ask for: a crafted count must not hang the page. */
export const MAX_DRAWS = 100_000;

/** The settings of a scenario that names none, or names them unreadably. */
export const DEFAULT_UNCERTAINTY: UncertaintySettings = {
  distribution: 'pert',
  draws: 10_000,
  seed: 1,
  targetRoi: null,
};
