// Which file column feeds which target column: found by French and English synonyms, by the
// mapping the user confirmed last time for this target, or (months) by the header alone.
import type { ColumnSpec, CsvTarget, ExtraColumn, ReadOptions } from './target';
import { headerKey } from './text-key';

/** Per file column, the key of the target column it feeds, or null when it is not imported. */
export type ColumnMapping = readonly (string | null)[];

/** Per target column key, the header (as headerKey) the user mapped to it last time. */
export type RememberedMapping = Readonly<Record<string, string>>;

type Target = Pick<CsvTarget<unknown, unknown>, 'columns' | 'extraColumn'>;
type PlanPeriod = Pick<ReadOptions, 'plan'>;

const synonymCache = new WeakMap<readonly ColumnSpec[], Map<string, string>>();

function synonymsOf(target: Target): Map<string, string> {
  let map = synonymCache.get(target.columns);
  if (!map) {
    map = new Map();
    for (const column of target.columns) {
      const words = [column.key, column.header.fr, column.header.en, ...column.synonyms];
      for (const word of words) if (!map.has(headerKey(word))) map.set(headerKey(word), column.key);
    }
    synonymCache.set(target.columns, map);
  }
  return map;
}

/** The extra column (a month of the wide form) each file column stands for, if any. */
export function extraColumns(
  target: Target,
  header: readonly string[],
  options: PlanPeriod,
): (ExtraColumn | null)[] {
  return header.map((text) => target.extraColumn?.(text, options) ?? null);
}

function guess(target: Target, text: string): string | null {
  const key = headerKey(text);
  if (key === '') return null;
  const byHeader = target.columns.find((c) => c.matchHeader?.(text));
  return byHeader?.key ?? synonymsOf(target).get(key) ?? null;
}

/**
 * The mapping found from the header alone; each target column is fed by one file column.
 * What the user chose last time for this target comes first, then synonyms and months.
 */
export function autoMapping(
  target: Target,
  header: readonly string[],
  options: PlanPeriod,
  remembered: RememberedMapping = {},
): ColumnMapping {
  const used = new Set<string>();
  const take = (key: string | null | undefined) => {
    if (key === null || key === undefined || used.has(key)) return null;
    used.add(key);
    return key;
  };
  const known = header.map((text) =>
    take(
      target.columns.find((c) => headerKey(text) !== '' && remembered[c.key] === headerKey(text))
        ?.key,
    ),
  );
  const extras = extraColumns(target, header, options);
  return header.map((text, i) => known[i] ?? take(guess(target, text) ?? extras[i]?.key ?? null));
}

/**
 * The row that holds the header among the first rows: the one that maps the most columns
 * (a title line above the header maps none). The first on a tie; 0 when nothing maps.
 */
export function findHeaderRow(
  target: Target,
  rows: readonly (readonly string[])[],
  options: PlanPeriod,
  remembered: RememberedMapping = {},
  maxRows = 10,
): number {
  let best = 0;
  let bestScore = 0;
  rows.slice(0, maxRows).forEach((row, index) => {
    const score = autoMapping(target, row, options, remembered).filter((k) => k !== null).length;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/** Maps a file column to a key, taking that key away from any other file column. */
export function withColumn(
  mapping: ColumnMapping,
  fileColumn: number,
  key: string | null,
): ColumnMapping {
  return mapping.map((current, i) => {
    if (i === fileColumn) return key;
    return key !== null && current === key ? null : current;
  });
}

/** The required target columns no file column feeds: the import cannot start without them. */
export function missingColumns(target: Target, mapping: ColumnMapping): ColumnSpec[] {
  return target.columns.filter((c) => c.required && !mapping.includes(c.key));
}

/** What to remember of a confirmed mapping: the header each declared column came from. */
export function rememberMapping(
  target: Target,
  header: readonly string[],
  mapping: ColumnMapping,
): Record<string, string> {
  const remembered: Record<string, string> = {};
  mapping.forEach((key, i) => {
    const column = target.columns.find((c) => c.key === key);
    const text = header[i];
    if (column && text !== undefined && headerKey(text) !== '') {
      remembered[column.key] = headerKey(text);
    }
  });
  return remembered;
}

/** A remembered mapping read back from storage: only string values are kept. */
export function readRemembered(value: unknown): RememberedMapping {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
