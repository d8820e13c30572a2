// What the ROI tips share to say why a figure has no value; the row shape itself is
// src/ui/output-rows.ts (re-exported here for the ROI modules).
import '../../i18n/roi-catalogue';
import type { MessageKey } from '../../i18n';
import type { Translate } from './roi-errors';
import type { FigureFormat } from '../../ui/figure-format';

export { row, type OutputRow, type OutputTip } from '../../ui/output-rows';

/** The general formula, then why it has no value: "… : coût vaut zéro". */
export function noValue(
  t: Translate,
  formula: MessageKey,
  what: string,
  fmt: FigureFormat,
): string {
  return `${t(formula)}\n${zero(t, what, fmt)}`;
}

/** "Non calculable : clics vaut zéro." (the figure's name in lower case, mid-sentence). */
export function zero(t: Translate, what: string, fmt: FigureFormat): string {
  return t('roi.tip.zero', { what: what.toLocaleLowerCase(fmt.locale) });
}
