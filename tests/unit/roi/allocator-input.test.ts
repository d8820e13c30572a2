// What the allocator panel hands the allocator and the words it shows: curves calibrated from
// today's point, lines that cannot be calibrated named and left out, every issue and every
// channel's result in one sentence with the user's numbers, and the split a plan copy gets.
import { describe, expect, it } from 'vitest';
import { toCents } from '../../../src/domain/money';
import type { Allocation } from '../../../src/domain/roi/allocator';
import { newLine } from '../../../src/domain/roi/examples';
import { exact, type CampaignLine, type RoiScenario } from '../../../src/domain/roi/model';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import { enRoiModel } from '../../../src/i18n/en-roi-model';
import { frRoiModel } from '../../../src/i18n/fr-roi-model';
import {
  allocatorInput,
  explanationText,
  fieldErrorText,
  issueText,
  returnChange,
  skippedText,
  writableSplit,
} from '../../../src/views/roi/allocator-input';
import { figureFormat } from '../../../src/ui/figure-format';

const fmt = figureFormat('fr-FR', 'EUR');
const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);
/** Intl's French spaces (U+202F, U+00A0) read as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function figureLine(id: string, name: string, media: number, revenue: number): CampaignLine {
  return {
    ...newLine({ id, name, mediaCost: media }),
    gains: { kind: 'figure', revenue: exact(revenue) },
  };
}

function scenarioOf(
  lines: CampaignLine[],
  gainBasis: 'revenue' | 'margin' = 'revenue',
): RoiScenario {
  return {
    id: 's',
    planId: 'p',
    name: 'Test',
    gainBasis,
    marginRate: exact(0.4),
    lines,
    objective: { kind: 'max-return', budget: toCents(1_000_000) },
    uncertainty: { distribution: 'pert', draws: 10_000, seed: 1, targetRoi: null },
    createdAt: 0,
    updatedAt: 0,
  };
}

describe('allocatorInput', () => {
  it('calibrates the worked example line through today’s point and its doubling statement', () => {
    const input = allocatorInput(scenarioOf([figureLine('a', 'Search', 1_000_000, 4_000_000)]));
    const [channel] = input.channels;
    // g = 0.4, s = 1: u = (2 − 1 − 0.4) / (2 × 0.4) = 0.75; K = 1 000 000 / 0.75 = 1 333 333.33 c;
    // Rmax = 4 000 000 × 1.75 / 0.75 = 9 333 333.33 c.
    expect(channel?.curve.k).toBeCloseTo(1_333_333.33, 1);
    expect(channel?.curve.rmax).toBeCloseTo(9_333_333.33, 1);
    expect(channel).toMatchObject({
      id: 'a',
      current: 1_000_000,
      min: 0,
      max: null,
      locked: false,
    });
    expect(input.currentSpend).toBe(1_000_000);
    expect(input.currentReturn).toBe(4_000_000);
  });

  it('leaves out a line with no spend and says why', () => {
    const input = allocatorInput(
      scenarioOf([figureLine('a', 'Search', 1_000_000, 4_000_000), figureLine('b', 'Radio', 0, 0)]),
    );
    expect(input.channels.map((c) => c.id)).toEqual(['a']);
    const [skipped] = input.skipped;
    expect(skipped).toMatchObject({
      lineId: 'b',
      name: 'Radio',
      error: { code: 'spend-not-positive' },
    });
    expect(plain(skippedText(skipped!, fmt, t))).toBe(
      'Radio n’est pas réparti : Pas de courbe sans dépense média : la courbe part de la dépense d’aujourd’hui, qui doit être supérieure à 0.',
    );
  });

  it('reads the gains per customer from a funnel, on the margin when gains are margin', () => {
    const line: CampaignLine = {
      ...newLine({ id: 'f', name: 'Social', mediaCost: 200_000 }),
      gains: {
        kind: 'funnel',
        impressions: exact(100_000),
        audience: 'impressions',
        clickRate: exact(0.02),
        leadRate: exact(0.1),
        closeRate: exact(0.5),
        averageBasket: exact(10_000),
      },
    };
    // 100 000 × 0.02 = 2 000 clicks × 0.1 = 200 leads × 0.5 = 100 customers; revenue
    // 100 × 10 000 c = 1 000 000 c; margin 40 % → gains 400 000 c, 4 000 c per customer.
    const input = allocatorInput(scenarioOf([line], 'margin'));
    expect(input.channels[0]?.returnPerCustomer).toBeCloseTo(4_000, 6);
    expect(input.currentCustomers).toBeCloseTo(100, 9);
  });

  it('has no gains per customer for a line given as one revenue figure', () => {
    const input = allocatorInput(scenarioOf([figureLine('a', 'Search', 1_000_000, 4_000_000)]));
    expect(input.channels[0]?.returnPerCustomer).toBeNull();
  });
});

describe('issueText', () => {
  const input = allocatorInput(
    scenarioOf([
      {
        ...figureLine('a', 'Search', 1_000_000, 4_000_000),
        bounds: { min: toCents(500_000), max: toCents(300_000), locked: false, minimumBuy: null },
      },
    ]),
  );
  const objective = { kind: 'max-return', budget: toCents(1_000_000) } as const;

  it.each([
    [
      { code: 'minimums-above-budget', minimums: 1_200_000, budget: 1_000_000 } as const,
      'La somme des minimums (12 000 €) dépasse le budget (10 000 €).',
    ],
    [
      { code: 'maximums-below-budget', maximums: 800_000, budget: 1_000_000 } as const,
      'La somme des maximums (8 000 €) est inférieure au budget (10 000 €) : le budget ne pourrait pas être réparti en entier.',
    ],
    [
      { code: 'min-above-max', id: 'a' } as const,
      'Search : le minimum (5 000 €) dépasse le maximum (3 000 €).',
    ],
    [
      { code: 'cpa-needs-customers', id: 'a' } as const,
      'Search : un CPA cible demande le nombre de clients de la ligne (saisissez ses gains en entonnoir).',
    ],
  ])('%o names the channel and the numbers', (issue, text) => {
    expect(plain(issueText(issue, input, objective, fmt, t))).toBe(text);
  });

  it('words an unreachable ROAS target as a percentage', () => {
    const roas = { kind: 'target-roas', value: 5 } as const;
    expect(plain(issueText({ code: 'target-unreachable', best: 4 }, input, roas, fmt, t))).toBe(
      'La cible n’est pas atteignable avec ces courbes et ces bornes : au mieux 400 %.',
    );
  });
});

describe('explanationText', () => {
  const input = allocatorInput(
    scenarioOf([
      figureLine('a', 'Search', 1_000_000, 4_000_000),
      figureLine('b', 'Radio', 1_000_000, 1_500_000),
    ]),
  );
  const allocation: Allocation = {
    lines: [
      {
        id: 'a',
        before: 1_000_000,
        after: 1_200_000,
        returnBefore: 4_000_000,
        returnAfter: 4_300_000,
        marginalBefore: 1.4,
        marginalAfter: 1.1,
        reason: 'gained',
        comparedWith: 'b',
      },
      {
        id: 'b',
        before: 1_000_000,
        after: 800_000,
        returnBefore: 1_500_000,
        returnAfter: 1_300_000,
        marginalBefore: 0.9,
        marginalAfter: 1.1,
        reason: 'lost',
        comparedWith: 'a',
      },
    ],
    spend: 2_000_000,
    returnBefore: 5_500_000,
    returnAfter: 5_600_000,
    method: 'water-filling',
    marginalLevel: 1.1,
  };

  it('says a gainer gets the money because each euro returns more there than on the loser', () => {
    expect(plain(explanationText(allocation.lines[0]!, allocation, input, fmt, t))).toBe(
      'reçoit +2 000 € : chaque euro de plus y rapporte 1,40 €, contre 0,90 € sur Radio.',
    );
  });

  it('says a loser gives the money up to the line where it returns more', () => {
    expect(plain(explanationText(allocation.lines[1]!, allocation, input, fmt, t))).toBe(
      'perd 2 000 € : chaque euro y rapporte 0,90 €, contre 1,40 € sur Search.',
    );
  });

  it('gives the total return change: 5 600 000 / 5 500 000 − 1 = +1.82 %', () => {
    expect(returnChange(allocation)).toBeCloseTo(0.018_18, 5);
    expect(returnChange({ ...allocation, returnBefore: 0 })).toBeNull();
  });

  it('writes linked lines to their planner channel and names the free-standing ones', () => {
    const scenario = scenarioOf([
      { ...figureLine('a', 'Search', 1_000_000, 4_000_000), channelId: 'ch-search' },
      figureLine('b', 'Radio', 1_000_000, 1_500_000),
    ]);
    expect(writableSplit(scenario, allocation, new Set(['ch-search']))).toEqual({
      split: [{ channelId: 'ch-search', cents: 1_200_000 }],
      notWritten: ['Radio'],
    });
  });

  it('names a line whose planner channel was deleted instead of writing it', () => {
    const scenario = scenarioOf([
      { ...figureLine('a', 'Search', 1_000_000, 4_000_000), channelId: 'ch-search' },
      { ...figureLine('b', 'Radio', 1_000_000, 1_500_000), channelId: 'ch-gone' },
    ]);
    expect(writableSplit(scenario, allocation, new Set(['ch-search'])).notWritten).toEqual([
      'Radio',
    ]);
  });
});

describe('fieldErrorText', () => {
  it('gives θ’s limit as θ is shown, a plain number', () => {
    const text = fieldErrorText(
      { lineId: 'a', field: 'carryOver', code: 'carry-over-out-of-range', limit: 0.95 },
      fmt,
      t,
    );
    expect(text).toBe('θ doit rester entre 0 et 0,95.');
  });

  it('words every other refusal as the campaign panel does, its limit in the field’s unit', () => {
    const text = fieldErrorText(
      { lineId: 'a', field: 'mediaCost', code: 'low-above-likely', limit: 1_000_000, part: 'low' },
      fmt,
      t,
    );
    expect(plain(text)).toContain('10 000,00 €');
  });
});

describe('the model panels’ strings', () => {
  const placeholders = (template: string) =>
    [...template.matchAll(/\{(\w+)(?:,\s*plural,)?/g)].map((m) => m[1] ?? '').sort();

  it('have the same placeholders in English as in French', () => {
    const english: Record<string, string> = enRoiModel;
    for (const [key, french] of Object.entries(frRoiModel)) {
      expect([key, placeholders(english[key] ?? '')]).toEqual([key, placeholders(french)]);
    }
  });
});
