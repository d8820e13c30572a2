// The columns of an orders file: which header is the customer, the date, the amount and the
// order id (French and English synonyms), and how the amount column is read into cents.
import { parseMoney, toCents, type Cents } from '../domain/money';
import { digitsToNumber, type DecimalSeparator } from '../domain/number-parse';
import { textKey } from './text-key';

export type OrderField = 'customerId' | 'date' | 'amount' | 'orderId';

export const REQUIRED_FIELDS: readonly OrderField[] = ['customerId', 'date', 'amount'];

// Most specific first: when two headers name one field ("Montant TTC" and "Montant HT",
// "Customer ID" and "Email"), the earlier synonym wins.
const SYNONYMS: Record<OrderField, readonly string[]> = {
  customerId: [
    'id client',
    'identifiant client',
    'n° client',
    'no client',
    'num client',
    'numéro client',
    'numéro de client',
    'code client',
    'réf client',
    'référence client',
    'customer id',
    'customer_id',
    'customerid',
    'client id',
    'customer number',
    'customer no',
    'client',
    'customer',
    'email client',
    'customer email',
    'email',
    'e-mail',
    'adresse email',
    'adresse e-mail',
    'courriel',
    'mail',
  ],
  date: [
    'date de commande',
    'date commande',
    'date de la commande',
    'order date',
    'order_date',
    "date d'achat",
    'date achat',
    'purchase date',
    'date de facture',
    'date facture',
    'invoice date',
    'transaction date',
    'date',
    'jour',
    'day',
    'created at',
  ],
  amount: [
    'montant ttc',
    'montant total ttc',
    'total ttc',
    'montant',
    'montant total',
    'montant de la commande',
    'montant commande',
    'total',
    'amount',
    'order total',
    'order amount',
    'total amount',
    'revenue',
    'ca',
    "chiffre d'affaires",
    'ventes',
    'sales',
    'prix',
    'price',
    'montant ht',
    'total ht',
    'valeur',
    'value',
  ],
  orderId: [
    'n° commande',
    'no commande',
    'n° de commande',
    'numéro de commande',
    'numéro commande',
    'id commande',
    'référence commande',
    'réf commande',
    'commande',
    'order id',
    'order_id',
    'order number',
    'order no',
    'order',
    'n° facture',
    'numéro de facture',
    'facture',
    'invoice',
    'invoice number',
    'transaction id',
  ],
};

/**
 * A header as compared with the synonyms: textKey, without a unit note ("Montant (€)",
 * "Total [EUR]") and with punctuation as spaces, so that "N°client", "customer_id" and
 * "E-mail" meet "n° client", "customer id" and "e mail".
 */
