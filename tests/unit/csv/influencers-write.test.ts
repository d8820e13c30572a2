// The influencer CSV export: every input column then the computed ones, engagement headers
// naming their formula, the plan's locale, formulas neutralised, and a round trip (export,
// then import) that gives back the same inputs.
import { describe, expect, it } from 'vitest';
import { readInfluencersCsv } from '../../../src/csv/influencers-read';
import { INFLUENCER_CSV_FIELDS } from '../../../src/csv/influencers-columns';
import { writeInfluencersCsv, type InfluencerCsvLabels } from '../../../src/csv/influencers-write';
import { parseCsvText } from '../../../src/csv/parse';
import { emptyChecklist } from '../../../src/domain/influencers/disclosure';
import type { Influencer } from '../../../src/domain/influencers/model';
import { computeSheet } from '../../../src/domain/influencers/sheet';
import { TIERS } from '../../../src/domain/influencers/tiers';
import { toCents } from '../../../src/domain/money';
import { translate, type Language, type MessageKey } from '../../../src/i18n';
import '../../../src/i18n/influencers-catalogue';

const FLAG_CODES = [
  'low-engagement',
  'likes-comments-ratio',
  'few-real-followers',
  'price-above-range',
  'missing-disclosure',
  'implausible-likes',
] as const;

/** The headers as the screen builds them from its strings. */
function labels(language: Language, currency = 'EUR'): InfluencerCsvLabels {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key as MessageKey, params);
  const sign = currency === 'EUR' ? '€' : currency;
  const h = (name: string) => t(`influencers.csv.h.${name}`, { currency: sign });
  return {
    inputs: Object.fromEntries(
      INFLUENCER_CSV_FIELDS.map((f) => [f, h(f)]),
    ) as InfluencerCsvLabels['inputs'],
    computed: {
      tier: h('tier'),
      formulaByFollowers: h('formulaByFollowers'),
      formulaByViews: h('formulaByViews'),
      cpe: h('cpe'),
      cpm: h('cpm'),
      cpv: h('cpv'),
      emv: h('emv'),
      roi: h('roi'),
      roas: h('roas'),
      score: h('score'),
      rank: h('rank'),
      flags: h('flags'),
    },
    engagementHeader: (formula) =>
      t('influencers.csv.h.engagement', {
        statistic: t(`influencers.csv.f.${formula.statistic}`),
        interactions: t(`influencers.csv.f.${formula.interactions}`),
        denominator: t(`influencers.csv.f.${formula.denominator}`),
      }),
    tiers: Object.fromEntries(
      TIERS.map((x) => [x, t(`influencers.csv.tier.${x}`)]),
    ) as InfluencerCsvLabels['tiers'],
    flags: Object.fromEntries(
      FLAG_CODES.map((x) => [x, t(`influencers.csv.flag.${x}`)]),
    ) as InfluencerCsvLabels['flags'],
  };
}

function influencer(fields: Partial<Influencer>): Influencer {
  return {
    id: 'i1',
    planId: 'p1',
    name: 'Léa',
    handle: '@lea',
    platform: 'instagram',
    followers: 12_500,
    avgLikes: 480,
    avgComments: 35.5,
    avgShares: null,
    avgViews: 5000,
    impressions: 9000,
    pricePost: toCents(25_050),
    priceStory: null,
    priceVideo: toCents(40_000),
    niche: 'Beauté; soin',
    audienceMatch: 0.855,
    realFollowerShare: 0.9,
    promoCode: 'LEA10',
    attributedOrders: 12,
    attributedRevenue: toCents(123_450),
    disclosure: emptyChecklist(),
    status: 'contacted',
    notes: 'Ligne 1\nLigne 2 "citée"',
    posts: [],
    bookedMonth: null,
    bookedCost: null,
    ...fields,
  };
}

const ROWS: Influencer[] = [
  influencer({}),
  influencer({
    id: 'i2',
    name: '=HYPERLINK("http://evil")',
    handle: '+33612345678',
    platform: 'x',
    followers: 1_200_000,
    avgLikes: null,
    avgComments: null,
    avgViews: null,
    impressions: null,
    pricePost: null,
    priceVideo: null,
    niche: '',
    audienceMatch: null,
    realFollowerShare: null,
    promoCode: '',
    attributedOrders: null,
    attributedRevenue: null,
    status: 'booked',
    notes: '',
  }),
  influencer({
    id: 'i3',
    name: '<img src=x onerror=alert(1)>',
    platform: 'blog',
    status: 'published',
  }),
];

