// The import report in the user's words: each refused cell or row, totals that do not add
// up, and parse errors, with amounts in the plan's currency.
import '../../i18n/data-catalogue';
import type { ReportedIssue } from '../../csv/import-pipeline';
import type { CsvParseError } from '../../csv/parse';
import type { ImportWarning, TargetId } from '../../csv/target';
import { isTargetId } from '../../csv/targets';
import { currencySymbol, formatMoney, toCents } from '../../domain/money';
import type { MessageKey, MessageParams } from '../../i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;
type Money = (cents: number) => string;

export function moneyFormatter(currency: string, locale: string): Money {
  return (cents) => formatMoney(toCents(cents), currency, locale);
}

/** "100 000" in French, "100,000" in English: counts of rows read as people read them. */
export function countFormatter(language: 'fr' | 'en'): (n: number) => string {
  const format = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB');
  return (n) => format.format(n);
}

/** Why a cell or row was refused, in one line. */
export function describeIssue(issue: ReportedIssue, t: Translate, money: Money): string {
  const params: MessageParams = { ...issue.params };
  const { expected, found } = params;
  if (typeof expected === 'number') params.expected = money(expected);
  if (typeof found === 'number') params.found = money(found);
  return t(`import.reason.${issue.code}`, params);
}

export function describeWarning(warning: ImportWarning, t: Translate, money: Money): string {
  if (warning.code === 'total-unreadable') {
    return t('import.report.totalUnreadable', { line: warning.line, column: warning.column });
  }
  return t('import.report.totalMismatch', {
    line: warning.line,
    column: warning.column,
    expected: money(warning.expected),
    found: money(warning.found),
  });
}

export function describeParseError(error: CsvParseError, t: Translate): string {
  return t('import.report.parseError', {
    line: error.line,
    reason: t(`import.parse.${error.code}`),
  });
}

/** The ways a currency is written: its code and its symbol in French and English. */
function currencySpellings(currency: string): Set<string> {
  const spellings = new Set([currency.toUpperCase()]);
  for (const locale of ['fr-FR', 'en-GB', 'en-US']) {
    spellings.add(currencySymbol(currency, locale).toUpperCase());
  }
  return spellings;
}

/** The currency marks of the file that are not the plan's currency ("$" in a € plan). */
export function foreignCurrencies(marks: readonly string[], currency: string): string[] {
  const own = currencySpellings(currency);
  return marks.filter((mark) => !own.has(mark.toUpperCase()));
}

/** The target a link asks for: `#/data?target=plan-wide` (the planner's Import button). */
export function targetFromHash(hash: string): TargetId | null {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const target = new URLSearchParams(query).get('target');
  return target !== null && isTargetId(target) ? target : null;
}
