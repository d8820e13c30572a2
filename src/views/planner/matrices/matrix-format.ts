// What the three matrices share: the user's language, money and percent formats, whether
// shares make sense for the measure shown, and the accessible name of a linking figure.
import { BUDGET_LAYERS, type BudgetMeasure } from '../../../domain/budget';
import type { MatrixCell } from '../../../domain/matrices';
import { formatMoney, toCents } from '../../../domain/money';
import { translate, type Language, type MessageKey, type MessageParams } from '../../../i18n';

/** What a figure shows and links to: a matrix cell, or the plan total over every row. */
export type Figure = Pick<MatrixCell, 'amount' | 'share' | 'rows'>;

export interface MatrixFormat {
  t: (key: MessageKey, params?: MessageParams) => string;
  money: (cents: number) => string;
  percent: Intl.NumberFormat;
  /** Available and variance may be negative: a share of them reads as nonsense. */
  withShare: boolean;
  /** "Média, payé : 9 000,00 €, 54,5 % du total — voir les 3 canaux". */
  cellLabel: (name: string, cell: Figure) => string;
}

export function matrixFormat(
  language: Language,
  currency: string,
  locale: string,
  measure: BudgetMeasure,
): MatrixFormat {
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  const money = (cents: number) => formatMoney(toCents(cents), currency, locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const withShare = BUDGET_LAYERS.some((layer) => layer === measure);
  function cellLabel(name: string, cell: Figure): string {
    const count = cell.rows.length;
    const link = count === 1 ? t('matrix.link.one') : t('matrix.link.many', { count });
    const amount = money(cell.amount);
    return withShare
      ? t('matrix.cellShare', { name, amount, share: percent.format(cell.share), link })
      : t('matrix.cell', { name, amount, link });
  }
  return { t, money, percent, withShare, cellLabel };
}
