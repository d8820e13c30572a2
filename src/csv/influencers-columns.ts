// The columns of an influencer sheet file: which header feeds which input field (French and
// English synonyms), which headers are computed columns the sheet recomputes (engagement rate
// above all: each tool defines it its own way, so a rate read from a file would mean nothing
// here), how the platform and status values are spelled in both languages, and how a cell
// is read into a number.
import type { PipelineStatus, Platform } from '../domain/influencers/model';
import {
  decimalToNumber,
  digitsToNumber,
  parseDecimal,
  type DecimalSeparator,
} from '../domain/number-parse';
import { orderHeaderKey } from './orders-columns';
import { textKey } from './text-key';

/** The input fields a file may hold, in the order the export writes them. */
export const INFLUENCER_CSV_FIELDS = [
  'name',
  'handle',
  'platform',
  'followers',
  'avgLikes',
  'avgComments',
  'avgShares',
  'avgViews',
  'impressions',
  'pricePost',
  'priceStory',
  'priceVideo',
  'niche',
  'audienceMatch',
  'realFollowerShare',
  'promoCode',
  'attributedOrders',
  'attributedRevenue',
  'status',
  'notes',
] as const;

export type InfluencerCsvField = (typeof INFLUENCER_CSV_FIELDS)[number];

/** Without these the file cannot be read at all. */
export const REQUIRED_INFLUENCER_FIELDS: readonly InfluencerCsvField[] = [
  'name',
  'platform',
  'followers',
];

/** How a field's cells are read. */
export type CellKind = 'text' | 'platform' | 'status' | 'count' | 'average' | 'money' | 'share';

export const FIELD_KINDS: Readonly<Record<InfluencerCsvField, CellKind>> = {
  name: 'text',
  handle: 'text',
  platform: 'platform',
  followers: 'count',
  avgLikes: 'average',
  avgComments: 'average',
  avgShares: 'average',
  avgViews: 'average',
  impressions: 'average',
  pricePost: 'money',
  priceStory: 'money',
  priceVideo: 'money',
  niche: 'text',
  audienceMatch: 'share',
  realFollowerShare: 'share',
  promoCode: 'text',
  attributedOrders: 'count',
  attributedRevenue: 'money',
  status: 'status',
  notes: 'text',
};

// Compared through influencerHeaderKey: case, accents, units in brackets, currency signs and
// punctuation do not count ("Prix du post (€)" is "prix du post", "Partages/Enregistrements"
// is "partages enregistrements"). The export's own headers are among them (round trip).
const SYNONYMS: Record<InfluencerCsvField, readonly string[]> = {
  name: ['nom', 'name', 'influenceur', 'influenceuse', 'influencer', 'nom complet', 'full name'],
  handle: ['pseudo', 'handle', '@', 'compte', 'account', 'username', 'identifiant', 'user name'],
  platform: ['plateforme', 'platform', 'réseau', 'réseau social', 'network', 'social network'],
  followers: ['abonnés', 'followers', 'abonnes', 'nombre d’abonnés', 'audience', 'subscribers'],
  avgLikes: [
    "j'aime moyens",
    "j'aime",
    'likes moyens',
    'likes',
    'avg likes',
    'average likes',
    'mentions j’aime',
  ],
  avgComments: [
    'commentaires moyens',
    'commentaires',
    'comments',
    'avg comments',
    'average comments',
  ],
  avgShares: [
    'partages enregistrements',
    'partages',
    'enregistrements',
    'shares saves',
    'shares',
    'saves',
    'avg shares',
  ],
  avgViews: [
    'vues portée',
    'vues',
    'portée',
    'vues moyennes',
    'views reach',
    'views',
    'reach',
    'avg views',
    'average views',
  ],
  impressions: ['impressions', 'impressions moyennes', 'avg impressions'],
  pricePost: ['prix du post', 'prix post', 'tarif post', 'post price', 'price per post', 'prix'],
  priceStory: ['prix de la story', 'prix story', 'tarif story', 'story price', 'price per story'],
  priceVideo: ['prix de la vidéo', 'prix vidéo', 'tarif vidéo', 'video price', 'price per video'],
  niche: ['niche', 'thématique', 'thème', 'catégorie', 'topic', 'category'],
  audienceMatch: ['affinité audience', 'affinité', 'audience match', 'match audience', 'affinity'],
  realFollowerShare: [
    'vrais abonnés',
    'abonnés réels',
    'real followers',
    'audience quality',
    'qualité audience',
  ],
  promoCode: ['code promo', 'promo code', 'code', 'coupon'],
  attributedOrders: ['commandes attribuées', 'commandes', 'attributed orders', 'orders'],
  attributedRevenue: [
    'ca attribué',
    "chiffre d'affaires attribué",
    'ca',
    'revenu attribué',
    'attributed revenue',
    'revenue',
  ],
  status: ['statut', 'status', 'étape', 'pipeline', 'stage'],
  notes: ['notes', 'note', 'remarques', 'remarks'],
};

