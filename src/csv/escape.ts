// Formula injection: what we write before a text cell so that no spreadsheet runs it, and how
// we take it off again on import, so that export → import gives back the same text.
// Ours, not PapaParse's escapeFormulae, which misses values that start with a line break.
//
// Every text cell is neutralised, "-42" and "+33612345678" included: a text that looks like
// a number must stay text (a phone number, a code). Numbers the export means as numbers are
// not text: write.ts writes them bare (a JS number, or a NumberCell such as moneyCell's).

// What Excel, LibreOffice and Google Sheets may read as the start of a formula (OWASP's list).
const TRIGGERS = '=+-@\t\r\n';

function startsWithTrigger(text: string): boolean {
  return text !== '' && TRIGGERS.includes(text.charAt(0));
}

/**
 * Whether the text gets a leading apostrophe. A text that already starts with apostrophes
 * before a trigger gets one more, or the import would take its own off.
 */
function needsApostrophe(text: string): boolean {
  let start = 0;
  while (text.charAt(start) === "'") start += 1;
  return startsWithTrigger(text.slice(start));
}

/** "=1+2" → "'=1+2", "-12" → "'-12", "'=x" → "''=x"; "abc", "a=b", "'abc" stay as they are. */
export function neutraliseFormula(text: string): string {
  return needsApostrophe(text) ? `'${text}` : text;
}

/**
 * The inverse of neutraliseFormula for imported text cells: takes the leading apostrophe off
 * only where neutraliseFormula would have put it, so "'abc" and "'" stay as they are.
 */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && needsApostrophe(text.slice(1)) ? text.slice(1) : text;
}