export function orderHeaderKey(header: string): string {
  return textKey(header)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[€$£]|\beuros?\b|\beur\b/g, ' ')
    .replace(/[_\-.#°º:*'/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_KEY = new Map<string, { field: OrderField; rank: number }>();
for (const [field, words] of Object.entries(SYNONYMS) as [OrderField, readonly string[]][]) {
  words.forEach((word, rank) => {
    const key = orderHeaderKey(word);
    if (!BY_KEY.has(key)) BY_KEY.set(key, { field, rank });
  });
}

/** Per field, the index of the header cell that feeds it, or null. */
export type FieldColumns = Record<OrderField, number | null>;

/** The columns a header names: per field its best synonym, the leftmost on a tie. */
export function mapOrderHeader(header: readonly string[]): FieldColumns {
  const columns: FieldColumns = { customerId: null, date: null, amount: null, orderId: null };
  const ranks: Record<OrderField, number> = {
    customerId: Infinity,
    date: Infinity,
    amount: Infinity,
    orderId: Infinity,
  };
  header.forEach((cell, index) => {
    const found = BY_KEY.get(orderHeaderKey(cell));
    if (found && found.rank < ranks[found.field]) {
      columns[found.field] = index;
      ranks[found.field] = found.rank;
    }
  });
  return columns;
}

/** What one amount cell says about the decimal separator ('either': "1,234", which cannot tell). */
export type DecimalVote = DecimalSeparator | 'either' | null;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f;
}

/**
 * The vote of sniff.ts's numberVote, scanned by hand for a column of 200 000 cells: the later
 * of ',' and '.' is the decimal; a mark used twice groups thousands; a single mark followed by
 * exactly three digits after one to three (not after "0", not in a space-grouped "1 234,567")
 * could group thousands and proves nothing. Unlike numberVote, text cells vote too (by their
 * digits and marks): they are refused as amounts anyway.
 */
export function decimalVote(cell: string): DecimalVote {
  let commas = 0;
  let dots = 0;
  let lastComma = -1;
  let lastDot = -1;
  let digits = 0; // digits and marks seen, as positions in the digits-and-marks core
  let firstDigitAt = -1;
  let leadsWithZero = false;
  let spaceGrouped = false;
  for (let i = 0; i < cell.length; i += 1) {
    const code = cell.charCodeAt(i);
    if (isDigitCode(code)) {
      if (firstDigitAt < 0) {
        firstDigitAt = digits;
        leadsWithZero = code === 48;
      }
      digits += 1;
    } else if (code === 44) {
      lastComma = digits;
      commas += 1;
      digits += 1;
    } else if (code === 46) {
      lastDot = digits;
      dots += 1;
      digits += 1;
    } else if (isSpaceCode(code) && i > 0 && isDigitCode(cell.charCodeAt(i - 1))) {
      // "1 234" but not "1 2345": a digit, a space, exactly three digits.
      let run = 0;
      while (run < 4 && isDigitCode(cell.charCodeAt(i + 1 + run))) run += 1;
      if (run === 3) spaceGrouped = true;
    }
  }
  if (firstDigitAt < 0) return null;
  if (commas > 0 && dots > 0) return lastComma > lastDot ? ',' : '.';
  if (commas > 1) return '.';
  if (dots > 1) return ',';
  const mark = commas === 1 ? lastComma : dots === 1 ? lastDot : -1;
  if (mark < 0) return null;
  const separator: DecimalSeparator = commas === 1 ? ',' : '.';
  const before = mark; // the core before a single mark is all digits
  const after = digits - mark - 1;
  const couldGroup = after === 3 && before >= 1 && before <= 3 && !leadsWithZero && !spaceGrouped;
  return couldGroup ? 'either' : separator;
}

/**
 * Where the decimal separator came from: 'given'; 'evident' from the amounts; 'locale' when no
 * amount depends on it (integers, "1 234"); 'ambiguous' when some do but none tells ("1,234"
 * alone: the UI should ask); 'mixed' when amounts prove both (the majority is used).
 */
export type DecimalSource = 'given' | 'evident' | 'locale' | 'ambiguous' | 'mixed';

export interface DecimalVotes {
  add(cell: string): void;
  /** The separator of the cells added, unless given; the fallback when they do not tell. */
  decide(
    given: DecimalSeparator | undefined,
    fallback: DecimalSeparator,
  ): { decimal: DecimalSeparator; source: DecimalSource };
}

/** The amount column's separator, decided once from all its cells as the plan import does. */
export function decimalVotes(): DecimalVotes {
  let commas = 0;
  let dots = 0;
  let undecided = 0;
  return {
    add(cell) {
      const vote = decimalVote(cell);
      if (vote === ',') commas += 1;
      else if (vote === '.') dots += 1;
      else if (vote === 'either') undecided += 1;
    },
    decide(given, fallback) {
      if (given) return { decimal: given, source: 'given' };
      if (commas > 0 && dots === 0) return { decimal: ',', source: 'evident' };
      if (dots > 0 && commas === 0) return { decimal: '.', source: 'evident' };
      if (commas === 0) {
        return { decimal: fallback, source: undecided > 0 ? 'ambiguous' : 'locale' };
      }
      if (commas === dots) return { decimal: fallback, source: 'mixed' };
      return { decimal: commas > dots ? ',' : '.', source: 'mixed' };
    },
  };
}

/** Why an amount cell is refused. */
export type AmountRefusal =
  'missing-amount' | 'unreadable-amount' | 'too-many-decimals' | 'negative-amount';

const CURRENCY_SIGNS = '€$£';
// 13 integer digits: 10¹³ − 1 units is 10¹⁵ cents, far inside the safe integers.
const FAST_INTEGER_DIGITS = 13;

/**
 * The common cells ("29,33", "29.33 €", "€1234", "12") read without parseMoney's regular
 * expressions, exactly as it reads them; null hands anything else (grouping, signs, codes,
 * spaces of other kinds) to parseMoney.
 */
function fastCents(cell: string, decimal: DecimalSeparator): Cents | null {
  let start = 0;
  let end = cell.length;
  while (start < end && cell.charCodeAt(start) === 32) start += 1;
  while (end > start && cell.charCodeAt(end - 1) === 32) end -= 1;
  let signs = 0;
  if (start < end && CURRENCY_SIGNS.includes(cell.charAt(start))) {
    start += 1;
    signs += 1;
    while (start < end && cell.charCodeAt(start) === 32) start += 1;
  }
  if (start < end && CURRENCY_SIGNS.includes(cell.charAt(end - 1))) {
    end -= 1;
    signs += 1;
    while (end > start && cell.charCodeAt(end - 1) === 32) end -= 1;
  }
  if (signs > 1) return null;
  let i = start;
  while (i < end && isDigitCode(cell.charCodeAt(i))) i += 1;
  const integerDigits = i - start;
  if (integerDigits === 0 || integerDigits > FAST_INTEGER_DIGITS) return null;
  let fraction = 0;
  let fractionDigits = 0;
  if (i < end) {
    if (cell.charAt(i) !== decimal) return null;
    for (let j = i + 1; j < end; j += 1) {
      const code = cell.charCodeAt(j);
      if (!isDigitCode(code) || fractionDigits === 2) return null;
      fraction = fraction * 10 + code - 48;
      fractionDigits += 1;
    }
    if (fractionDigits === 0) return null;
  }
  const units = digitsToNumber(cell.slice(start, start + integerDigits));
  return toCents(units * 100 + (fractionDigits === 1 ? fraction * 10 : fraction));
}

/** An amount cell in cents (never negative), or why it is refused. Never throws. */
export function readAmountCell(
  cell: string,
  decimal: DecimalSeparator,
): { ok: true; cents: Cents } | { ok: false; code: AmountRefusal } {
  const fast = fastCents(cell, decimal);
  if (fast !== null) return { ok: true, cents: fast };
  const parsed = parseMoney(cell, decimal, { allowNegative: false });
  if (parsed.ok) return { ok: true, cents: parsed.value };
  const code = parsed.error.code;
  if (code === 'empty') return { ok: false, code: 'missing-amount' };
  if (code === 'too-many-decimals') return { ok: false, code: 'too-many-decimals' };
  if (code === 'negative') return { ok: false, code: 'negative-amount' };
  return { ok: false, code: 'unreadable-amount' };
}
