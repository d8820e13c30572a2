// A saved ROI scenario to and from CSV: the export (roi-scenario-write.ts) and the import,
// which turns rows read cell by cell (roi-scenario-read.ts) into one new scenario, all or
// nothing. Export then import gives back the same scenario, ids and timestamps aside.
import { decimalSeparatorOf } from '../domain/number-parse';
import { toCents } from '../domain/money';
import { err, ok, type Result } from '../domain/result';
import type { AllocationObjective, CampaignLine, RoiScenario } from '../domain/roi/model';
import { parseCsvText, type ParsedCsv } from './parse';
import { DEFAULT_UNCERTAINTY, MAX_DRAWS, MAX_SCENARIO_LINES } from '../domain/roi/limits';
import {
  RowReader,
  aboveZero,
  anything,
  atLeastZero,
  carry,
  readHeader,
  share,
  type Header,
  type RoiCsvProblem,
  type RoiCsvReadOptions,
} from './roi-scenario-read';
import { ROI_COLUMNS, type ColumnId } from './roi-scenario-write';
import { sniffDelimiter, sniffNumberStyle } from './sniff';
import { textKey } from './text-key';

export { roiScenarioCsv } from './roi-scenario-write';
export type { RoiCsvProblem, RoiCsvProblemCode, RoiCsvReadOptions } from './roi-scenario-read';

/** The scenario's own fields, repeated on every row: they must agree with the first row's. */
type ScenarioPart = Pick<RoiScenario, 'name' | 'gainBasis' | 'marginRate' | 'uncertainty'> & {
  /** null: no objective given, "maximise return" for today's media spend. */
  objective: AllocationObjective | null;
};

/** Each shared field: the column a disagreement is reported in, and the columns it reads. */
const PART_COLUMNS: readonly (readonly [keyof ScenarioPart, ColumnId, readonly ColumnId[]])[] = [
  ['name', 'scenario', ['scenario']],
  ['gainBasis', 'gainBasis', ['gainBasis']],
  ['marginRate', 'marginRate', ['marginRate', 'marginRate.low', 'marginRate.high']],
  ['objective', 'objective', ['objective', 'objectiveAmount', 'objectiveRoas']],
  ['uncertainty', 'distribution', ['distribution', 'draws', 'seed', 'targetRoi']],
];

function readObjective(r: RowReader): AllocationObjective | null {
  const kind = r.word('objective', 'max-return');
  switch (kind) {
    case 'target-return':
    case 'target-cpa':
      return { kind, value: r.cents('objectiveAmount', true) ?? toCents(0) };
    case 'target-roas':
      return { kind, value: r.number('objectiveRoas', 'percent', aboveZero, true) ?? 0 };
    default: {
      const budget = r.cents('objectiveAmount', false);
      return budget === null ? null : { kind: 'max-return', budget };
    }
  }
}

function readPart(r: RowReader): ScenarioPart {
  const draws = r.whole('draws', (v) => (v >= 1 && v <= MAX_DRAWS ? null : 'out-of-range'));
  return {
    name: r.text('scenario'),
    gainBasis: r.word('gainBasis', null) ?? 'revenue',
    marginRate: r.estimate('marginRate', share),
    objective: readObjective(r),
    uncertainty: {
      distribution: r.word('distribution', 'pert') ?? 'pert',
      draws: draws ?? DEFAULT_UNCERTAINTY.draws,
      seed: r.whole('seed', anything) ?? DEFAULT_UNCERTAINTY.seed,
      targetRoi: r.number('targetRoi', 'percent', anything, false),
    },
  };
}

/** The plan's channel of that name: exactly, else the one whose textKey matches. */
function channelOf(r: RowReader, channelIds: ReadonlyMap<string, string>): string | null {
  const name = r.text('channel');
  if (name.trim() === '') return null;
  const exact = channelIds.get(name);
  if (exact !== undefined) return exact;
  const key = textKey(name);
  const close = [...channelIds].filter(([n]) => textKey(n) === key);
  const [only] = close;
  if (only && close.length === 1) return only[1];
  r.problem('channel', 'unknown-channel', name);
  return null;
}

function readLine(r: RowReader, options: RoiCsvReadOptions): CampaignLine {
  const kind = r.word('gainsKind', null) ?? 'figure';
  const min = r.cents('min', false) ?? toCents(0);
  const max = r.cents('max', false);
  if (max !== null && min > max) r.problem('max', 'bad-value', 'min-above-max');
  return {
    id: options.newId(),
    name: r.text('line'),
    channelId: channelOf(r, options.channelIds),
    mediaCost: r.estimate('mediaCost', atLeastZero),
    creativeCost: r.estimate('creativeCost', atLeastZero),
    staffHours: r.estimate('staffHours', atLeastZero),
    staffHourlyCost: r.estimate('staffHourlyCost', atLeastZero),
    gains:
      kind === 'figure'
        ? { kind, revenue: r.estimate('revenue', atLeastZero) }
        : {
            kind,
            impressions: r.estimate('impressions', atLeastZero),
            audience: r.word('audience', 'impressions') ?? 'impressions',
            clickRate: r.estimate('clickRate', share),
            leadRate: r.estimate('leadRate', share),
            closeRate: r.estimate('closeRate', share),
            averageBasket: r.estimate('averageBasket', atLeastZero),
          },
    curve: {
      doublingGain: r.number('doublingGain', 'percent', aboveZero, true) ?? 0,
      shape: r.number('shape', 'number', aboveZero, true) ?? 1,
      carryOver: r.number('carryOver', 'percent', carry, false),
    },
    bounds: {
      min,
      max,
      locked: r.word('locked', 'no') === 'yes',
      minimumBuy: r.cents('minimumBuy', false),
    },
  };
}

