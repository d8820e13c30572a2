// The shape every computed figure takes on screen (label, value, info tip), shared by the
// simulators' outputs (ROI, CLV), and the helpers that build one and link it to the Learn page.
import type { LearnEntryId } from '../state/figure-link';

export interface OutputTip {
  title: string;
  meaning: string;
  formula: string;
  rule: string;
  /** The Learn page's entry the tip links to. */
  learn?: LearnEntryId;
}

export interface OutputRow<K extends string> {
  key: K;
  label: string;
  value: string;
  /** A line under the value (the cost's split), or ''. */
  detail: string;
  tip: OutputTip;
  /** Where a Learn entry's link lands (`data-figure`), for the rows that are one. */
  figure?: string;
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

/** The row with its tip linked to a Learn entry, and marked as where that entry's link lands. */
export function linked<K extends string>(
  output: OutputRow<K>,
  learn: LearnEntryId,
  figure?: string,
): OutputRow<K> {
  return { ...output, ...(figure ? { figure } : {}), tip: { ...output.tip, learn } };
}
