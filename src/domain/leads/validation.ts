// What is wrong with a scoring model as the user edits it, as codes the UI words. The score
// never breaks on any of these (it stays finite); they say why it would not mean much.
import { foldValue } from './fields';
import { MAX_POINTS } from './rules';
import type { CriterionGroup, ScoringModel } from './model';

export type ModelProblem =
  | { code: 'sql-below-mql' }
  | { code: 'threshold-not-finite' }
  | { code: 'decay-not-positive' }
  | { code: 'cap-negative'; group: CriterionGroup }
  | { code: 'grid-fit-order' }
  | { code: 'grid-behaviour-order' }
  | { code: 'grid-not-finite' }
  /** `index` is the band's position in the criterion's rule. */
  | { code: 'range-empty'; criterionId: string; index: number }
  | { code: 'recency-negative'; criterionId: string; index: number }
  /** `index` is the later of the two options that fold to the same value. */
  | { code: 'duplicate-option'; criterionId: string; index: number }
  /** Not a finite number, or beyond ±MAX_POINTS: the score counts it 0. */
  | { code: 'points-not-finite'; criterionId: string };

function criterionProblems(model: ScoringModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  for (const criterion of model.criteria) {
    const { id: criterionId, rule } = criterion;
    const points =
      rule.kind === 'value'
        ? [...rule.options.map((o) => o.points), rule.otherwise ?? 0]
        : rule.bands.map((b) => b.points);
    if (!points.every((p) => Math.abs(p) <= MAX_POINTS))
      problems.push({ code: 'points-not-finite', criterionId });
    if (rule.kind === 'value') {
      const seen = new Set<string>();
      rule.options.forEach((option, index) => {
        const folded = foldValue(option.value);
        if (seen.has(folded)) problems.push({ code: 'duplicate-option', criterionId, index });
        seen.add(folded);
      });
    } else if (rule.kind === 'range') {
      rule.bands.forEach((band, index) => {
        if (band.min !== null && band.max !== null && !(band.min < band.max))
          problems.push({ code: 'range-empty', criterionId, index });
      });
    } else {
      rule.bands.forEach((band, index) => {
        if (!(band.withinDays >= 0))
          problems.push({ code: 'recency-negative', criterionId, index });
      });
    }
  }
  return problems;
}

/** Every problem of the model, model-wide ones first, then criterion by criterion; [] when sound. */
export function validateModel(model: ScoringModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const { thresholds, decay, caps, grid } = model;
  if (!Number.isFinite(thresholds.mql) || !Number.isFinite(thresholds.sql))
    problems.push({ code: 'threshold-not-finite' });
  else if (thresholds.sql < thresholds.mql) problems.push({ code: 'sql-below-mql' });
  if (decay.kind !== 'none' && !(decay.days > 0)) problems.push({ code: 'decay-not-positive' });
  for (const group of ['fit', 'behaviour'] as const) {
    const cap = caps[group];
    // An infinite cap cuts nothing (score.ts): only a negative or unreadable one is wrong.
    if (cap !== null && !(cap >= 0)) problems.push({ code: 'cap-negative', group });
  }
  const gridValues = [grid.fitA, grid.fitB, grid.behaviour1, grid.behaviour2];
  if (!gridValues.every(Number.isFinite)) problems.push({ code: 'grid-not-finite' });
  else {
    if (grid.fitA < grid.fitB) problems.push({ code: 'grid-fit-order' });
    if (grid.behaviour1 < grid.behaviour2) problems.push({ code: 'grid-behaviour-order' });
  }
  return [...problems, ...criterionProblems(model)];
}
