// The info tips of the ROI outputs, word for word: each formula filled with the user's own
// numbers, in French and English, and what a tip says when a figure has no value.
import { describe, expect, it } from 'vitest';
import type { CampaignFigures, FunnelFigures } from '../../../src/domain/roi/campaign';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import { figureFormat } from '../../../src/ui/figure-format';
import {
  campaignRows,
  funnelRows,
  type LineDetails,
  type OutputRow,
} from '../../../src/views/roi/roi-tips';

const fr = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const euros = figureFormat('fr-FR', 'EUR');

/** Intl writes U+202F and U+00A0 inside numbers; the expected strings use plain spaces. */
function plain(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

function byKey<K extends string>(rows: OutputRow<K>[], key: K): OutputRow<K> {
  const row = rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
}

/** The worked example of DESIGN.md: 10 000 € of media, 40 000 € of revenue, on revenue. */
const example: CampaignFigures = {
  basis: 'revenue',
  marginRate: 0.4,
  mediaCost: 1_000_000,
  creativeCost: 0,
  staffCost: 0,
  cost: 1_000_000,
  revenue: 4_000_000,
  gains: 4_000_000,
  netGain: 3_000_000,
  roi: 3,
  roas: 4,
  breakEvenRevenue: 1_000_000,
  funnel: null,
};
const noStaff: LineDetails = { staffHours: 0, staffHourlyCost: 0, averageBasket: null };

describe('the worked example: 10 000 € spent, 40 000 € of revenue', () => {
  const rows = campaignRows(example, euros, fr, noStaff);

  it('shows ROI 300 %, ROAS 400 % and a net gain of 30 000,00 €', () => {
    expect(plain(byKey(rows, 'roi').value)).toBe('300 %');
    expect(plain(byKey(rows, 'roas').value)).toBe('400 %');
    expect(plain(byKey(rows, 'netGain').value)).toBe('30 000,00 €');
  });

  it('fills the ROI formula with the user’s numbers', () => {
    expect(plain(byKey(rows, 'roi').tip.formula)).toBe(
      'ROI = (gains − coût) ÷ coût\nROI = (40 000,00 € − 10 000,00 €) ÷ 10 000,00 € = 300 %',
    );
  });

  it('fills ROAS, net gain, gains and break-even revenue', () => {
    expect(plain(byKey(rows, 'roas').tip.formula)).toBe(
      'ROAS = chiffre d’affaires ÷ coût\nROAS = 40 000,00 € ÷ 10 000,00 € = 400 %',
    );
    expect(plain(byKey(rows, 'netGain').tip.formula)).toBe(
      'Gain net = gains − coût = 40 000,00 € − 10 000,00 € = 30 000,00 €',
    );
    expect(byKey(rows, 'gains').label).toBe('Gains (chiffre d’affaires)');
    expect(plain(byKey(rows, 'gains').tip.formula)).toBe(
      'Gains = chiffre d’affaires = 40 000,00 €',
    );
    expect(plain(byKey(rows, 'breakEvenRevenue').tip.formula)).toBe(
      'Chiffre d’affaires d’équilibre = coût = 10 000,00 €',
    );
  });

  it('splits the cost and says that break-even is ROI 0 %', () => {
    const cost = byKey(rows, 'cost');
    expect(plain(cost.detail)).toBe('média 10 000,00 € · création 0,00 € · équipe 0,00 €');
    expect(plain(cost.tip.formula)).toBe(
      'Coût = achat média + création + temps de l’équipe\n= 10 000,00 € + 0,00 € + 0,00 € = 10 000,00 €\n' +
        'Temps de l’équipe = heures × coût horaire = 0 h × 0,00 € = 0,00 €',
    );
    expect(byKey(rows, 'roi').tip.rule).toContain('ROI 0 %, pas 100 %');
  });

  it('reads the same in English', () => {
    const english = campaignRows(example, figureFormat('en-GB', 'EUR'), en, noStaff);
    expect(byKey(english, 'roi').tip.formula).toBe(
      'ROI = (gains − cost) ÷ cost\nROI = (€40,000.00 − €10,000.00) ÷ €10,000.00 = 300%',
    );
    expect(byKey(english, 'gains').label).toBe('Gains (revenue)');
  });
});

describe('on a gross margin of 40 %', () => {
  // gains = 40 000 € × 0,4 = 16 000 €; ROI = 6 000 / 10 000 = 60 %; break-even = 10 000 / 0,4.
  const margin: CampaignFigures = {
    ...example,
    basis: 'margin',
    gains: 1_600_000,
    netGain: 600_000,
    roi: 0.6,
    breakEvenRevenue: 2_500_000,
  };
  const rows = campaignRows(margin, euros, fr, noStaff);

  it('labels the gains with their basis and shows the margin in the formulas', () => {
    expect(byKey(rows, 'gains').label).toBe('Gains (marge brute)');
    expect(plain(byKey(rows, 'gains').tip.formula)).toBe(
      'Gains = chiffre d’affaires × taux de marge = 40 000,00 € × 40 % = 16 000,00 €',
    );
    expect(plain(byKey(rows, 'roi').tip.formula)).toBe(
      'ROI = (gains − coût) ÷ coût\nROI = (16 000,00 € − 10 000,00 €) ÷ 10 000,00 € = 60 %',
    );
    expect(plain(byKey(rows, 'breakEvenRevenue').tip.formula)).toBe(
      'Chiffre d’affaires d’équilibre = coût ÷ taux de marge = 10 000,00 € ÷ 40 % = 25 000,00 €',
    );
  });

  it('gives the ROAS needed at break-even: 100 % ÷ 40 % = 250 %', () => {
    expect(plain(byKey(rows, 'roas').tip.rule)).toBe(
      'En marge brute, l’équilibre demande un ROAS de 100 % ÷ taux de marge : 250 % ici.',
    );
  });
});

describe('staff time and missing values', () => {
  it('writes the staff time pro rata: 7,5 h × 42,50 € = 318,75 €', () => {
    const figures: CampaignFigures = {
      ...example,
      staffCost: 31_875,
      cost: 1_031_875,
    };
    const rows = campaignRows(figures, euros, fr, {
      staffHours: 7.5,
      staffHourlyCost: 4_250,
      averageBasket: null,
    });
    expect(plain(byKey(rows, 'cost').tip.formula)).toBe(
      'Coût = achat média + création + temps de l’équipe\n= 10 000,00 € + 0,00 € + 318,75 € = 10 318,75 €\n' +
        'Temps de l’équipe = heures × coût horaire = 7,5 h × 42,50 € = 318,75 €',
    );
  });

  it('a total costing nothing has no ROI: a dash, and the tip says why', () => {
    const free: CampaignFigures = {
      ...example,
      mediaCost: 0,
      cost: 0,
      netGain: 4_000_000,
      roi: null,
      roas: null,
      breakEvenRevenue: 0,
    };
    const rows = campaignRows(free, euros, fr, null);
    expect(byKey(rows, 'roi').value).toBe('—');
    expect(byKey(rows, 'roi').tip.formula).toBe(
      'ROI = (gains − coût) ÷ coût\nNon calculable : coût total vaut zéro.',
    );
    expect(plain(byKey(rows, 'revenue').tip.formula)).toBe(
      'Chiffre d’affaires = somme des campagnes = 40 000,00 €',
    );
  });
});

describe('a funnel: 200 000 people reached, CTR 2 %, 5 % leads, 25 % close, 80 € basket', () => {
  // cost = 1 000 € + 200 € + 10 h × 30 € = 1 500 €; clicks = 4 000; leads = 200; customers = 50;
  // revenue = 50 × 80 € = 4 000 €.
  const funnel: FunnelFigures = {
    audience: 'reach',
    impressions: 200_000,
    clicks: 4_000,
    leads: 200,
    customers: 50,
    clickRate: 0.02,
    leadRate: 0.05,
    closeRate: 0.25,
    conversionRate: 0.00025,
    cpm: 750, // 150 000 ÷ 200 000 × 1 000
    cpc: 37.5, // 150 000 ÷ 4 000
    cpl: 750, // 150 000 ÷ 200
    cac: 3_000, // 150 000 ÷ 50
    breakEvenCloseRate: 0.09375, // 150 000 ÷ (200 × 8 000)
    breakEvenReachable: true,
    breakEvenCustomers: 18.75, // 150 000 ÷ 8 000
  };
  const figures: CampaignFigures = {
    basis: 'revenue',
    marginRate: 0.4,
    mediaCost: 100_000,
    creativeCost: 20_000,
    staffCost: 30_000,
    cost: 150_000,
    revenue: 400_000,
    gains: 400_000,
    netGain: 250_000,
    roi: 250_000 / 150_000,
    roas: 400_000 / 150_000,
    breakEvenRevenue: 150_000,
    funnel,
  };
  const rows = funnelRows(figures, funnel, euros, fr, 8_000);

  it('fills each step with the counts', () => {
    expect(plain(byKey(rows, 'clicks').tip.formula)).toBe(
      'Clics = personnes atteintes × taux de clic = 200 000 × 2 % = 4 000',
    );
    expect(plain(byKey(rows, 'customers').tip.formula)).toBe(
      'Clients = leads × taux de closing = 200 × 25 % = 50',
    );
    expect(plain(byKey(rows, 'conversionRate').tip.formula)).toBe(
      'Conversion globale = clients ÷ personnes atteintes = taux de clic × taux de lead × taux de closing\n' +
        '= 2 % × 5 % × 25 % = 0,025 %',
    );
  });

  it('fills the unit costs on the full cost, rounded to the cent on screen', () => {
    expect(plain(byKey(rows, 'cpm').tip.formula)).toBe(
      'CPM = coût ÷ personnes atteintes × 1 000 = 1 500,00 € ÷ 200 000 × 1 000 = 7,50 €',
    );
    expect(plain(byKey(rows, 'cpc').value)).toBe('0,38 €');
    expect(plain(byKey(rows, 'cac').tip.formula)).toBe(
      'CAC = coût ÷ clients = 1 500,00 € ÷ 50 = 30,00 €',
    );
  });

  it('explains the break-even close rate step by step', () => {
    expect(plain(byKey(rows, 'breakEvenCloseRate').value)).toBe('9,38 %');
    expect(plain(byKey(rows, 'breakEvenCloseRate').tip.formula)).toBe(
      'Clients nécessaires = coût ÷ (panier moyen × part comptée en gains) = 1 500,00 € ÷ (80,00 € × 100 %) = 18,8\n' +
        'Taux de closing d’équilibre = clients nécessaires ÷ leads = 18,8 ÷ 200 = 9,38 %',
    );
  });

  it('the line’s revenue comes from customers × basket', () => {
    const line = campaignRows(figures, euros, fr, {
      staffHours: 10,
      staffHourlyCost: 3_000,
      averageBasket: 8_000,
    });
    expect(plain(byKey(line, 'revenue').tip.formula)).toBe(
      'Chiffre d’affaires = clients × panier moyen = 50 × 80,00 € = 4 000,00 €',
    );
  });

  it('says "unreachable" when break-even needs more than every lead', () => {
    // 10 leads: 150 000 ÷ (10 × 8 000) = 1,875.
    const few = { ...funnel, leads: 10, breakEvenCloseRate: 1.875, breakEvenReachable: false };
    const row = byKey(funnelRows(figures, few, euros, fr, 8_000), 'breakEvenCloseRate');
    expect(plain(row.value)).toBe('187,5 % : inatteignable (au-dessus de 100 %)');
    expect(row.tip.formula).toMatch(
      /\nAu-dessus de 100 % : même en signant tous les leads, la campagne ne couvre pas son coût\.$/,
    );
  });

  it('a funnel without clicks has no CPC, and the tip says why', () => {
    const none = { ...funnel, clicks: 0, leads: 0, customers: 0, cpc: null, cpl: null, cac: null };
    const row = byKey(funnelRows(figures, none, euros, fr, 8_000), 'cpc');
    expect(row.value).toBe('—');
    expect(plain(row.tip.formula)).toBe(
      'CPC = coût ÷ clics = 1 500,00 € ÷ 0 = —\nNon calculable : clics vaut zéro.',
    );
  });
});
