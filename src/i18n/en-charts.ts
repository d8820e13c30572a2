// English strings of the charts screens and components: exactly the keys of fr-charts.ts.
import type { frCharts } from './fr-charts';

export const enCharts: Record<keyof typeof frCharts, string> = {};