/** In the file's order (a stable sort: the columns of a line stay in reading order). */
function byLine(problems: RoiCsvProblem[]): RoiCsvProblem[] {
  return problems.slice().sort((a, b) => a.line - b.line);
}

/** Every cell of the number columns: what the decimal separator is guessed from. */
function numberCells(rows: readonly (readonly string[])[], header: Header): string[] {
  const indexes = ROI_COLUMNS.flatMap((c) => {
    const index = header.at.get(c.id);
    const numeric = c.unit === 'money' || c.unit === 'percent' || c.unit === 'number';
    return numeric && index !== undefined ? [index] : [];
  });
  return rows.flatMap((row) => indexes.map((i) => row[i] ?? '').filter((t) => t.trim() !== ''));
}

/** Problems in the file's shape: a quote left open, the header, no rows or too many. */
function shapeProblems(parsed: ParsedCsv, headerProblems: readonly RoiCsvProblem[]) {
  const problems: RoiCsvProblem[] = [
    ...headerProblems,
    // A stray quote inside a cell (ab"cd) reads as written; a quote left open does not.
    ...parsed.errors
      .filter((e) => e.code !== 'literal-quotes')
      .map((e): RoiCsvProblem => ({
        line: e.line,
        column: null,
        code: 'malformed-row',
        detail: e.code,
      })),
  ];
  const headerLine = parsed.lines[0] ?? 1;
  const count = parsed.rows.length - 1;
  if (count <= 0) problems.push({ line: headerLine, column: null, code: 'no-rows' });
  if (count > MAX_SCENARIO_LINES) {
    const line = parsed.lines[MAX_SCENARIO_LINES + 1] ?? headerLine;
    problems.push({
      line,
      column: null,
      code: 'too-many-rows',
      detail: String(MAX_SCENARIO_LINES),
    });
  }
  return problems;
}

/**
 * The scenario a CSV text holds (already decoded: the UI runs decodeBytes first), as a new
 * scenario of options.planId with fresh ids; or every problem found. Headers in French or
 * English, delimiter sniffed, numbers in the plan's locale unless the cells prove the other
 * style ("12,5" is 12.5, "1 234,56 €" accepted); rates in percent. Never throws.
 */
export function readRoiScenarioCsv(
  text: string,
  options: RoiCsvReadOptions,
): Result<RoiScenario, RoiCsvProblem[]> {
  const parsed = parseCsvText(text, sniffDelimiter(text));
  const [headerCells] = parsed.rows;
  if (!headerCells) return err([{ line: 1, column: null, code: 'no-rows' }]);
  const headerLine = parsed.lines[0] ?? 1;
  const headerProblems: RoiCsvProblem[] = [];
  const header = readHeader(headerCells, headerLine, headerProblems);
  const problems = shapeProblems(parsed, headerProblems);
  if (problems.length > 0) return err(byLine(problems));
  const rows = parsed.rows.slice(1);
  const style = sniffNumberStyle(numberCells(rows, header), decimalSeparatorOf(options.locale));
  if (!style.confident) {
    return err([{ line: headerLine, column: null, code: 'decimal-ambiguous' }]);
  }
  const reads = rows.map((row, i) => {
    const r = new RowReader(row, parsed.lines[i + 1] ?? headerLine, header, style.decimal);
    return { r, part: readPart(r), line: readLine(r, options) };
  });
  const [first] = reads;
  if (!first) return err([{ line: headerLine, column: null, code: 'no-rows' }]);
  for (const { r, part } of reads.slice(1)) {
    for (const [field, column, read] of PART_COLUMNS) {
      // A refused cell was said once already; its stand-in value proves nothing.
      const differs = JSON.stringify(part[field]) !== JSON.stringify(first.part[field]);
      if (differs && !r.refusedIn(read) && !first.r.refusedIn(read)) {
        r.problem(column, 'mixed-scenarios');
      }
    }
  }
  const found = reads.flatMap((read) => read.r.problems);
  if (found.length > 0) return err(byLine(found));
  const lines = reads.map((read) => read.line);
  const media = lines.reduce((sum, l) => sum + l.mediaCost.likely, 0);
  const { name, gainBasis, marginRate, uncertainty } = first.part;
  return ok({
    id: options.newId(),
    planId: options.planId,
    name,
    gainBasis,
    marginRate,
    lines,
    objective: first.part.objective ?? {
      kind: 'max-return',
      budget: toCents(Math.min(media, Number.MAX_SAFE_INTEGER)),
    },
    uncertainty,
    createdAt: options.now,
    updatedAt: options.now,
  });
}