/** Why a column of the file is not imported. */
export type IgnoredReason =
  /** An engagement rate: computed by the sheet, with a formula it names. */
  | 'computed-engagement'
  /** Another computed column (tier, CPE, score…): the sheet recomputes it. */
  | 'computed'
  /** A second column for a field already fed by an earlier one. */
  | 'duplicate'
  | 'unknown';

// Headers (keys) naming an engagement rate, whatever else follows them ("ER médiane(…)/…").
const ENGAGEMENT_PREFIXES = [
  "taux d'engagement",
  'taux engagement',
  'engagement rate',
  'engagement',
  'er',
];
// First words of the other computed columns, as the export (and the usual tools) write them.
const COMPUTED_WORDS = new Set([
  'palier',
  'tier',
  'cpe',
  'cpm',
  'cpv',
  'emv',
  'vme',
  'roi',
  'roas',
  'score',
  'rang',
  'rank',
  'alertes',
  'flags',
  'formule',
  'formula',
]);

/** A header as compared with the synonyms: orderHeaderKey, a "%" unit left out too. */
export function influencerHeaderKey(header: string): string {
  return orderHeaderKey(header.replace(/@/g, ' @ ').replace(/%/g, ' '));
}

const BY_KEY = new Map<string, InfluencerCsvField>();
for (const field of INFLUENCER_CSV_FIELDS) {
  for (const word of SYNONYMS[field]) {
    const key = influencerHeaderKey(word);
    if (!BY_KEY.has(key)) BY_KEY.set(key, field);
  }
}
const ENGAGEMENT_KEYS = ENGAGEMENT_PREFIXES.map(influencerHeaderKey);

/** The field a header names, or why it is not imported (never 'duplicate': see mapHeader). */
export function classifyHeader(header: string): InfluencerCsvField | IgnoredReason {
  const key = influencerHeaderKey(header);
  const field = BY_KEY.get(key);
  if (field) return field;
  if (ENGAGEMENT_KEYS.some((prefix) => key === prefix || key.startsWith(`${prefix} `))) {
    return 'computed-engagement';
  }
  const first = key.split(' ')[0] ?? '';
  if (COMPUTED_WORDS.has(first)) return 'computed';
  return 'unknown';
}

export interface FoundColumn {
  field: InfluencerCsvField;
  index: number;
  /** As the file writes it. */
  header: string;
}

export interface IgnoredColumn {
  index: number;
  header: string;
  reason: IgnoredReason;
}

export interface HeaderMap {
  found: FoundColumn[];
  ignored: IgnoredColumn[];
}

/** The columns a header row names: the leftmost one per field; the others ignored with why. */
export function mapInfluencerHeader(header: readonly string[]): HeaderMap {
  const found: FoundColumn[] = [];
  const ignored: IgnoredColumn[] = [];
  const taken = new Set<InfluencerCsvField>();
  header.forEach((cell, index) => {
    const text = cell.trim();
    if (text === '') return;
    const kind = classifyHeader(text);
    if (isField(kind)) {
      if (taken.has(kind)) ignored.push({ index, header: text, reason: 'duplicate' });
      else {
        taken.add(kind);
        found.push({ field: kind, index, header: text });
      }
    } else ignored.push({ index, header: text, reason: kind });
  });
  return { found, ignored };
}

function isField(value: string): value is InfluencerCsvField {
  return (INFLUENCER_CSV_FIELDS as readonly string[]).includes(value);
}

