// Texts a screen may show without going through src/i18n: the same word in French and in
// English, each with why. Shared by the unit test that reads every template
// (tests/unit/i18n/template-text.test.ts) and the browser test that walks every screen in
// both languages (tests/e2e/languages.test.ts), so that one decision covers both.

export interface Allowed {
  text: string;
  reason: string;
}

/** Words that read the same in both languages, wherever they appear. */
export const SAME_IN_BOTH: readonly Allowed[] = [
  { text: 'Mixplan', reason: 'the brand name' },
  { text: 'ROI', reason: 'return on investment: the acronym French marketers use too' },
  { text: 'CLV', reason: 'customer lifetime value: the acronym French marketers use too' },
  { text: 'CSV', reason: 'the file format' },
  { text: 'CPM', reason: 'cost per mille: the acronym French media buyers use too' },
  { text: 'ER', reason: 'engagement rate: the acronym French influencer agencies use too' },
  { text: 'Leads', reason: 'the word French B2B marketers use (nav.leads says it in both)' },
  { text: 'P10', reason: 'a percentile, written the same in both languages' },
  { text: 'P50', reason: 'a percentile, written the same in both languages' },
  { text: 'P90', reason: 'a percentile, written the same in both languages' },
  { text: 'i', reason: 'the info tip glyph; its button is named by a translated aria-label' },
  { text: 'Français', reason: 'a language named in itself, as language pickers do' },
  { text: 'English', reason: 'a language named in itself, as language pickers do' },
];

/**
 * Literal texts in a template that should go through src/i18n but sit in a file someone
 * else is editing: listed here until that file is fixed. `file` is relative to the
 * repository root.
 */
export const TODO_IN_TEMPLATES: readonly (Allowed & { file: string })[] = [];

const allowed = new Set(SAME_IN_BOTH.map((entry) => entry.text));

/** Whether the text is allowed in any file and in both languages. */
export function sameInBoth(text: string): boolean {
  return allowed.has(text.trim());
}
