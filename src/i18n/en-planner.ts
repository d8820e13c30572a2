// English strings of the planner screens and components: exactly the keys of fr-planner.ts.
import type { frPlanner } from './fr-planner';

export const enPlanner: Record<keyof typeof frPlanner, string> = {};
