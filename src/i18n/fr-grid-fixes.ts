// French strings of the grid fixes of issue 8: the text length limit, the matrix link that
// selects every channel of a figure (merged into fr.ts).
export const frGridFixes = {
  'cell.too-long': 'le texte fait {length} caractères, {max} au plus.',
  'matrixTab.rowSelected': 'Canal de cette case : {names}. Il est sélectionné dans la grille.',
  'matrixTab.rowsSelected': 'Canaux de cette case : {names}. Ils sont sélectionnés dans la grille.',
};
