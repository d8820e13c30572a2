import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  evaluateExpression,
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
} from '../../../src/ui/grid/expression';

describe('evaluateExpression computes like a spreadsheet', () => {
  it.each([
    ['1200*3+450', 4050],
    ['450+1200*3', 4050],
    ['(1200+450)*3', 4950],
    ['10-4-3', 3], // left to right
    ['100/10/5', 2],
    ['2*(3+(4-1))', 12],
    ['-5+2', -3],
    ['-(2+3)*2', -10],
    ['--4', 4],
    ['+4', 4],
    ['3*-2', -6],
    ['3 - -2', 5],
    ['\u22125', -5], // the minus sign word processors write
    ['50%', 0.5],
    ['1200*10%', 120],
    ['10%/2', 0.05],
    ['-50%', -0.5],
    ['(20+30)%', 0.5],
    ['50%%', 0.005],
    ['1200/7', 171.428571428571], // 15 significant digits, as a spreadsheet shows
    ['0.1+0.2', 0.3],
    [' 1 +\t2 ', 3],
    ['\u00A012\u00A0*\u00A02', 24], // no-break spaces from a paste
    ['007', 7],
    ['9007199254740991', 9007199254740991], // whole numbers keep all their digits
    ['-0', 0],
  ])('="%s" is %d with "." decimals', (source, expected) => {
    const result = evaluateExpression(source, '.');
    expect(result).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1200,5', 1200.5],
    ['1200,5*2', 2401],
    [',5+1', 1.5],
    ['1200.5', 1200.5], // the numpad's decimal key types '.'
    ['12,5%*200', 25],
    ['(1,1+2,2)*3', 9.9],
  ])('="%s" is %d with "," decimals', (source, expected) => {
    expect(evaluateExpression(source, ',')).toEqual({ ok: true, value: expected });
  });

  it('never returns -0', () => {
    const result = evaluateExpression('-0*5', '.');
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });
});

describe('evaluateExpression refuses with a position', () => {
  it.each([
    ['', '.', 0],
    ['1+', '.', 2],
    ['*2', '.', 0],
    ['(1+2', '.', 4],
    ['1+2)', '.', 3],
    ['()', '.', 1],
    ['1 2', '.', 2], // no grouping inside expressions
    ['1,5', '.', 1], // a comma is not a decimal in English
    ['1 234,5', ',', 2],
    ['12,', ',', 2],
    ['1..2', '.', 1],
    ['2^3', '.', 1],
    ['SUM(1;2)', '.', 0],
    ['1e3', '.', 1],
    ['alert(1)', '.', 0],
    ['12345678901234567890', '.', 0], // beyond the safe range
    ['%', '.', 0],
  ])('="%s" (%s decimals) fails at %d', (source, decimal, at) => {
    expect(evaluateExpression(source, decimal === ',' ? ',' : '.')).toEqual({
      ok: false,
      error: { code: 'bad-expression', at },
    });
  });

  it.each([
    ['1/0', 1],
    ['5 / (2-2)', 2],
    ['1+2/0%', 3],
  ])('="%s" is a division by zero at the "/" (%d)', (source, at) => {
    expect(evaluateExpression(source, '.')).toEqual({
      ok: false,
      error: { code: 'division-by-zero', at },
    });
  });

  it('refuses a result that overflows to infinity at the operator', () => {
    const big = '999999999999999';
    const source = Array.from({ length: 25 }, () => big).join('*');
    const result = evaluateExpression(source, '.');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('bad-expression');
  });

  it('accepts nesting up to the depth limit and refuses one more', () => {
    const nested = (depth: number) => `${'('.repeat(depth)}1${')'.repeat(depth)}`;
    expect(evaluateExpression(nested(MAX_EXPRESSION_DEPTH), '.')).toEqual({ ok: true, value: 1 });
    expect(evaluateExpression(nested(MAX_EXPRESSION_DEPTH + 1), '.')).toEqual({
      ok: false,
      error: { code: 'bad-expression', at: MAX_EXPRESSION_DEPTH },
    });
  });

  it('refuses a hostile paste of 100 000 parentheses without blowing the stack', () => {
    expect(evaluateExpression('('.repeat(100_000), '.')).toEqual({
      ok: false,
      error: { code: 'bad-expression', at: MAX_EXPRESSION_LENGTH },
    });
  });

  it('reads a long chain of signs without recursion', () => {
    expect(evaluateExpression(`${'-'.repeat(998)}1`, '.')).toEqual({ ok: true, value: 1 });
  });
});

describe('evaluateExpression on any input', () => {
  const alphabet = fc.constantFrom(...'0123456789.,+-*/%() \u2212\u00A0a=e'.split(''));

  it('never throws, and gives a finite number or an error inside the source', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 60 })),
        fc.constantFrom<',' | '.'>(',', '.'),
        (source, decimal) => {
          const result = evaluateExpression(source, decimal);
          if (result.ok) {
            expect(Number.isFinite(result.value)).toBe(true);
          } else {
            expect(result.error.at).toBeGreaterThanOrEqual(0);
            expect(result.error.at).toBeLessThanOrEqual(source.length);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with integer arithmetic on sums and products of small integers', () => {
    const term = fc.integer({ min: 0, max: 9999 });
    fc.assert(
      fc.property(term, term, term, (a, b, c) => {
        expect(evaluateExpression(`${a}+${b}*${c}`, ',')).toEqual({ ok: true, value: a + b * c });
        expect(evaluateExpression(`(${a}-${b})*${c}`, '.')).toEqual({
          ok: true,
          value: (a - b) * c + 0,
        });
      }),
    );
  });
});
