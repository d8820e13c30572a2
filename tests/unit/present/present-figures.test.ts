// The presenter's figures, on a plan worked out by hand: the summary's totals in the plan's
// locale and currency, the busiest month, the best-funded stage and the top channels.
import { describe, expect, it } from 'vitest';
import {
  keyFigures,
  peakMonth,
  planPeriod,
  topChannels,
  topStage,
} from '../../../src/views/present/present-figures';
import { emptySheet, knownSheet, spaced } from './present-fixture';

const spacedAll = (record: object) =>
  Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, typeof v === 'string' ? spaced(v) : v]),
  );

describe('keyFigures', () => {
  it('gives the summary figures of the plan, in French and euros', () => {
    expect(spacedAll(keyFigures(knownSheet()))).toEqual({
      planned: '10 000,00 €',
      committed: '2 500,00 €',
      actual: '2 800,00 €',
      target: '9 000,00 €',
      gap: '-1 000,00 €',
      over: true,
      media: '5 500,00 €',
      horsMedia: '4 500,00 €',
      mediaShare: '55 %',
      horsShare: '45 %',
    });
  });

  it('follows the plan’s locale and currency, not the interface language', () => {
    const figures = keyFigures(knownSheet({ locale: 'en-US', currency: 'USD' }));
    expect(figures.planned).toBe('$10,000.00');
    expect(figures.mediaShare).toBe('55%');
  });

  it('says 0 and no target for a plan without channels', () => {
    expect(spacedAll(keyFigures(emptySheet()))).toMatchObject({
      planned: '0,00 €',
      target: null,
      gap: null,
      over: false,
      mediaShare: '0 %',
      horsShare: '0 %',
    });
  });
});

describe('planPeriod', () => {
  it('names the first and last month in the plan’s locale', () => {
    expect(planPeriod(knownSheet())).toEqual({
      first: 'janvier 2026',
      last: 'décembre 2026',
      months: 12,
    });
    expect(planPeriod(knownSheet({ locale: 'en-GB' })).last).toBe('December 2026');
  });
});

describe('peakMonth', () => {
  it('is the month with the largest planned total across channels', () => {
    // January 3 500 € (two channels), February 2 500 €, March 4 000 € (one).
    expect(peakMonth(knownSheet())).toEqual({ month: 'mars 2026', cents: 400_000 });
  });

  it('is null when nothing is planned', () => {
    expect(peakMonth(emptySheet())).toBeNull();
  });
});

describe('topStage', () => {
  it('is the stage with the largest planned budget, with its share of the plan', () => {
    expect(topStage(knownSheet())).toEqual({ stage: 'acquisition', share: 0.55 });
  });

  it('is null when no channel has a stage', () => {
    expect(topStage(emptySheet())).toBeNull();
  });
});

describe('topChannels', () => {
  it('lists the largest planned budgets first, ties in planner order, and sums the rest', () => {
    const top = topChannels(knownSheet(), 2);
    expect(top.lines.map((l) => [l.name, l.family, l.planned, l.share])).toEqual([
      ['Télévision', 'media', 400_000, 0.4],
      ['Salon', 'hors-media', 400_000, 0.4],
    ]);
    expect(top.rest).toEqual({ count: 2, planned: 200_000, share: 0.2 });
  });

  it('has no rest when every channel is listed', () => {
    const top = topChannels(knownSheet(), 5);
    expect(top.lines.map((l) => l.name)).toEqual(['Télévision', 'Salon', 'Radio', 'Newsletter']);
    expect(top.rest).toBeNull();
  });

  it('is empty for a plan without channels', () => {
    expect(topChannels(emptySheet(), 5)).toEqual({ lines: [], rest: null });
  });
});
