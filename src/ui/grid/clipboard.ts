// Clipboard text as spreadsheets exchange it: TSV with Excel's quoting, read and written, and
// a plain HTML table for pasting formatted into Excel, LibreOffice, Google Sheets or Docs.

const TAB = '\t';
const QUOTE = '"';

function isLineEnd(char: string): boolean {
  return char === '\n' || char === '\r';
}

function isCellEnd(char: string): boolean {
  return char === '' || char === TAB || isLineEnd(char);
}

/** The index of the first tab or line end from `start`, or the text's length. */
function nextDelimiter(text: string, start: number): number {
  let pos = start;
  while (pos < text.length && !isCellEnd(text.charAt(pos))) pos += 1;
  return pos;
}

/**
 * Reads a cell that opens with a quote at `start`: "" stands for ", and the cell closes at a
 * quote followed by a tab, a line end or the end of the text. Returns null when the cell is
 * not properly quoted — a lone quote followed by anything else, or no closing quote at all.
 */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let chunk = start + 1;
  let pos = chunk;
  while (pos < text.length) {
    const quote = text.indexOf(QUOTE, pos);
    if (quote < 0) return null;
    const next = text.charAt(quote + 1);
    if (next === QUOTE) {
      value += text.slice(chunk, quote + 1);
      pos = quote + 2;
      chunk = pos;
    } else if (isCellEnd(next)) {
      return { value: value + text.slice(chunk, quote), end: quote + 1 };
    } else {
      return null;
    }
  }
  return null;
}

/**
 * Reads TSV as Excel, LibreOffice and Google Sheets put it on the clipboard. Rows end with
 * "\r\n", "\n" or a lone "\r"; one final line end does not add an empty row; ragged rows are
 * padded with "" to the widest. A cell that opens with a quote and is properly quoted may
 * hold tabs, line ends and doubled quotes. One that opens with a quote but is not properly
 * closed (Excel writes `"Salon" 2026` unquoted, since it quotes only multi-line cells) is
 * plain text up to the next tab or line end, its quotes kept — so a stray quote never
 * swallows the rest of the paste. Empty text gives no rows. Since a final line end adds no
 * row, a last row of one empty cell written without one (Google Sheets) reads as nothing:
 * "a\r\n" is one row — the paste then leaves that cell alone. Never throws; linear time.
 */
export function parseClipboardTsv(text: string): string[][] {
  if (text === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let pos = 0;
  for (;;) {
    const quoted = text.charAt(pos) === QUOTE ? readQuoted(text, pos) : null;
    const end = quoted ? quoted.end : nextDelimiter(text, pos);
    row.push(quoted ? quoted.value : text.slice(pos, end));
    const delimiter = text.charAt(end);
    if (delimiter === TAB) {
      pos = end + 1;
      continue;
    }
    rows.push(row);
    row = [];
    if (delimiter === '') break;
    pos = delimiter === '\r' && text.charAt(end + 1) === '\n' ? end + 2 : end + 1;
    if (pos >= text.length) break;
  }
  // A loop, not Math.max(...rows): spreading 200 000 rows would overflow the call stack.
  let width = 0;
  for (const cells of rows) width = Math.max(width, cells.length);
  for (const cells of rows) while (cells.length < width) cells.push('');
  return rows;
}

function quoteCell(cell: string): string {
  const needsQuotes = cell.startsWith(QUOTE) || /[\t\r\n]/.test(cell);
  return needsQuotes ? `${QUOTE}${cell.replaceAll(QUOTE, QUOTE + QUOTE)}${QUOTE}` : cell;
}

/**
 * Writes TSV as Excel does on Windows: "\r\n" after every row, the last included; a cell is
 * quoted (its quotes doubled) only when it holds a tab or a line end, or starts with a
 * quote. parseClipboardTsv reads it back to the same cells, [[""]] included ("\r\n").
 */
export function serializeTsv(cells: string[][]): string {
  return cells.map((cellsOfRow) => `${cellsOfRow.map(quoteCell).join(TAB)}\r\n`).join('');
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

// Excel splits a cell at a bare <br> into two rows; this style (which Google Sheets also
// writes) keeps the line break inside the cell. Other applications ignore it.
const CELL_LINE_BREAK = '<br style="mso-data-placement:same-cell">';

/** A plain <table> of the cells, every character of user text escaped. */
export function serializeHtmlTable(cells: string[][]): string {
  const rows = cells.map((cellsOfRow) => {
    const tds = cellsOfRow.map(
      (cell) => `<td>${escapeHtml(cell).replace(/\r\n|\r|\n/g, CELL_LINE_BREAK)}</td>`,
    );
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table><tbody>${rows.join('')}</tbody></table>`;
}
