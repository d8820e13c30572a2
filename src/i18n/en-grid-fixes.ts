// English strings of the grid fixes of issue 8: exactly the keys of fr-grid-fixes.ts.
import type { frGridFixes } from './fr-grid-fixes';

export const enGridFixes: Record<keyof typeof frGridFixes, string> = {
  'cell.too-long': 'the text is {length} characters long, {max} at most.',
  'matrixTab.rowSelected': 'Channel of this cell: {names}. It is selected in the grid.',
  'matrixTab.rowsSelected': 'Channels of this cell: {names}. They are selected in the grid.',
};
