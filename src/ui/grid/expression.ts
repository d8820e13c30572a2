// The `=` arithmetic a cell may hold ("=1200*3+450"): a small recursive-descent parser over
// + - * / % and parentheses. It computes directly while parsing; it never calls eval or Function.
import { decimalToNumber, type DecimalSeparator } from '../../domain/number-parse';
import { err, ok, type Result } from '../../domain/result';

export interface ExpressionError {
  code: 'bad-expression' | 'division-by-zero';
  /** 0-based index in the source (the text after `=`) of the offending character. */
  at: number;
}

/** A hostile paste of 100 000 "(" must not exhaust the stack nor freeze the tab. */
export const MAX_EXPRESSION_LENGTH = 1000;
export const MAX_EXPRESSION_DEPTH = 100;

// Like a spreadsheet, a result keeps the 15 significant digits a double holds for sure, so
// that "=0,1+0,2" is 0,3 and not 0,30000000000000004.
const SIGNIFICANT_DIGITS = 15;

interface Cursor {
  readonly source: string;
  readonly decimal: DecimalSeparator;
  pos: number;
  depth: number;
}

type Step = Result<number, ExpressionError>;

function fail(code: ExpressionError['code'], at: number): { ok: false; error: ExpressionError } {
  return err({ code, at });
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

// Pasted formulas carry no-break spaces as often as plain ones.
function isSpace(char: string): boolean {
  return char !== '' && /\s/u.test(char);
}

// U+2212 is the minus sign Intl and word processors write.
function isMinus(char: string): boolean {
  return char === '-' || char === '\u2212';
}

// In French the numpad's decimal key types '.', so both marks are decimals there; in
// English ',' is refused rather than guessed (it would be a thousands separator).
function isDecimalMark(char: string, decimal: DecimalSeparator): boolean {
  return char === '.' || (decimal === ',' && char === ',');
}

/** The next character that is not a space, moving past the spaces; '' at the end. */
function peek(cursor: Cursor): string {
  while (isSpace(cursor.source.charAt(cursor.pos))) cursor.pos += 1;
  return cursor.source.charAt(cursor.pos);
}

function readDigits(cursor: Cursor): string {
  const start = cursor.pos;
  while (isDigit(cursor.source.charAt(cursor.pos))) cursor.pos += 1;
  return cursor.source.slice(start, cursor.pos);
}

/** A group-free number: "1200", "1200,5" (fr), "1200.5", ",5". Read exactly, like typed input. */
function parseNumber(cursor: Cursor): Step {
  const start = cursor.pos;
  const integerDigits = readDigits(cursor);
  let fractionDigits = '';
  if (isDecimalMark(cursor.source.charAt(cursor.pos), cursor.decimal)) {
    const mark = cursor.pos;
    cursor.pos += 1;
    fractionDigits = readDigits(cursor);
    if (fractionDigits === '') return fail('bad-expression', mark);
  }
  if (integerDigits === '' && fractionDigits === '') return fail('bad-expression', start);
  const value = decimalToNumber({
    negative: false,
    integerDigits: integerDigits.replace(/^0+/, '') || '0',
    fractionDigits,
    percent: false,
    currency: null,
  });
  return value === null ? fail('bad-expression', start) : ok(value);
}

function parsePrimary(cursor: Cursor): Step {
  const char = peek(cursor);
  if (char !== '(') return parseNumber(cursor);
  const open = cursor.pos;
  if (cursor.depth >= MAX_EXPRESSION_DEPTH) return fail('bad-expression', open);
  cursor.depth += 1;
  cursor.pos += 1;
  const inner = parseSum(cursor);
  if (!inner.ok) return inner;
  if (peek(cursor) !== ')') return fail('bad-expression', cursor.pos);
  cursor.pos += 1;
  cursor.depth -= 1;
  return inner;
}

/** Signs are read in a loop, not by recursion, so "------1" costs no stack. */
function parseUnary(cursor: Cursor): Step {
  let negative = false;
  for (let char = peek(cursor); char === '+' || isMinus(char); char = peek(cursor)) {
    if (isMinus(char)) negative = !negative;
    cursor.pos += 1;
  }
  const operand = parsePrimary(cursor);
  if (!operand.ok) return operand;
  let value = operand.value;
  // A postfix percent binds tighter than * and /, as in Excel: "=1200*10%" is 120.
  while (peek(cursor) === '%') {
    value /= 100;
    cursor.pos += 1;
  }
  return ok(negative ? -value : value);
}

function parseProduct(cursor: Cursor): Step {
  const first = parseUnary(cursor);
  if (!first.ok) return first;
  let value = first.value;
  for (let op = peek(cursor); op === '*' || op === '/'; op = peek(cursor)) {
    const at = cursor.pos;
    cursor.pos += 1;
    const right = parseUnary(cursor);
    if (!right.ok) return right;
    if (op === '/' && right.value === 0) return fail('division-by-zero', at);
    value = op === '*' ? value * right.value : value / right.value;
    if (!Number.isFinite(value)) return fail('bad-expression', at);
  }
  return ok(value);
}

function parseSum(cursor: Cursor): Step {
  const first = parseProduct(cursor);
  if (!first.ok) return first;
  let value = first.value;
  for (let op = peek(cursor); op === '+' || isMinus(op); op = peek(cursor)) {
    const at = cursor.pos;
    cursor.pos += 1;
    const right = parseProduct(cursor);
    if (!right.ok) return right;
    value = op === '+' ? value + right.value : value - right.value;
    if (!Number.isFinite(value)) return fail('bad-expression', at);
  }
  return ok(value);
}

/**
 * Evaluates the arithmetic after a cell's `=`: numbers in the plan's decimal style (no
 * grouping), + - * /, unary signs, parentheses and postfix %. Never throws; an error names
 * the character where reading stopped ('bad-expression') or the '/' that divided by zero.
 * The result is finite, rounded to 15 significant digits, and never -0.
 */
export function evaluateExpression(
  source: string,
  decimal: DecimalSeparator,
): Result<number, ExpressionError> {
  if (source.length > MAX_EXPRESSION_LENGTH) return fail('bad-expression', MAX_EXPRESSION_LENGTH);
  const cursor: Cursor = { source, decimal, pos: 0, depth: 0 };
  const result = parseSum(cursor);
  if (!result.ok) return result;
  if (peek(cursor) !== '') return fail('bad-expression', cursor.pos);
  const value = result.value;
  // Whole numbers are left alone: 9 007 199 254 740 991 has 16 digits and is exact.
  const rounded = Number.isInteger(value) ? value : Number(value.toPrecision(SIGNIFICANT_DIGITS));
  return ok(rounded + 0);
}
