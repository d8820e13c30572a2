// The tornado of ROI for ±20 % on each input, against hand-computed ROIs of the worked example
// and of a funnel, sorted by swing, with rates capped at 100 %.
import { describe, expect, it } from 'vitest';
import { newLine, workedExampleScenario } from '../../../src/domain/roi/examples';
import { exact, type CampaignLine, type RoiScenario } from '../../../src/domain/roi/model';
import { roiTornado } from '../../../src/domain/roi/sensitivity';

const example = workedExampleScenario({
  scenarioId: 's',
  lineId: 'l',
  planId: 'p',
  now: 0,
  name: 'Exemple',
  lineName: 'Exemple',
});

describe('roiTornado', () => {
  it('on the worked example: revenue ±20 % reads 220 % / 380 %, media ±20 % reads 400 % / 233,3 %', () => {
    const bars = roiTornado(example);
    // Revenue × 0.8 = 32 000 €: 32 000 / 10 000 − 1 = 2.2; × 1.2 = 48 000 €: 3.8. Swing 1.6.
    // Media × 0.8 = 8 000 €: 40 000 / 8 000 − 1 = 4; × 1.2 = 12 000 €: 40 000 / 12 000 − 1 = 2.333.
    // Swing 4 − 2.333 = 1.667 > 1.6: media comes first. Creative and staff are 0: no bar.
    expect(bars.map((b) => [b.lineId, b.field])).toEqual([
      ['l', 'mediaCost'],
      ['l', 'revenue'],
    ]);
    const [media, revenue] = bars;
    expect(media?.low).toBeCloseTo(4, 12);
    expect(media?.high).toBeCloseTo(7 / 3, 12);
    expect(media?.swing).toBeCloseTo(5 / 3, 12);
    expect(revenue?.low).toBeCloseTo(2.2, 12);
    expect(revenue?.high).toBeCloseTo(3.8, 12);
    expect(revenue?.swing).toBeCloseTo(1.6, 12);
    expect(bars.every((b) => !b.capped)).toBe(true);
  });

  it('moves every input by the share given: ±50 % on revenue reads 100 % / 500 %', () => {
    const revenue = roiTornado(example, 0.5).find((b) => b.field === 'revenue');
    // 20 000 / 10 000 − 1 = 1; 60 000 / 10 000 − 1 = 5.
    expect(revenue?.low).toBeCloseTo(1, 12);
    expect(revenue?.high).toBeCloseTo(5, 12);
  });

  it('on a margin basis adds the margin rate as a scenario-wide bar', () => {
    const scenario: RoiScenario = { ...example, gainBasis: 'margin', marginRate: exact(0.5) };
    const margin = roiTornado(scenario).find((b) => b.field === 'marginRate');
    // Gains 40 000 × 0.4 = 16 000 € → ROI 0.6; × 0.6 = 24 000 € → ROI 1.4.
    expect(margin).toMatchObject({ lineId: null, capped: false });
    expect(margin?.low).toBeCloseTo(0.6, 12);
    expect(margin?.high).toBeCloseTo(1.4, 12);
    expect(roiTornado(example).some((b) => b.field === 'marginRate')).toBe(false);
  });

  it('caps a rate at 100 % and says so', () => {
    const line: CampaignLine = {
      ...newLine({ id: 'f', name: 'Webinaire', mediaCost: 100_000 }),
      gains: {
        kind: 'funnel',
        impressions: exact(1_000),
        audience: 'reach',
        clickRate: exact(0.1),
        leadRate: exact(0.5),
        closeRate: exact(0.9),
        averageBasket: exact(10_000),
      },
    };
    const bars = roiTornado({ ...example, lines: [line] });
    // Revenue = 1 000 × 0.1 × 0.5 × 0.9 × 10 000 = 450 000; ROI = 450 000 / 100 000 − 1 = 3.5.
    // Close rate × 0.8 = 0.72 → 360 000 → 2.6; × 1.2 = 1.08, capped at 1 → 500 000 → 4.
    const close = bars.find((b) => b.field === 'closeRate');
    expect(close?.capped).toBe(true);
    expect(close?.low).toBeCloseTo(2.6, 9);
    expect(close?.high).toBeCloseTo(4, 9);
    // The uncapped rates swing the full ±20 %: 450 000 × 0.8 → 2.6, × 1.2 = 540 000 → 4.4.
    const click = bars.find((b) => b.field === 'clickRate');
    expect(click?.capped).toBe(false);
    expect(click?.high).toBeCloseTo(4.4, 9);
    // Media × 0.8 → 450 000 / 80 000 − 1 = 4.625, × 1.2 → 2.75: swing 1.875, the largest. Each
    // uncapped funnel input swings 4.4 − 2.6 = 1.8; the capped close rate only 4 − 2.6 = 1.4.
    expect(bars[0]?.field).toBe('mediaCost');
    expect(bars.at(-1)?.field).toBe('closeRate');
  });

  it("reads ROI on the scenario total: one line's input moves the whole", () => {
    const second: CampaignLine = {
      ...newLine({ id: 'b', name: 'Salon', mediaCost: 1_000_000 }),
      gains: { kind: 'figure', revenue: exact(1_000_000) },
    };
    const bars = roiTornado({ ...example, lines: [...example.lines, second] });
    // Total 20 000 € for 50 000 €: ROI 1.5. Salon revenue × 1.2 = 12 000 €: 52 000 / 20 000 − 1 = 1.6;
    // × 0.8 = 8 000 €: 48 000 / 20 000 − 1 = 1.4.
    const salon = bars.find((b) => b.lineId === 'b' && b.field === 'revenue');
    expect(salon?.low).toBeCloseTo(1.4, 12);
    expect(salon?.high).toBeCloseTo(1.6, 12);
  });

  it('counts staff time pro rata: hours and hourly cost each get a bar', () => {
    const line: CampaignLine = {
      ...newLine({ id: 's', name: 'Emailing', mediaCost: 0 }),
      staffHours: exact(20),
      staffHourlyCost: exact(5_000),
      gains: { kind: 'figure', revenue: exact(300_000) },
    };
    const bars = roiTornado({ ...example, lines: [line] });
    // Cost 20 × 5 000 = 100 000; hours × 0.8 = 16 → 80 000: 300 000 / 80 000 − 1 = 2.75.
    expect(bars.map((b) => b.field).sort()).toEqual(['revenue', 'staffHourlyCost', 'staffHours']);
    expect(bars.find((b) => b.field === 'staffHours')?.low).toBeCloseTo(2.75, 12);
  });

  it('gives no bar when there is no ROI to move (nothing spent) or no share to move by', () => {
    const free: CampaignLine = {
      ...newLine({ id: 'z', name: 'Gratuit' }),
      gains: { kind: 'figure', revenue: exact(100) },
    };
    expect(roiTornado({ ...example, lines: [free] })).toEqual([]);
    expect(roiTornado(example, 0)).toEqual([]);
    expect(roiTornado(example, NaN)).toEqual([]);
  });
});
