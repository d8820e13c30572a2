// French strings of the planner screens and components (merged into fr.ts).
export const frPlanner = {} as const;
