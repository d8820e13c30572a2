// The worked example loads as DESIGN.md tells it (10 000 € → 40 000 €: ROI 300 %, ROAS 400 %),
// and a new line starts from neutral defaults a user can fill in.
import { describe, expect, it } from 'vitest';
import { scenarioFigures } from '../../../src/domain/roi/campaign';
import { newLine, workedExampleScenario } from '../../../src/domain/roi/examples';
import { lineErrors, scenarioErrors } from '../../../src/domain/roi/validation';

const ids = {
  scenarioId: 'sc-1',
  lineId: 'ln-1',
  planId: 'pl-1',
  now: 1_700_000_000_000,
  name: 'Exemple du guide',
  lineName: "Campagne d'exemple",
};

describe('workedExampleScenario', () => {
  const scenario = workedExampleScenario(ids);

  it('shows ROI 300 %, ROAS 400 % and a net gain of 30 000 € once loaded', () => {
    const { total } = scenarioFigures(scenario);
    // (4 000 000 − 1 000 000) / 1 000 000 = 3; 4 000 000 / 1 000 000 = 4.
    expect(total).toMatchObject({
      cost: 1_000_000,
      revenue: 4_000_000,
      netGain: 3_000_000,
      roi: 3,
      roas: 4,
    });
  });

  it('is one free-standing line with the names and ids passed in, on a revenue basis', () => {
    expect(scenario).toMatchObject({
      id: 'sc-1',
      planId: 'pl-1',
      name: 'Exemple du guide',
      gainBasis: 'revenue',
      marginRate: { likely: 0.4, low: null, high: null },
      objective: { kind: 'max-return', budget: 1_000_000 },
      uncertainty: { distribution: 'pert', draws: 10_000, seed: 1, targetRoi: null },
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    });
    expect(scenario.lines).toEqual([
      {
        id: 'ln-1',
        name: "Campagne d'exemple",
        channelId: null,
        mediaCost: { likely: 1_000_000, low: null, high: null },
        creativeCost: { likely: 0, low: null, high: null },
        staffHours: { likely: 0, low: null, high: null },
        staffHourlyCost: { likely: 0, low: null, high: null },
        gains: { kind: 'figure', revenue: { likely: 4_000_000, low: null, high: null } },
        curve: { doublingGain: 0.4, shape: 1, carryOver: null },
        bounds: { min: 0, max: null, locked: false, minimumBuy: null },
      },
    ]);
  });

  it('passes validation as loaded', () => {
    expect(scenarioErrors(scenario)).toEqual([]);
  });
});

describe('newLine', () => {
  it('starts at zero everywhere but the media cost passed, with the default concave curve', () => {
    const line = newLine({ id: 'x', name: 'Affichage', channelId: 'ch-ooh', mediaCost: 250_000 });
    expect(line).toEqual({
      id: 'x',
      name: 'Affichage',
      channelId: 'ch-ooh',
      mediaCost: { likely: 250_000, low: null, high: null },
      creativeCost: { likely: 0, low: null, high: null },
      staffHours: { likely: 0, low: null, high: null },
      staffHourlyCost: { likely: 0, low: null, high: null },
      gains: { kind: 'figure', revenue: { likely: 0, low: null, high: null } },
      curve: { doublingGain: 0.4, shape: 1, carryOver: null },
      bounds: { min: 0, max: null, locked: false, minimumBuy: null },
    });
  });

  it('is free-standing and asks for a cost when nothing is passed', () => {
    const line = newLine({ id: 'y', name: 'Salon' });
    expect(line.channelId).toBeNull();
    expect(lineErrors(line)).toEqual([
      { lineId: 'y', field: 'mediaCost', code: 'zero-cost', part: 'likely' },
    ]);
  });

  it('two new lines do not share their curve: editing one leaves the other', () => {
    const a = newLine({ id: 'a', name: 'A' });
    const b = newLine({ id: 'b', name: 'B' });
    a.curve.shape = 2;
    expect(b.curve.shape).toBe(1);
  });
});
