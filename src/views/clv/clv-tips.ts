// Every CLV simulator output as the screen shows it: its label, its value and its info tip with
// the formula filled with the user's numbers ("m = 20,00 € × 10 × 40 % = 80,00 €"), the words of
// the CLV : CAC verdict and of the short-term lesson, and the reason a field is refused. Pure:
// the same inputs give the same text, so each string is unit-tested.
import '../../i18n/clv-catalogue';
import type { ClvFieldError } from '../../domain/clv/clv-validation';
import { cacPaybackMonths, shortTermView, type ShortTermView } from '../../domain/clv/cohort';
import type { ClvInputs, MarginConvention } from '../../domain/clv/model';
import {
  clvToCac,
  discountedClv,
  infiniteClv,
  simpleClv,
  yearlyMargin,
  type ClvResult,
} from '../../domain/clv/simulator';
import type { Translate } from '../../i18n';
import { DASH, type FigureFormat } from '../../ui/figure-format';
import { linked, row, type OutputRow } from '../../ui/output-rows';

export const CONVENTIONS = [
  'first-margin-up-front',
  'after-one-retention-step',
] as const satisfies readonly MarginConvention[];

/** A refused field's reason in the user's words. */
export function clvErrorText(error: ClvFieldError, t: Translate, fmt: FigureFormat): string {
  const limit = error.limit === undefined ? '' : fmt.number(error.limit, 0);
  return t(`clv.err.${error.code}`, { limit });
}

/** "+117,50 €" for a gain, "−42,00 €" for a loss: the sign is the point of the lesson. */
export function signedMoney(cents: number, fmt: FigureFormat): string {
  const text = fmt.money(cents);
  return cents > 0 && text !== DASH ? `+${text}` : text;
}

export type ClvOutput =
  | 'yearlyMargin'
  | 'simple'
  | `discounted-${MarginConvention}`
  | `infinite-${MarginConvention}`
  | 'ratio'
  | 'payback';

/** The row of a figure, or a dash with why in its tip when its inputs are refused. */
function figure<T>(
  result: ClvResult<T>,
  key: ClvOutput,
  label: string,
  meaning: string,
  t: Translate,
  build: (value: T) => OutputRow<ClvOutput>,
): OutputRow<ClvOutput> {
  if (result.ok) return build(result.value);
  return row(key, label, DASH, { meaning, formula: t('clv.blocked'), rule: '' });
}

