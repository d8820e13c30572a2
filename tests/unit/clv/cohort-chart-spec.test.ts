// The cohort chart's data and table, from the seeds' example (r = 60 %, d = 10 %, m = 80 €,
// CAC 50 €) worked out by hand, year by year and month by month.
import { describe, expect, it } from 'vitest';
import { WORKED_EXAMPLE_INPUTS } from '../../../src/domain/clv/clv-example';
import { cohort, type Cohort } from '../../../src/domain/clv/cohort';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import { FALLBACK_THEME } from '../../../src/ui/charts/theme';
import { figureFormat } from '../../../src/ui/figure-format';
import { cohortChartSpec } from '../../../src/views/clv/cohort-chart-spec';

const fmt = figureFormat('fr-FR', 'EUR');
const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);
const plain = (s: string) => s.replace(/\s+/g, ' ');

function example(): Cohort {
  const result = cohort({ ...WORKED_EXAMPLE_INPUTS }, 'first-margin-up-front');
  if (!result.ok) throw new Error('the example is valid');
  return result.value;
}

describe('cohortChartSpec, year by year', () => {
  const spec = cohortChartSpec(example(), 'years', fmt, t);
  const [cumulative, cac, active] = spec.data.datasets;

  it('draws five years: cumulative discounted margin, the CAC line and the share still active', () => {
    expect(spec.data.labels).toEqual(['An 1', 'An 2', 'An 3', 'An 4', 'An 5']);
    expect(cumulative?.label).toBe('Marge actualisée cumulée par client');
    // 8 000 cents, + 8 000 × 0,6/1,1 ≈ 12 363,6, …, ending on the discounted CLV ≈ 16 750.
    const sums = (cumulative?.data ?? []) as number[];
    expect(sums[0]).toBeCloseTo(8_000, 6);
    expect(sums[1]).toBeCloseTo(8_000 + 8_000 * (0.6 / 1.1), 6);
    expect(sums[4]).toBeCloseTo(245_240_000 / 14_641, 6);
    expect(cac?.data).toEqual([5_000, 5_000, 5_000, 5_000, 5_000]);
    const shares = (active?.data ?? []) as number[];
    [1, 0.6, 0.36, 0.216, 0.1296].forEach((share, i) => expect(shares[i]).toBeCloseTo(share, 9));
    expect(active?.yAxisID).toBe('y1');
    expect(cumulative?.yAxisID).toBe('y');
  });

  it('has the same figures as its table, with the net against the CAC signed', () => {
    expect(spec.summary.columns).toEqual([
      'Année',
      'Clients encore actifs',
      'Marge actualisée cumulée par client',
      'CAC',
      'Face au CAC',
    ]);
    expect(spec.summary.rows[0]?.map(plain)).toEqual([
      'An 1',
      '100 %',
      '80,00 €',
      '50,00 €',
      '+30,00 €',
    ]);
    expect(plain(spec.summary.rows[4]?.[2] ?? '')).toBe('167,50 €');
    expect(plain(spec.label)).toContain('An 5 : marge cumulée 167,50 € pour un CAC de 50,00 €');
  });

  it('puts shares on a 0–100 % axis and money on the other', () => {
    const options = spec.options(FALLBACK_THEME);
    expect(options.scales?.y1).toMatchObject({ min: 0, max: 1, position: 'right' });
    expect(options.scales?.y).toMatchObject({ beginAtZero: true });
  });
});

describe('cohortChartSpec, month by month in the first year', () => {
  const spec = cohortChartSpec(example(), 'months', fmt, t);
  const [cumulative, , active] = spec.data.datasets;

  it('draws twelve months with churn spread over them: 0,6^(k/12) active', () => {
    expect(spec.data.labels).toHaveLength(12);
    expect(spec.data.labels?.[0]).toBe('Mois 1');
    const shares = (active?.data ?? []) as number[];
    expect(shares[0]).toBe(1);
    expect(shares[6]).toBeCloseTo(0.6 ** 0.5, 9);
    // Month 1: 8 000 ÷ 12 ≈ 666,67 cents, undiscounted.
    expect(((cumulative?.data ?? []) as number[])[0]).toBeCloseTo(8_000 / 12, 6);
    expect(spec.summary.columns[0]).toBe('Mois');
    expect(plain(spec.summary.rows[0]?.[4] ?? '')).toMatch(/^[−-]43,33 €$/);
    expect(spec.summary.caption).toContain('première année mois par mois');
  });
});
