// Finding the header of a CSV whose columns are known by name (orders, leads, influencers):
// the row among the first ones that names the most known columns, and the delimiter that
// splits that header best. One search for every such reader, each giving only how many known
// columns a row names, so that a fix to the search reaches them all.
import { parseCsvText } from './parse';
import { sniffDelimiter, type Delimiter } from './sniff';

/** How many known columns a row's cells name, read as a header. */
export type HeaderCount = (row: readonly string[]) => number;

// A title line or two may stand above the header; the header is among the first rows.
const HEADER_SEARCH_ROWS = 10;
const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];
// The first lines, enough for a title line or two and the header.
const HEAD_CHARS = 4096;

/** Among the first rows, the one naming the most known columns (the first on a tie). */
export function headerRowBy(
  rows: readonly (readonly string[])[],
  foundIn: HeaderCount,
): { index: number; found: number } {
  let index = 0;
  let found = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const count = foundIn(row);
    if (count > found) {
      index = i;
      found = count;
    }
  });
  return { index, found };
}

/**
 * The sniffed delimiter, unless another one splits the header into more known columns: the
 * sniffer counts cells per line and can be misled by a few short rows ("C1,2026" in a ';'
 * file); the header's words cannot. `most`, when given, is the count no header can pass (every
 * column needed found): reached, no other delimiter is tried.
 */
export function delimiterBy(text: string, foundIn: HeaderCount, most = Infinity): Delimiter {
  const sniffed = sniffDelimiter(text);
  const cut = text.lastIndexOf('\n', HEAD_CHARS);
  const head = text.length <= HEAD_CHARS ? text : text.slice(0, cut > 0 ? cut + 1 : HEAD_CHARS);
  const found = (delimiter: Delimiter) =>
    headerRowBy(parseCsvText(head, delimiter).rows, foundIn).found;
  let best = sniffed;
  let bestFound = found(sniffed);
  for (const delimiter of DELIMITERS) {
    if (bestFound >= most) break;
    if (delimiter === sniffed) continue;
    const count = found(delimiter);
    if (count > bestFound) {
      best = delimiter;
      bestFound = count;
    }
  }
  return best;
}