// The values of the platform and status columns: the names the export writes (French or
// English, see PLATFORM_NAMES and STATUS_NAMES) and the usual other spellings.
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  x: 'X',
  twitch: 'Twitch',
  pinterest: 'Pinterest',
  blog: 'Blog',
};

const PLATFORM_SYNONYMS: Record<Platform, readonly string[]> = {
  instagram: ['instagram', 'insta', 'ig'],
  tiktok: ['tiktok', 'tik tok'],
  youtube: ['youtube', 'yt'],
  linkedin: ['linkedin'],
  x: ['x', 'twitter', 'x twitter', 'x (twitter)', 'twitter x'],
  twitch: ['twitch'],
  pinterest: ['pinterest'],
  blog: ['blog', 'blogue', 'site', 'website', 'site web'],
};

export const STATUS_NAMES: Readonly<Record<'fr' | 'en', Record<PipelineStatus, string>>> = {
  fr: {
    'to-contact': 'À contacter',
    contacted: 'Contacté',
    negotiating: 'En négociation',
    booked: 'Réservé',
    published: 'Publié',
  },
  en: {
    'to-contact': 'To contact',
    contacted: 'Contacted',
    negotiating: 'Negotiating',
    booked: 'Booked',
    published: 'Published',
  },
};

const STATUS_SYNONYMS: Record<PipelineStatus, readonly string[]> = {
  'to-contact': ['à contacter', 'a contacter', 'to contact', 'to-contact', 'prospect', 'nouveau'],
  contacted: ['contacté', 'contactée', 'contacted'],
  negotiating: ['en négociation', 'négociation', 'negotiating', 'negotiation', 'en cours'],
  booked: ['réservé', 'réservée', 'booked', 'signé', 'confirmé'],
  published: ['publié', 'publiée', 'published', 'posted'],
};

const valueKey = (text: string) =>
  textKey(text)
    .replace(/[()/_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function lookup<T extends string>(synonyms: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(synonyms) as [T, readonly string[]][]) {
    for (const word of words) map.set(valueKey(word), value);
  }
  return map;
}

const PLATFORMS_BY_KEY = lookup(PLATFORM_SYNONYMS);
const STATUSES_BY_KEY = lookup(STATUS_SYNONYMS);

// A column holds a few distinct values thousands of times: each is keyed once (NFD is slow).
const MEMO_LIMIT = 1000;

function memoised<T>(byKey: ReadonlyMap<string, T>): (cell: string) => T | null {
  const seen = new Map<string, T | null>();
  return (cell) => {
    const known = seen.get(cell);
    if (known !== undefined) return known;
    const value = byKey.get(valueKey(cell)) ?? null;
    if (seen.size < MEMO_LIMIT) seen.set(cell, value);
    return value;
  };
}

/** The platform a cell names, in either language; null when it names none. */
export const readPlatform: (cell: string) => Platform | null = memoised(PLATFORMS_BY_KEY);

/** The pipeline status a cell names, in either language; null when it names none. */
export const readStatus: (cell: string) => PipelineStatus | null = memoised(STATUSES_BY_KEY);

export type NumberRefusal = 'not-a-number' | 'not-whole';

export type NumberRead = { ok: true; value: number } | { ok: false; code: NumberRefusal };

// A count written the way the tools show it: "12,5k", "12.5K", "1,2 M", "1.2M". With a suffix
// the single mark is a decimal whatever the file's separator ("1,234k" is no way to write a
// count), and the value is computed from the digits, so 1,2 M is exactly 1 200 000.
const SUFFIXED = /^(\d+)(?:[.,](\d+))?\s*([kKmM])$/;
const SUFFIX_DIGITS: Record<string, number> = { k: 3, m: 6 };

function suffixed(cell: string): number | null {
  const match = SUFFIXED.exec(cell.trim());
  if (!match) return null;
  const [, integer = '', fraction = '', suffix = 'k'] = match;
  const scale = SUFFIX_DIGITS[suffix.toLowerCase()] ?? 3;
  if (integer.length + scale > 15) return null;
  if (fraction.length <= scale) return digitsToNumber(integer + fraction.padEnd(scale, '0'));
  return digitsToNumber(integer + fraction) / 10 ** (fraction.length - scale);
}

// The usual cells ("12500", "12 500", "4,5", "1 234,50") read without parseDecimal's regular
// expressions, exactly as it reads them: 10 000 rows of twenty cells are read four times
// faster. A mark other than the file's decimal (thousands grouping, ambiguity) goes the slow
// way, which knows every rule.
const FAST_DECIMAL = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,15})(?:([.,])(\d{1,15}))?$/;
const GROUP_SPACES = /[ \u00a0\u202f]/g;
const TRAILING_SIGN = /^(.*?)[ \u00a0\u202f]*[€$£]$/;
const TRAILING_PERCENT = /^(.*?)[ \u00a0\u202f]*%$/;

