// The influencer CSV reader: French and English files, header synonyms, the engagement rate
// column left out with its reason, every bad input refused at its line with the cell as
// written, hostile text kept as text, and no figure ever NaN.
import { describe, expect, it } from 'vitest';
import { readNumberCell, readShareCell } from '../../../src/csv/influencer-cells';
import { classifyHeader } from '../../../src/csv/influencers-columns';
import { readInfluencersCsv, type InfluencersReadResult } from '../../../src/csv/influencers-read';

const FRENCH = [
  "Nom;Pseudo;Plateforme;Abonnés;J'aime moyens;Commentaires;Partages/Enregistrements;Vues/Portée;Impressions;Prix du post (€);Prix de la story;Prix de la vidéo;Thématique;Affinité audience (%);Vrais abonnés (%);Code promo;Commandes attribuées;CA attribué;Statut;Notes;Taux d'engagement",
  'Léa Martin;@lea;Instagram;12 500;480;35;12;5 000;9 000;250,00 €;80;400;Beauté;85 %;0,9;LEA10;12;1 234,50 €;Contactée;Très réactive;4,1 %',
  'Tom;@tom;TikTok;12,5k;1 000;20;;20 000;;150;;;Sport;70;;;;;Réservé;;8 %',
].join('\r\n');

const ENGLISH = [
  'Name,Handle,Platform,Followers,Avg likes,Comments,Shares,Reach,Post price,Niche,Audience match,Real followers,Promo code,Status,Engagement rate',
  'Ana,@ana,YouTube,"1,200,000",30000,900,100,250000,"1,500.50",Tech,0.6,0.95,ANA,Negotiating,2.5%',
  'Bob,@bob,X/Twitter,1.2M,2000,100,,,300,News,,,,Published,',
].join('\n');

function read(text: string, locale = 'fr-FR'): InfluencersReadResult {
  return readInfluencersCsv(text, { locale });
}

function noNaN(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (value && typeof value === 'object') Object.values(value).forEach(noNaN);
}

describe('readInfluencersCsv: French files', () => {
  const result = read(FRENCH);

  it('reads every input column by its French synonym', () => {
    expect(result.delimiter).toBe(';');
    expect(result.problems).toEqual([]);
    expect(result.found.map((c) => c.field)).toEqual([
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
    ]);
    const [lea, tom] = result.influencers;
    expect(lea).toMatchObject({
      name: 'Léa Martin',
      handle: '@lea',
      platform: 'instagram',
      followers: 12_500,
      avgLikes: 480,
      avgComments: 35,
      avgShares: 12,
      avgViews: 5000,
      impressions: 9000,
      pricePost: 25_000,
      priceStory: 8000,
      priceVideo: 40_000,
      niche: 'Beauté',
      audienceMatch: 0.85,
      realFollowerShare: 0.9,
      promoCode: 'LEA10',
      attributedOrders: 12,
      attributedRevenue: 123_450,
      status: 'contacted',
      notes: 'Très réactive',
      posts: [],
      bookedMonth: null,
      bookedCost: null,
    });
    expect(tom).toMatchObject({
      platform: 'tiktok',
      followers: 12_500,
      avgShares: null,
      impressions: null,
      pricePost: 15_000,
      audienceMatch: 0.7,
      status: 'booked',
    });
    expect(result.lines).toEqual([2, 3]);
    expect(result.decimalSeparator).toBe(',');
    noNaN(result);
  });

  it('leaves the engagement rate out, saying it is computed', () => {
    expect(result.ignored).toEqual([
      { index: 20, header: "Taux d'engagement", reason: 'computed-engagement' },
    ]);
    expect(result.influencers[0]).not.toHaveProperty('engagementRate');
  });
});

describe('readInfluencersCsv: English files', () => {
  const result = read(ENGLISH, 'en-GB');

  it('reads English headers, values and number style', () => {
    expect(result.delimiter).toBe(',');
    expect(result.problems).toEqual([]);
    expect(result.decimalSeparator).toBe('.');
    const [ana, bob] = result.influencers;
    expect(ana).toMatchObject({
      platform: 'youtube',
      followers: 1_200_000,
      avgViews: 250_000,
      pricePost: 150_050,
      audienceMatch: 0.6,
      realFollowerShare: 0.95,
      status: 'negotiating',
    });
    expect(bob).toMatchObject({ platform: 'x', followers: 1_200_000, status: 'published' });
    expect(result.ignored.map((c) => c.reason)).toEqual(['computed-engagement']);
    noNaN(result);
  });
});

describe('header synonyms', () => {
  it.each([
    ['Name', 'name'],
    ['@', 'handle'],
    ['Handle', 'handle'],
    ['Plateforme', 'platform'],
    ['ABONNÉS', 'followers'],
    ['Avg likes', 'avgLikes'],
    ['J’aime moyens', 'avgLikes'],
    ['Shares/Saves', 'avgShares'],
    ['Enregistrements', 'avgShares'],
    ['Views', 'avgViews'],
    ['Portée', 'avgViews'],
    ['Prix de la story (€)', 'priceStory'],
    ['Post price', 'pricePost'],
    ['Niche', 'niche'],
    ['Audience match (%)', 'audienceMatch'],
    ['Real followers (%)', 'realFollowerShare'],
    ['Revenue', 'attributedRevenue'],
    ['Status', 'status'],
    ['ER', 'computed-engagement'],
    ['Engagement rate', 'computed-engagement'],
    ["ER médiane(j'aime+commentaires)/abonnés (%)", 'computed-engagement'],
    ['CPM (€)', 'computed'],
    ['Couleur préférée', 'unknown'],
  ])('%s → %s', (header, expected) => {
    expect(classifyHeader(header)).toBe(expected);
  });

  it('keeps the first of two columns for one field and says why the other is left out', () => {
    const result = read('Nom;Plateforme;Abonnés;Followers\nA;Instagram;1000;2000');
    expect(result.influencers[0]?.followers).toBe(1000);
    expect(result.ignored).toEqual([{ index: 3, header: 'Followers', reason: 'duplicate' }]);
  });
});