function exported(locale: string, rows: Influencer[] = ROWS): string {
  return writeInfluencersCsv(rows, computeSheet(rows), {
    locale,
    labels: labels(locale.startsWith('fr') ? 'fr' : 'en'),
  });
}

describe('writeInfluencersCsv', () => {
  it('writes French files with ";", decimal commas, a BOM and CRLF', () => {
    const text = exported('fr-FR');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const { rows } = parseCsvText(text.slice(1), ';');
    const header = rows[0] ?? [];
    expect(header.slice(0, 4)).toEqual(['Nom', 'Pseudo', 'Plateforme', 'Abonnés']);
    const lea = rows[1] ?? [];
    expect(lea[header.indexOf('Prix du post (€)')]).toBe('250,50');
    expect(lea[header.indexOf('Commentaires moyens')]).toBe('35,5');
    expect(lea[header.indexOf('Statut')]).toBe('Contacté');
    expect(lea[header.indexOf('Palier')]).toBe('Micro');
  });

  it('names the formula in each engagement header and gives each row its formula id', () => {
    const { rows } = parseCsvText(exported('fr-FR').slice(1), ';');
    const header = rows[0] ?? [];
    const lea = rows[1] ?? [];
    const byFollowers = header.indexOf('ER moyenne(j’aime+commentaires)/abonnés (%)');
    expect(byFollowers).toBeGreaterThan(0);
    // (480 + 35,5) / 12 500 = 4,124 %
    expect(lea[byFollowers]).toBe('4,12');
    expect(lea[header.indexOf('Formule ER abonnés')]).toBe('mean(likes+comments)/followers');
    const byViews = header.indexOf('ER moyenne(j’aime+commentaires)/vues (%)');
    expect(lea[byViews]).toBe('10,31');
    for (const name of [
      'CPE (€ par interaction)',
      'CPM (€ pour 1 000 impressions)',
      'EMV estimée (€)',
      'ROI (rapport)',
      'Score (0 à 100)',
      'Rang',
      'Alertes',
    ]) {
      expect(header).toContain(name);
    }
    // 250,50 € ÷ 9 000 impressions × 1 000
    expect(lea[header.indexOf('CPM (€ pour 1 000 impressions)')]).toBe('27,8333');
  });

  it('writes a median header when the rows use their last posts', () => {
    const posts = [1, 2, 3].map((n) => ({
      likes: 100 * n,
      comments: 10,
      shares: null,
      views: 1000,
    }));
    const rows = [influencer({ posts })];
    const text = exported('en-GB', rows);
    const header = parseCsvText(text.slice(1), ',').rows[0] ?? [];
    expect(header).toContain('ER median(likes+comments)/followers (%)');
  });

  it('neutralises a formula in a name and never writes NaN or Infinity', () => {
    const text = exported('fr-FR');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain("'+33612345678");
    expect(text).not.toMatch(/NaN|Infinity/);
    // Computed figures that cannot be computed are empty cells.
    const { rows } = parseCsvText(text.slice(1), ';');
    const header = rows[0] ?? [];
    expect(rows[2]?.[header.indexOf('CPE (€ par interaction)')]).toBe('');
  });

  it.each(['fr-FR', 'en-GB', 'en-US'])(
    'round trip in %s: the import gives back the same inputs',
    (locale) => {
      const text = exported(locale);
      const read = readInfluencersCsv(text.slice(1), { locale });
      expect(read.problems).toEqual([]);
      const inputs = ROWS.map(({ id: _id, planId: _planId, ...rest }) => rest);
      expect(read.influencers).toEqual(inputs);
      // Every computed column is recognised as such and left out.
      expect(read.ignored.map((c) => c.reason)).toEqual([
        'computed',
        'computed-engagement',
        'computed',
        'computed-engagement',
        'computed',
        'computed',
        'computed',
        'computed',
        'computed',
        'computed',
        'computed',
        'computed',
        'computed',
        'computed',
      ]);
    },
  );
});
