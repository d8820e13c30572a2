// The key two spellings of the same label share: channel names matched on import, headers
// matched against synonyms. Case, accents, apostrophes and runs of spaces do not count.

const APOSTROPHES = /[\u2019\u2018\u02BC`\u00B4]/g;
const MARKS = /\p{M}/gu;
const SPACES = /\s+/g;

/** "  Salon  PRO’ Été " → "salon pro' ete". */
export function textKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ')
    .trim();
}

/**
 * A header as it is compared with synonyms: its key without a unit or currency note,
 * so that "Budget prévu (€ HT)" and "Montant – EUR" still name their column.
 */
export function headerKey(text: string): string {
  return textKey(text)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[€$£]|\b(?:eur|euros?|ht|ttc|k€)\b/g, ' ')
    .replace(/[\s:–—_*-]+$/g, '')
    .replace(/^[\s:–—_*-]+/g, '')
    .replace(SPACES, ' ')
    .trim();
}
