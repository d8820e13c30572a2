// What the plan's charts draw (src/ui/charts/plan-series.ts): the month names are written once
// per sheet, since the planner reads the series again at every edit.
import { describe, expect, it } from 'vitest';
import { formatMonth } from '../../../src/domain/months';
import { planSeries } from '../../../src/ui/charts/plan-series';
import { knownSheet } from './present-fixture';

describe('planSeries', () => {
  it("names the sheet's months in the plan's locale", () => {
    const sheet = knownSheet({ locale: 'fr-FR' });
    const { months } = planSeries(sheet);
    expect(months).toEqual(sheet.months.map((m) => formatMonth(m, 'fr-FR', 'short')));
    expect(months[0]).toBe(formatMonth(sheet.months[0]!, 'fr-FR', 'short'));
  });

  it('writes the month names once per sheet, not at every reading', () => {
    const sheet = knownSheet();
    const first = planSeries(sheet).months;
    // The same array: not written again.
    expect(planSeries(sheet).months).toBe(first);
  });

  it('names the months again for another sheet or another locale', () => {
    const french = planSeries(knownSheet({ locale: 'fr-FR' })).months;
    const english = planSeries(knownSheet({ locale: 'en-GB' })).months;
    expect(english).not.toBe(french);
    expect(english[0]).not.toBe(french[0]);
  });
});
