// Before and after for each line of an allocation, with the reason it moved and the line it
// is best compared with: the facts behind "each extra euro here returns 1,40 €, against
// 0,90 € on radio". The sentence itself is worded by the UI, in the user's language.
import type { Allocation, AllocationLine, ShiftReason } from './allocator';
import { lineFloor, type NormalLine } from './allocator-problem';
import type { Solved } from './allocator-targets';
import { hillMarginal, hillReturn } from './response-curve';

function reasonOf(line: NormalLine, after: number, dropped: boolean): ShiftReason {
  if (line.locked) return 'locked';
  if (dropped) return 'minimum-buy-zero';
  if (after >= line.max) return 'at-max';
  // A line bought at its minimum buy sits on its lower bound as much as one at its minimum.
  const floor =
    line.min === 0 && line.minimumBuy > 0 && after > 0 ? line.minimumBuy : lineFloor(line);
  if (after <= floor) return 'at-min';
  if (after > line.current) return 'gained';
  if (after < line.current) return 'lost';
  return 'unchanged';
}

/**
 * For a line that gained: the line that lost whose marginal return before was the lowest
 * (the euros came from where they earned least); for a line that lost: the gainer whose
 * marginal before was the highest. Null when there is no such line.
 */
function comparisons(lines: AllocationLine[]): void {
  let weakestLoser: AllocationLine | null = null;
  let strongestGainer: AllocationLine | null = null;
  for (const line of lines) {
    if (line.reason === 'locked') continue;
    if (
      line.after < line.before &&
      (!weakestLoser || line.marginalBefore < weakestLoser.marginalBefore)
    ) {
      weakestLoser = line;
    }
    if (
      line.after > line.before &&
      (!strongestGainer || line.marginalBefore > strongestGainer.marginalBefore)
    ) {
      strongestGainer = line;
    }
  }
  for (const line of lines) {
    if (line.reason === 'gained') line.comparedWith = weakestLoser?.id ?? null;
    if (line.reason === 'lost') line.comparedWith = strongestGainer?.id ?? null;
  }
}

export function explain(
  lines: readonly NormalLine[],
  solved: Solved,
  method: Allocation['method'],
): Allocation {
  const result: AllocationLine[] = lines.map((line, i) => {
    const after = solved.after[i] ?? line.current;
    return {
      id: line.id,
      before: line.current,
      after,
      returnBefore: hillReturn(line.curve, line.current),
      returnAfter: hillReturn(line.curve, after),
      marginalBefore: hillMarginal(line.curve, line.current),
      marginalAfter: hillMarginal(line.curve, after),
      reason: reasonOf(line, after, solved.dropped[i] === true),
      comparedWith: null,
    };
  });
  comparisons(result);
  let spend = 0;
  let returnBefore = 0;
  let returnAfter = 0;
  for (const line of result) {
    spend += line.after;
    returnBefore += line.returnBefore;
    returnAfter += line.returnAfter;
  }
  return {
    lines: result,
    spend,
    returnBefore,
    returnAfter,
    method,
    marginalLevel: method === 'water-filling' ? solved.lambda : null,
  };
}