/** The yearly margin, simple CLV, both discounted CLVs, both limits, CLV : CAC and payback. */
export function clvRows(
  inputs: ClvInputs,
  convention: MarginConvention,
  fmt: FigureFormat,
  t: Translate,
): OutputRow<ClvOutput>[] {
  const m = fmt.money;
  const pct = (v: number) => fmt.percent(v, 2);
  const rows: OutputRow<ClvOutput>[] = [];

  const marginLabel = t('clv.out.yearlyMargin');
  const marginMeaning = t('clv.tip.yearlyMargin.meaning');
  rows.push(
    figure(yearlyMargin(inputs), 'yearlyMargin', marginLabel, marginMeaning, t, (y) =>
      row('yearlyMargin', marginLabel, m(y.yearlyMargin), {
        meaning: marginMeaning,
        formula: t('clv.tip.yearlyMargin.formula', {
          basket: m(y.averageBasket),
          purchases: fmt.number(y.purchasesPerYear, 2),
          rate: pct(y.marginRate),
          margin: m(y.yearlyMargin),
        }),
        rule: '',
      }),
    ),
  );

  const simpleLabel = t('clv.out.simple');
  const simpleMeaning = t('clv.tip.simple.meaning');
  rows.push(
    figure(simpleClv(inputs), 'simple', simpleLabel, simpleMeaning, t, (s) => {
      const years = fmt.number(s.years, 2);
      const source = s.yearsSource === 'retention' ? 'fromRetention' : 'fromLifetime';
      const r = pct(s.retention.retention);
      return row('simple', simpleLabel, m(s.clv), {
        meaning: simpleMeaning,
        formula: [
          t(`clv.tip.simple.${source}`, { r, years }),
          t('clv.tip.simple.formula', { margin: m(s.margin.yearlyMargin), years, clv: m(s.clv) }),
        ].join('\n'),
        rule: '',
      });
    }),
  );

  for (const c of CONVENTIONS) {
    const key = `discounted-${c}` as const;
    const label = t('clv.out.discounted', {
      years: fmt.number(inputs.horizonYears, 0),
      convention: t(`clv.convention.${c}`),
    });
    const meaning = t('clv.tip.discounted.meaning');
    rows.push(
      figure(discountedClv(inputs, c), key, label, meaning, t, (d) => {
        const factors = d.terms.map((term) => fmt.number(term.retained * term.discountFactor, 3));
        return row(key, label, m(d.clv), {
          meaning,
          formula: t(`clv.tip.discounted.formula.${c}`, {
            last: d.terms.at(-1)?.t ?? 0,
            margin: m(d.margin.yearlyMargin),
            factors: factors.join(' + '),
            clv: m(d.clv),
          }),
          rule: t('clv.tip.discounted.rule', {
            r: pct(d.retention.retention),
            d: pct(d.discountRate),
          }),
        });
      }),
    );
  }

  for (const c of CONVENTIONS) {
    const key = `infinite-${c}` as const;
    const label = t('clv.out.infinite', { convention: t(`clv.convention.${c}`) });
    const meaning = t('clv.tip.infinite.meaning');
    rows.push(
      figure(infiniteClv(inputs, c), key, label, meaning, t, (i) =>
        row(key, label, m(i.clv), {
          meaning,
          formula: t(`clv.tip.infinite.formula.${c}`, {
            margin: m(i.margin.yearlyMargin),
            numerator: fmt.number(i.numerator, 4),
            denominator: fmt.number(i.denominator, 4),
            clv: m(i.clv),
          }),
          rule: t('clv.tip.infinite.rule'),
        }),
      ),
    );
  }

  const ratioLabel = t('clv.out.ratio');
  const ratioMeaning = t('clv.tip.ratio.meaning', {
    convention: t(`clv.convention.${convention}`),
  });
  rows.push(
    figure(shortTermView(inputs, convention), 'ratio', ratioLabel, ratioMeaning, t, (v) => {
      const ratio = clvToCac(v.horizonClv, v.cac);
      const value = ratio.ratio === null ? DASH : `${fmt.number(ratio.ratio, 2)} : 1`;
      return row(
        'ratio',
        ratioLabel,
        value,
        {
          meaning: ratioMeaning,
          formula: t('clv.tip.ratio.formula', {
            clv: m(v.horizonClv),
            cac: m(v.cac),
            ratio: value,
          }),
          rule: t('clv.tip.ratio.rule'),
        },
        t(ratio.verdict === null ? 'clv.verdict.none' : `clv.verdict.${ratio.verdict}`),
      );
    }),
  );

  const paybackLabel = t('clv.out.payback');
  const paybackMeaning = t('clv.tip.payback.meaning');
  rows.push(
    figure(cacPaybackMonths(inputs), 'payback', paybackLabel, paybackMeaning, t, (p) => {
      const months = fmt.number(p.months, 1);
      return row(
        'payback',
        paybackLabel,
        p.months === null ? DASH : t('clv.out.months', { months }),
        {
          meaning: paybackMeaning,
          formula:
            p.months === null
              ? t('clv.tip.zero')
              : t('clv.tip.payback.formula', {
                  cac: m(p.cac),
                  monthly: m(p.margin.monthlyMargin),
                  months,
                }),
          rule: t('clv.tip.payback.rule'),
        },
        p.retainedMonth === null
          ? t('clv.out.neverPaysBack')
          : t('clv.out.retainedMonth', { month: p.retainedMonth }),
      );
    }),
  );
  // Every figure's tip leads to the CLV entry; its link lands on CLV : CAC.
  return rows.map((r) => linked(r, 'clv', r.key === 'ratio' ? 'clv-ratio' : undefined));
}

/** The seeds' lesson in one sentence, and its arithmetic. */
export function lessonText(
  v: ShortTermView,
  fmt: FigureFormat,
  t: Translate,
): { text: string; formula: string } {
  const common = {
    cac: fmt.money(v.cac),
    firstNet: signedMoney(v.firstPurchaseNet, fmt),
    horizonNet: signedMoney(v.horizonNet, fmt),
  };
  return {
    text: t('clv.lesson.text', {
      ...common,
      firstMargin: fmt.money(v.firstPurchaseMargin),
      years: fmt.number(v.horizonYears, 0),
    }),
    formula: t('clv.lesson.formula', {
      ...common,
      basket: fmt.money(v.averageBasket),
      rate: fmt.percent(v.marginRate, 2),
      clv: fmt.money(v.horizonClv),
    }),
  };
}
