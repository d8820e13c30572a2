// The CLV outputs' words and tips, with the seeds' example's numbers worked out by hand.
import { describe, expect, it } from 'vitest';
import { WORKED_EXAMPLE_INPUTS } from '../../../src/domain/clv/clv-example';
import { shortTermView } from '../../../src/domain/clv/cohort';
import { toCents } from '../../../src/domain/money';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import { figureFormat } from '../../../src/ui/figure-format';
import { clvErrorText, clvRows, lessonText, signedMoney } from '../../../src/views/clv/clv-tips';

const fmt = figureFormat('fr-FR', 'EUR');
const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);
const plain = (s: string) => s.replace(/\s+/g, ' ');

describe('clvRows on the worked example', () => {
  const rows = clvRows({ ...WORKED_EXAMPLE_INPUTS }, 'first-margin-up-front', fmt, t);
  const byKey = new Map(rows.map((r) => [r.key, r]));

  it('quotes the yearly margin with the user’s numbers: 20 € × 10 × 40 % = 80 €', () => {
    expect(plain(byKey.get('yearlyMargin')?.tip.formula ?? '')).toContain(
      '= 20,00 € × 10 × 40 % = 80,00 €',
    );
  });

  it('lists the discounted terms 1 + 0,545 + 0,298 + 0,162 + 0,089 and the total 167,50 €', () => {
    // (0,6/1,1)ᵗ for t = 0..4: 1, 0,545, 0,298, 0,162, 0,089; 80 € × their sum ≈ 167,50 €.
    const row = byKey.get('discounted-first-margin-up-front');
    expect(row?.value.replace(/\s/g, ' ')).toBe('167,50 €');
    expect(plain(row?.tip.formula ?? '')).toContain('(1 + 0,545 + 0,298 + 0,162 + 0,089)');
  });

  it('labels both conventions and gives their limits 176 € and 96 €', () => {
    expect(byKey.get('infinite-first-margin-up-front')?.label).toContain(
      'première marge encaissée tout de suite',
    );
    expect(byKey.get('infinite-after-one-retention-step')?.label).toContain(
      'première marge après une année de fidélité (multiple de marge r/(1+d−r))',
    );
    // 80 × 1,1 ÷ 0,5 = 176; 80 × 0,6 ÷ 0,5 = 96.
    expect(plain(byKey.get('infinite-first-margin-up-front')?.value ?? '')).toBe('176,00 €');
    expect(plain(byKey.get('infinite-after-one-retention-step')?.value ?? '')).toBe('96,00 €');
  });

  it('says the 3,35 : 1 ratio is healthy', () => {
    const ratio = byKey.get('ratio');
    expect(ratio?.value).toBe('3,35 : 1');
    expect(ratio?.detail).toBe('Sain : au-dessus de la règle du 3 : 1.');
  });

  it('shows dashes, never NaN, when the basket is negative', () => {
    const bad = clvRows(
      { ...WORKED_EXAMPLE_INPUTS, averageBasket: toCents(-2_000) },
      'first-margin-up-front',
      fmt,
      t,
    );
    expect(bad.every((r) => r.value === '—')).toBe(true);
    expect(JSON.stringify(bad)).not.toMatch(/NaN|Infinity/);
  });
});

describe('the lesson and the words', () => {
  it('says −42 € now and +117,50 € over five years', () => {
    const view = shortTermView({ ...WORKED_EXAMPLE_INPUTS }, 'first-margin-up-front');
    if (!view.ok) throw new Error('example must validate');
    // 8 € − 50 € = −42 €; 167,50 € − 50 € = +117,50 €.
    expect(plain(lessonText(view.value, fmt, t).text)).toMatch(
      /^Le premier achat rapporte 8,00 € de marge pour 50,00 € de CAC : [−-]42,00 € ; sur 5 ans : \+117,50 €\.$/,
    );
  });

  it('signs gains and leaves zero unsigned', () => {
    expect(plain(signedMoney(11_750, fmt))).toBe('+117,50 €');
    expect(plain(signedMoney(0, fmt))).toBe('0,00 €');
  });

  it('words a horizon out of range', () => {
    expect(
      clvErrorText({ field: 'horizonYears', code: 'horizon-out-of-range', limit: 50 }, t, fmt),
    ).toBe('Un nombre entier d’années, de 1 à 50.');
  });
});
