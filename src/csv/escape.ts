// Formula injection: what we write before a text cell so that no spreadsheet runs it, and how
// we take it off again on import, so that export → import gives back the same text.
// Ours, not PapaParse's escapeFormulae, which misses values that start with a line break.

// What Excel, LibreOffice and Google Sheets may read as the start of a formula (OWASP's list).
const TRIGGERS = '=+-@\t\r\n';
// A plain number ("-12", "+33612345678", "-1234,56") is read as a number, never run: leaving
// it bare keeps amounts written as text (moneyCell) numbers in the spreadsheet.
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function isDangerous(text: string): boolean {
  return text !== '' && TRIGGERS.includes(text.charAt(0)) && !PLAIN_NUMBER.test(text);
}

/**
 * Whether the text gets a leading apostrophe. A text that already starts with apostrophes
 * before something dangerous gets one more, or the import would take its own off.
 */
function needsApostrophe(text: string): boolean {
  let start = 0;
  while (text.charAt(start) === "'") start += 1;
  return isDangerous(text.slice(start));
}

/** "=1+2" → "'=1+2", "-x" → "'-x"; "-12", "abc" and "'abc" are left as they are. */
export function neutraliseFormula(text: string): string {
  return needsApostrophe(text) ? `'${text}` : text;
}

/**
 * The inverse of neutraliseFormula for imported text cells: takes the leading apostrophe off
 * only where neutraliseFormula would have put it, so "'abc" and "'-12" stay as they are.
 */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && needsApostrophe(text.slice(1)) ? text.slice(1) : text;
}
