// The shape every computed figure takes on screen (label, value, info tip), shared by the
// simulators' outputs (ROI, CLV), and the helper that builds one.

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