/** The digits before and after the decimal of a plain cell; null for anything else. */
function fastDecimal(
  cell: string,
  decimal: DecimalSeparator,
): { integer: string; fraction: string } | null {
  const match = FAST_DECIMAL.exec(cell);
  if (!match) return null;
  const [, integer = '', mark, fraction = ''] = match;
  if (mark !== undefined && mark !== decimal) return null;
  const digits = integer.replace(GROUP_SPACES, '');
  // Fifteen digits at most: their integer is exact, one division by 10ⁿ rounds correctly.
  if (digits.length + fraction.length > 15) return null;
  return { integer: digits, fraction };
}

const valueOfDigits = (integer: string, fraction: string, shift = 0) =>
  digitsToNumber(integer + fraction) / 10 ** (fraction.length + shift);

/**
 * Money in cents as parseMoney reads it, a plain cell with a trailing currency sign or none
 * read fast; null hands the cell to parseMoney.
 */
export function fastCents(cell: string, decimal: DecimalSeparator): number | null {
  const body = TRAILING_SIGN.exec(cell)?.[1] ?? cell;
  const plain = fastDecimal(body, decimal);
  if (!plain || plain.fraction.length > 2 || plain.integer.length > 13) return null;
  return digitsToNumber(plain.integer + plain.fraction.padEnd(2, '0'));
}

/**
 * A count or an average in the file's decimal style: "12 500", "12500", "12,5k", "1,2 M"
 * (suffixes accepted for every count, since the platforms show views and likes that way too);
 * negative values read (validation refuses them with their own reason). Never NaN.
 */
export function readNumberCell(cell: string, decimal: DecimalSeparator): NumberRead {
  const plain = fastDecimal(cell.trim(), decimal);
  if (plain) return { ok: true, value: valueOfDigits(plain.integer, plain.fraction) };
  const fromSuffix = suffixed(cell);
  if (fromSuffix !== null) return { ok: true, value: fromSuffix };
  const parsed = parseDecimal(cell, decimal);
  if (!parsed.ok || parsed.value.percent || parsed.value.currency !== null) {
    return { ok: false, code: 'not-a-number' };
  }
  const value = decimalToNumber(parsed.value);
  return value === null ? { ok: false, code: 'not-a-number' } : { ok: true, value };
}

/**
 * A share: "85 %" and "0,85" are both 85 %; a bare number above 1 and up to 100 ("85") is
 * read as a percent too, since a share cannot exceed 1 and the header says "(%)".
 */
export function readShareCell(cell: string, decimal: DecimalSeparator): NumberRead {
  const trimmed = cell.trim();
  const percentBody = TRAILING_PERCENT.exec(trimmed)?.[1];
  const plain = fastDecimal(percentBody ?? trimmed, decimal);
  if (plain) {
    const bare = valueOfDigits(plain.integer, plain.fraction);
    const asPercent = percentBody !== undefined || (bare > 1 && bare <= 100);
    return { ok: true, value: asPercent ? valueOfDigits(plain.integer, plain.fraction, 2) : bare };
  }
  const parsed = parseDecimal(cell, decimal);
  if (!parsed.ok || parsed.value.currency !== null) return { ok: false, code: 'not-a-number' };
  const value = decimalToNumber(parsed.value);
  if (value === null) return { ok: false, code: 'not-a-number' };
  const bare = !parsed.value.percent && value > 1 && value <= 100;
  return { ok: true, value: bare ? value / 100 : value };
}

/** Whether a cell is a count with a k/M suffix (its mark is a decimal whatever the file's). */
export function hasCountSuffix(cell: string): boolean {
  return SUFFIXED.test(cell.trim());
}
