// The shape every ROI output takes on screen (label, value, info tip) and the small helpers
// the campaign and funnel tips share to build one, and to say why a figure has no value.
import '../../i18n/roi-catalogue';
import type { MessageKey } from '../../i18n';
import type { Translate } from './roi-errors';
import type { RoiFormat } from './roi-format';

export interface OutputTip {
  title: string;
  meaning: string;
  formula: string;
  rule: string;
}

export interface OutputRow<K extends string> {
  key: K;
  label: string;
  value: string;
  /** A line under the value (the cost's split), or ''. */
  detail: string;
  tip: OutputTip;
}

/** The general formula, then why it has no value: "… : coût vaut zéro". */
export function noValue(t: Translate, formula: MessageKey, what: string, fmt: RoiFormat): string {
  return `${t(formula)}\n${zero(t, what, fmt)}`;
}

/** "Non calculable : clics vaut zéro." (the figure's name in lower case, mid-sentence). */
export function zero(t: Translate, what: string, fmt: RoiFormat): string {
  return t('roi.tip.zero', { what: what.toLocaleLowerCase(fmt.locale) });
}

/** One output row; its tip's title is its label. */
export function row<K extends string>(
  key: K,
  label: string,
  value: string,
  tip: Omit<OutputTip, 'title'>,
  detail = '',
): OutputRow<K> {
  return { key, label, value, detail, tip: { title: label, ...tip } };
}
