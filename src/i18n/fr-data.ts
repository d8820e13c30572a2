// French strings of the data screens and components (merged into fr.ts).
export const frData = {} as const;
