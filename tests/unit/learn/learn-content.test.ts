// The Learn page's text: the same entries in French and English, each complete, out of the
// first load, in French typography, and with worked examples whose numbers are the ones the
// app's own calculations give.
import { describe, expect, it } from 'vitest';
import { discountedClv, clvToCac } from '../../../src/domain/clv/simulator';
import { WORKED_EXAMPLE_INPUTS } from '../../../src/domain/clv/clv-example';
import { tierOf } from '../../../src/domain/influencers/tiers';
import { decayFactor } from '../../../src/domain/leads/decay';
import { campaignFigures } from '../../../src/domain/roi/campaign';
import { en } from '../../../src/i18n/en';
import { enLearn } from '../../../src/i18n/en-learn';
import { enLearnChannels } from '../../../src/i18n/en-learn-channels';
import { enLearnMetrics } from '../../../src/i18n/en-learn-metrics';
import { fr } from '../../../src/i18n/fr';
import { frLearn } from '../../../src/i18n/fr-learn';
import { frLearnChannels } from '../../../src/i18n/fr-learn-channels';
import { frLearnMetrics } from '../../../src/i18n/fr-learn-metrics';
import { translate } from '../../../src/i18n';
import { LEARN_ENTRIES, LEARN_GROUPS } from '../../../src/views/learn/learn-entries';

const FR: Record<string, string> = { ...frLearn, ...frLearnChannels, ...frLearnMetrics };
const EN: Record<string, string> = { ...enLearn, ...enLearnChannels, ...enLearnMetrics };
const PARTS = ['title', 'body', 'example', 'figure'] as const;
/** The text with its non-breaking spaces as plain ones, to compare numbers. */
const plain = (text: string | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the Learn content', () => {
  it('has the same keys in French and English, part by part', () => {
    expect(Object.keys(enLearn).sort()).toEqual(Object.keys(frLearn).sort());
    expect(Object.keys(enLearnChannels).sort()).toEqual(Object.keys(frLearnChannels).sort());
    expect(Object.keys(enLearnMetrics).sort()).toEqual(Object.keys(frLearnMetrics).sort());
  });

  it('gives every entry a title, a text, a worked example and its figure, in both languages', () => {
    const expected = LEARN_ENTRIES.flatMap((e) => PARTS.map((part) => `learn.${e.id}.${part}`));
    const entryKeys = (all: Record<string, string>) =>
      Object.keys(all).filter(
        (k) => !/^learn\.(title|intro|search|group|example|where|go)\b/.test(k),
      );
    expect(entryKeys(FR).sort()).toEqual([...expected].sort());
    expect(entryKeys(EN).sort()).toEqual([...expected].sort());
    for (const key of expected) {
      expect(FR[key]?.trim(), key).toBeTruthy();
      expect(EN[key]?.trim(), key).toBeTruthy();
      // An example without numbers is no worked example.
      if (key.endsWith('.example')) expect(FR[key], key).toMatch(/\d/);
    }
    for (const group of LEARN_GROUPS) expect(FR[`learn.group.${group}`]).toBeTruthy();
  });

  it('stays out of the catalogue the app loads at start, and reads once its screen adds it', async () => {
    const base = [...Object.keys(fr), ...Object.keys(en)];
    expect(base.filter((key) => key.startsWith('learn.'))).toEqual([]);
    expect(translate('fr', 'learn.title')).toBe('learn.title');
    await import('../../../src/i18n/learn-catalogue');
    expect(translate('fr', 'learn.roi-roas.title')).toBe(frLearnMetrics['learn.roi-roas.title']);
    expect(translate('en', 'learn.media.title')).toBe(enLearnChannels['learn.media.title']);
  });

  it('is written with French typography', () => {
    for (const [key, text] of Object.entries(FR)) {
      expect(text, key).not.toMatch(/'/);
      expect(text, key).not.toMatch(/ [:;!?»%€]|« |\d \d{3}/);
    }
    expect(FR['learn.media.example']).toContain('46\u202f150\u00a0€');
  });

  it('says that any ROI above 0 % is a profit, and that the “100 %” claim is wrong', () => {
    const body = plain(FR['learn.roi-roas.body']);
    expect(body).toContain('ROI = (gains − coût) ÷ coût');
    expect(body).toContain('tout ROI au-dessus de 0 % est un bénéfice');
    expect(body).toContain('c’est faux avec cette formule');
    expect(EN['learn.roi-roas.body']).toContain('any ROI above 0% is a profit');
  });
});

describe('the worked examples agree with the app’s calculations', () => {
  const figure = (revenue: number, basis: 'revenue' | 'margin', rate: number) =>
    campaignFigures(
      {
        mediaCost: 1_000_000,
        creativeCost: 0,
        staffHours: 0,
        staffHourlyCost: 0,
        gains: { kind: 'figure', revenue },
      },
      basis,
      rate,
    );

  it('ROI and ROAS: 10 000 € for 40 000 €, then at a 20 % margin', () => {
    const onRevenue = figure(4_000_000, 'revenue', 0.2);
    expect(onRevenue.roi).toBeCloseTo(3);
    expect(onRevenue.roas).toBeCloseTo(4);
    const onMargin = figure(4_000_000, 'margin', 0.2);
    expect(onMargin.gains).toBe(800_000);
    expect(onMargin.roi).toBeCloseTo(-0.2);
    expect(onMargin.breakEvenRevenue).toBe(5_000_000);
    const text = plain(FR['learn.roi-roas.example']);
    for (const shown of ['= 300 %', '= 400 %', '= −20 %', '(500 %)']) {
      expect(text).toContain(shown);
    }
  });

  it('CPM, CPC, CPL and CAC of the funnel example', () => {
    const f = campaignFigures(
      {
        mediaCost: 200_000,
        creativeCost: 0,
        staffHours: 0,
        staffHourlyCost: 0,
        gains: {
          kind: 'funnel',
          impressions: 400_000,
          clickRate: 0.005,
          leadRate: 0.05,
          closeRate: 0.2,
          averageBasket: 10_000,
        },
      },
      'revenue',
      1,
    ).funnel;
    expect([f?.cpm, f?.cpc, f?.cpl, f?.cac]).toEqual([500, 100, 2_000, 10_000]);
    expect(plain(FR['learn.unit-costs.example'])).toContain(
      'CPM = 2 000 ÷ 400 000 × 1 000 = 5 € ; CPC = 2 000 ÷ 2 000 = 1 € ; CPL = 2 000 ÷ 100 = 20 € ; CAC = 2 000 ÷ 20 = 100 €',
    );
  });

  it('the CLV example is the simulator’s own', () => {
    const clv = discountedClv({ ...WORKED_EXAMPLE_INPUTS }, 'first-margin-up-front');
    if (!clv.ok) throw new Error('the worked example does not validate');
    expect(Math.round(clv.value.clv)).toBe(16_750);
    expect(clvToCac(clv.value.clv, WORKED_EXAMPLE_INPUTS.cac).ratio).toBeCloseTo(3.35, 2);
    const text = plain(FR['learn.clv.example']);
    expect(text).toContain('167,50 €');
    expect(text).toContain('CLV : CAC = 3,35 : 1');
  });

  it('lead decay and influencer tiers', () => {
    expect(30 * decayFactor({ kind: 'half-life', days: 30 }, 15)).toBeCloseTo(21.2, 1);
    expect(5 * decayFactor({ kind: 'half-life', days: 30 }, 60)).toBeCloseTo(1.25);
    expect(tierOf(12_500)).toEqual({ ok: true, value: 'micro' });
    expect(tierOf(9_999)).toEqual({ ok: true, value: 'nano' });
  });
});
