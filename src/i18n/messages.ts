// The shape every language must fill, and the one function that turns a key into text.
import type { fr } from './fr';
import type { frClv } from './fr-clv';
import type { frData } from './fr-data';
import type { frImport } from './fr-import';
import type { frClvForecast } from './fr-clv-forecast';
import type { frClvImport } from './fr-clv-import';
import type { frClvMore } from './fr-clv-more';
import type { frClvRfm } from './fr-clv-rfm';
import type { frInfluencers } from './fr-influencers';
import type { frInfluencersBooking } from './fr-influencers-booking';
import type { frLeads } from './fr-leads';
import type { frLeadsCsv } from './fr-leads-csv';
import type { frInfluencersCsv } from './fr-influencers-csv';
import type { frRoi } from './fr-roi';
import type { frRoiModel } from './fr-roi-model';
import type { frLearn } from './fr-learn';
import type { frLearnChannels } from './fr-learn-channels';
import type { frLearnMetrics } from './fr-learn-metrics';
import type { frShare } from './fr-share';
import type { frExamples } from './fr-examples';
import type { frPresent } from './fr-present';

/** Keys of the strings every screen may need: loaded with the app. */
export type BaseMessageKey = keyof typeof fr;
/** Keys of a screen's own strings, loaded with that screen (see roi-catalogue.ts). */
export type ScreenMessageKey =
  | keyof typeof frRoi
  | keyof typeof frRoiModel
  | keyof typeof frClv
  | keyof typeof frClvImport
  | keyof typeof frClvRfm
  | keyof typeof frClvForecast
  | keyof typeof frClvMore
  | keyof typeof frInfluencers
  | keyof typeof frInfluencersCsv
  | keyof typeof frInfluencersBooking
  | keyof typeof frData
  | keyof typeof frImport
  | keyof typeof frLeads
  | keyof typeof frLeadsCsv
  | keyof typeof frLearn
  | keyof typeof frLearnChannels
  | keyof typeof frLearnMetrics
  | keyof typeof frShare
  | keyof typeof frExamples
  | keyof typeof frPresent;
export type MessageKey = BaseMessageKey | ScreenMessageKey;
export type BaseMessages = Record<BaseMessageKey, string>;
export type Messages = Record<MessageKey, string>;
export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<Language, Intl.PluralRules>();
const counts = new Map<Language, Intl.NumberFormat>();

function localeOf(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}

function pluralCategory(language: Language, n: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(localeOf(language));
    pluralRules.set(language, rules);
  }
  return rules.select(n);
}

/** A count as people read it: "100 000" in French, "100,000" in English. */
export function formatCount(language: Language, n: number): string {
  let format = counts.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language));
    counts.set(language, format);
  }
  return format.format(n);
}

/** The end of the {…} group opened at start, braces nested; -1 when it never closes. */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && (depth -= 1) === 0) return i;
  }
  return -1;
}

/** "one {# ligne} other {# lignes}" → { one: '# ligne', other: '# lignes' }. */
function pluralForms(body: string): Map<string, string> {
  const forms = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const close = closingBrace(body, open);
    if (close < 0) break;
    forms.set(body.slice(i, open).trim(), body.slice(open + 1, close));
    i = close + 1;
  }
  return forms;
}

/**
 * A plural group as ICU MessageFormat writes it, a subset: {n, plural, =0 {…} one {…}
 * other {…}}, chosen by Intl.PluralRules (French says "0 ligne", "1 ligne", "2 lignes";
 * English "0 rows", "1 row"), # standing for the count with its locale's grouping.
 */
function fillPlural(
  body: string,
  value: string | number | undefined,
  language: Language,
  params: MessageParams,
): string | null {
  if (typeof value !== 'number') return null;
  const forms = pluralForms(body);
  const form =
    forms.get(`=${value}`) ?? forms.get(pluralCategory(language, value)) ?? forms.get('other');
  if (form === undefined) return null;
  // Placeholders inside a form are filled too; # is this group's count.
  return fillPlaceholders(form.replaceAll('#', formatCount(language, value)), params, language);
}

const PLURAL_HEAD = /^\{(\w+),\s*plural,/;

/**
 * Fills {placeholders} and {n, plural, …} groups; an unknown placeholder stays visible rather
 * than vanishing.
 */
export function fillPlaceholders(
  template: string,
  params: MessageParams = {},
  language: Language = 'fr',
): string {
  let out = '';
  let i = 0;
  for (let open = template.indexOf('plural,'); open >= 0; open = template.indexOf('plural,', i)) {
    const start = template.lastIndexOf('{', open);
    const head = start >= i ? PLURAL_HEAD.exec(template.slice(start, open + 7)) : null;
    const close = head ? closingBrace(template, start) : -1;
    if (!head || close < 0) break;
    const body = template.slice(start + head[0].length, close);
    const filled = fillPlural(body, params[head[1] ?? ''], language, params);
    out +=
      fillSimple(template.slice(i, start), params) + (filled ?? template.slice(start, close + 1));
    i = close + 1;
  }
  return out + fillSimple(template.slice(i), params);
}

function fillSimple(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** French when the browser's first language is French, English otherwise. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  const first = browserLanguages[0]?.toLowerCase() ?? 'fr';
  return first.startsWith('fr') ? 'fr' : 'en';
}