describe('numbers', () => {
  it('reads counts with spaces and k/M suffixes, exactly', () => {
    expect(readNumberCell('12 500', ',')).toEqual({ ok: true, value: 12_500 });
    expect(readNumberCell('12500', '.')).toEqual({ ok: true, value: 12_500 });
    expect(readNumberCell('12,5k', '.')).toEqual({ ok: true, value: 12_500 });
    expect(readNumberCell('12.5K', ',')).toEqual({ ok: true, value: 12_500 });
    expect(readNumberCell('1,2 M', ',')).toEqual({ ok: true, value: 1_200_000 });
    expect(readNumberCell('douze', ',')).toEqual({ ok: false, code: 'not-a-number' });
  });

  it('reads shares written as percents or fractions', () => {
    expect(readShareCell('85 %', ',')).toEqual({ ok: true, value: 0.85 });
    expect(readShareCell('0,85', ',')).toEqual({ ok: true, value: 0.85 });
    expect(readShareCell('85', ',')).toEqual({ ok: true, value: 0.85 });
  });
});

describe('bad input: refused at its line, with the cell as written', () => {
  const HEADER = "Nom;Plateforme;Abonnés;J'aime moyens;Prix du post;Statut";

  function problemsOf(row: string) {
    const result = read(`${HEADER}\n${row}`);
    expect(result.influencers).toEqual([]);
    noNaN(result);
    return result.problems.map(({ line, column, code, value }) => ({ line, column, code, value }));
  }

  it('followers missing', () => {
    expect(problemsOf('A;Instagram;;10;;')).toEqual([
      { line: 2, column: 'Abonnés', code: 'missing-followers', value: '' },
    ]);
  });

  it('followers not a number', () => {
    expect(problemsOf('A;Instagram;beaucoup;10;;')).toEqual([
      { line: 2, column: 'Abonnés', code: 'not-a-number', value: 'beaucoup' },
    ]);
  });

  it('followers with decimals', () => {
    expect(problemsOf('A;Instagram;12,5;10;;')).toEqual([
      { line: 2, column: 'Abonnés', code: 'not-whole', value: '12,5' },
    ]);
  });

  it('a negative price', () => {
    expect(problemsOf('A;Instagram;1000;10;-50 €;')).toEqual([
      { line: 2, column: 'Prix du post', code: 'negative', value: '-50 €' },
    ]);
  });

  it('likes above followers × 10, with the limit', () => {
    const result = read(`${HEADER}\nA;Instagram;100;1001;;`);
    expect(result.problems).toEqual([
      {
        line: 2,
        column: "J'aime moyens",
        field: 'avgLikes',
        code: 'likes-above-followers',
        value: '1001',
        limit: 1000,
      },
    ]);
  });

  it('an unknown platform and an unknown status', () => {
    expect(problemsOf('A;Myspace;1000;10;;Peut-être')).toEqual([
      { line: 2, column: 'Plateforme', code: 'unknown-platform', value: 'Myspace' },
      { line: 2, column: 'Statut', code: 'unknown-status', value: 'Peut-être' },
    ]);
  });

  it('a missing name', () => {
    expect(problemsOf(';Instagram;1000;10;;')).toEqual([
      { line: 2, column: 'Nom', code: 'missing-name', value: '' },
    ]);
  });

  it('an unclosed quote refuses its line only', () => {
    const result = read(`${HEADER}\n"A;Instagram;1000;10;;\nB;TikTok;2000;20;;`);
    expect(result.problems.map((p) => [p.line, p.code, p.column])).toEqual([
      [2, 'unclosed-quote', null],
    ]);
    expect(result.influencers.map((i) => i.name)).toEqual(['B']);
    expect(result.lines).toEqual([3]);
  });

  it('a file without a required column says which', () => {
    const result = read('Nom;Plateforme\nA;Instagram');
    expect(result.influencers).toEqual([]);
    expect(result.problems).toEqual([
      { line: 1, column: 'followers', field: 'followers', code: 'missing-column', value: '' },
    ]);
  });

  it('reports every problem of a row, line by line, and keeps the good rows', () => {
    const result = read(
      `${HEADER}\nA;Instagram;1000;10;100;\nB;Myspace;x;10;-1;\nC;TikTok;5000;10;;`,
    );
    expect(result.influencers.map((i) => i.name)).toEqual(['A', 'C']);
    expect(result.rowCount).toBe(3);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'unknown-platform'],
      [3, 'not-a-number'],
      [3, 'negative'],
    ]);
  });
});

describe('hostile text', () => {
  it('keeps a name that looks like markup or a formula, as written', () => {
    const result = read(
      'Nom;Plateforme;Abonnés\n<img src=x onerror=alert(1)>;Instagram;1000\n\'=HYPERLINK("x");Blog;2000',
    );
    expect(result.problems).toEqual([]);
    expect(result.influencers.map((i) => i.name)).toEqual([
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK("x")',
    ]);
  });
});
