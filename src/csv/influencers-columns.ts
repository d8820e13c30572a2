// The columns of an influencer sheet file: which header feeds which input field (French and
// English synonyms), which headers are computed columns the sheet recomputes (engagement rate
// above all: each tool defines it its own way, so a rate read from a file would mean nothing
// here), and how the platform and status values are spelled in both languages. How a cell is
// read into a number is influencer-cells.ts.
import type { PipelineStatus, Platform } from '../domain/influencers/model';
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
