// French strings of the charts screens and components (merged into fr.ts).
export const frCharts = {} as const;
