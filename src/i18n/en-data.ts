// English strings of the data screens and components: exactly the keys of fr-data.ts.
import type { frData } from './fr-data';

export const enData: Record<keyof typeof frData, string> = {};
