// The planner's parts that the budget tab's first paint does not need: each tab but the
// budget, the cost helper, the printed summary and the charts. They stay out of the planner's
// first load and are fetched once the grid is up (prefetchPlannerParts), so that opening a
// tab or printing does not wait for the network.
import { LazyModule } from './lazy-part.svelte';

export const channelsTab = new LazyModule(() => import('./ChannelsTab.svelte'));
export const matrixPanel = new LazyModule(() => import('./matrices/MatrixPanel.svelte'));
export const compareTab = new LazyModule(() => import('./CompareTab.svelte'));
export const planSettingsForm = new LazyModule(() => import('./PlanSettingsForm.svelte'));
export const chartsPanel = new LazyModule(() => import('./ChartsPanel.svelte'));
export const costHelper = new LazyModule(() => import('./CostHelper.svelte'));
export const printSummary = new LazyModule(() => import('./PrintSummary.svelte'));

/** In order: what the budget tab itself shows or prints, then the other tabs. */
const PARTS = [
  printSummary,
  costHelper,
  chartsPanel,
  channelsTab,
  matrixPanel,
  compareTab,
  planSettingsForm,
];

/** Fetches every part; one that fails is fetched again when it is shown. */
export function prefetchPlannerParts(): void {
  for (const part of PARTS) part.load().catch(() => undefined);
}
