// English strings of the CLV screen: BG\/NBD + Gamma-Gamma forecast (calibration, fit, holdout) (loaded with the screen).
import type { frClvForecast } from './fr-clv-forecast';

export const enClvForecast: Record<keyof typeof frClvForecast, string> = {
  'clv.forecast.title': 'BG/NBD + Gamma-Gamma forecast',
  'clv.forecast.intro':
    'The model learns from the orders up to the calibration date, then forecasts each customer’s purchases and value; the later orders check the forecast.',
  'clv.forecast.noOrders':
    'No orders for this plan: import them in the “Orders” tab to run a forecast.',
  'clv.forecast.loading': 'Reading the orders…',
  'clv.forecast.analysing': 'Analysing the orders…',
  'clv.forecast.ordersFailed': 'The orders could not be analysed (see the “Orders” tab).',
  'clv.forecast.options': 'Forecast settings',
  'clv.forecast.calibration': 'Calibration date',
  'clv.forecast.calibrationHint':
    'Between {first} (first order) and {last} (last order). Suggested: {default}.',
  'clv.forecast.calibrationEmpty': 'Enter a calibration date.',
  'clv.forecast.calibrationBefore':
    'The date is before the first order ({first}): no customer exists yet on that date.',
  'clv.forecast.calibrationAfter':
    'The date is after the last order ({last}): there are no orders on that date.',
  'clv.forecast.unit': 'Time unit',
  'clv.forecast.unit.day': 'day',
  'clv.forecast.unit.week': 'week',
  'clv.forecast.unit.month': 'month',
  'clv.forecast.unitName.day': 'days',
  'clv.forecast.unitName.week': 'weeks',
  'clv.forecast.unitName.month': 'months',
  'clv.forecast.periods': 'Horizon (number of periods)',
  'clv.forecast.periodsError': 'A whole number from 1 to 600.',
  'clv.forecast.discount': 'Yearly discount rate',
  'clv.forecast.discountError': 'A rate from 0 % to 1,000 %.',
  'clv.forecast.unreadable': 'Unreadable number.',
  'clv.forecast.run': 'Run the fit',
  'clv.forecast.running': 'Fitting…',
  'clv.forecast.failed': 'The fit failed: {detail}',
  'clv.forecast.error.invalid-options': 'Invalid settings: check the horizon and the rate.',
  'clv.forecast.error.unreadable-calibration': 'The calibration date is unreadable.',
  'clv.forecast.error.no-orders': 'No readable order.',
  'clv.forecast.error.as-of-before-first':
    'The calibration date ({day}) is before the first order ({first}): no customer to fit.',
  'clv.forecast.error.after-last': 'The calibration date ({day}) is after the last order ({last}).',
  'clv.forecast.error.beyond-cents':
    'Customer {customer}’s total is beyond what cents can carry exactly.',
  'clv.forecast.error.too-few-customers':
    '{count, plural, one {# customer} other {# customers}} on the calibration date: at least {minimum} are needed to fit four parameters.',
  'clv.forecast.error.no-repeat-buyers':
    'No customer bought again before the calibration date: the model cannot estimate dropout.',
  'clv.forecast.error.too-few-repeat-buyers':
    '{count, plural, one {# customer} other {# customers}} with repeat purchases of positive value: at least {minimum} are needed for the spend model.',
  'clv.forecast.error.not-converged':
    'The {model} fit did not converge after {iterations} iterations: nothing is shown rather than something wrong. Try another calibration date.',
  'clv.forecast.error.fit-invalid': 'The {model} fit refused invalid data.',
  'clv.forecast.error.infinite-mean-spend':
    'The spend model gives q = {q} ≤ 1: the population’s mean spend would be infinite, no CLV can be given.',
  'clv.forecast.error.not-computable':
    'The model gives no finite value for customer {customer} (an extreme fit).',
  'clv.forecast.error.not-computable-total':
    'The CLV total is beyond what cents can carry exactly.',
  'clv.forecast.model.bgnbd': 'BG/NBD',
  'clv.forecast.model.gammaGamma': 'Gamma-Gamma',
  'clv.forecast.done': 'Fit done: {count, plural, one {# customer} other {# customers}} on {day}.',
  'clv.forecast.params': 'Fitted parameters',
  'clv.forecast.param.r':
    'r and α: active customers’ purchase rates vary from one customer to another as a gamma distribution of shape r = {r} and scale α = {alpha} — an active customer buys r/α = {rate} times per {unit} on average.',
  'clv.forecast.param.a':
    'a and b: after each purchase a customer stops with a probability that follows a beta distribution (a = {a}, b = {b}) — on average a/(a+b) = {dropout} chance of stopping after a purchase.',
  'clv.forecast.param.p':
    'p, q and v: a purchase’s amount varies around the customer’s own mean (shape p = {p}); those means vary between customers (q = {q}, v = {v}) — population mean spend v·p/(q−1) = {mean}.',
  'clv.forecast.fitLine':
    '{model}: log-likelihood {ll}, {count, plural, one {# customer fitted} other {# customers fitted}}, {iterations} iterations.',
  'clv.forecast.tip.params.title': 'Fitted parameters',
  'clv.forecast.tip.params.meaning':
    'The values that make the orders seen up to calibration most likely (maximum likelihood, Nelder–Mead).',
  'clv.forecast.tip.params.formula':
    'BG/NBD: λ ~ Gamma(r, α), p ~ Beta(a, b). Gamma-Gamma: amount ~ Gamma(p, ν), ν ~ Gamma(q, v).\nLog-likelihood = Σ ln L(customer); the higher (closer to 0), the better the model describes the data.',
  'clv.forecast.tip.label': 'About: {name}',
  'clv.forecast.independence':
    'Warning: purchase frequency and spend are correlated (ρ = {rho}, threshold {threshold}). Gamma-Gamma assumes they are independent: the spend forecast is doubtful.',
  'clv.forecast.independenceOk':
    'Frequency and spend weakly correlated (ρ = {rho}, under the {threshold} threshold): the Gamma-Gamma assumption holds.',
  'clv.forecast.independenceNone':
    'Frequency–spend correlation not computable (too few repeat buyers, or no spread).',
  'clv.forecast.tip.rho.title': 'Frequency–spend correlation',
  'clv.forecast.tip.rho.meaning':
    'The spend model assumes that those who buy often do not spend more (or less) per purchase.',
  'clv.forecast.tip.rho.formula':
    'Pearson’s ρ between x and the repeat purchases’ mean spend, over {count} repeat buyers: {rho}.',
  'clv.forecast.customers': 'Customers',
  'clv.forecast.customersCaption':
    'Forecast per customer over {periods} {unit}, sorted by {column} ({direction}).',
  'clv.forecast.desc': 'descending',
  'clv.forecast.asc': 'ascending',
  'clv.forecast.col.id': 'Customer',
  'clv.forecast.col.x': 'Repeats x',
  'clv.forecast.col.recency': 'Recency tₓ',
  'clv.forecast.col.age': 'Age T',
  'clv.forecast.col.alive': 'P(alive)',
  'clv.forecast.col.purchases': 'Expected purchases',
  'clv.forecast.col.spend': 'Expected spend',
  'clv.forecast.col.clv': 'Predicted CLV',
  'clv.forecast.col.segment': 'Segment',
  'clv.forecast.sortBy': 'Sort by {column}',
  'clv.forecast.noSegment': 'no segment',
  'clv.forecast.populationSpend': 'population spend (repeats ≤ 0)',
  'clv.forecast.page': 'Page {page} of {pages}',
  'clv.forecast.previous': 'Previous page',
  'clv.forecast.next': 'Next page',
  'clv.forecast.tip.x.title': 'Repeats x',
  'clv.forecast.tip.x.meaning': 'Distinct purchase days before calibration, less the first one.',
  'clv.forecast.tip.x.formula': 'x = distinct purchase days − 1',
  'clv.forecast.tip.recency.title': 'Recency tₓ',
  'clv.forecast.tip.recency.meaning':
    'The customer’s age at their last purchase (lifetimes’ convention), in the chosen unit.',
  'clv.forecast.tip.recency.formula': 'tₓ = (last purchase − first purchase) ÷ {days} days',
  'clv.forecast.tip.age.title': 'Age T',
  'clv.forecast.tip.age.meaning': 'Time from the first purchase to the calibration date.',
  'clv.forecast.tip.age.formula': 'T = (calibration − first purchase) ÷ {days} days',
  'clv.forecast.tip.alive.title': 'P(alive)',
  'clv.forecast.tip.alive.meaning':
    'The probability that the customer is still a customer on the calibration date, given their history.',
  'clv.forecast.tip.alive.formula':
    'P(alive) = 1 / [1 + 1₍x>0₎ · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x)]',
  'clv.forecast.tip.purchases.title': 'Expected purchases',
  'clv.forecast.tip.purchases.meaning':
    'Purchases expected over the next {periods} periods, given the customer’s history.',
  'clv.forecast.tip.purchases.formula':
    'E[Y(t)] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))] · P(alive), t = {periods}',
  'clv.forecast.tip.spend.title': 'Expected spend',
  'clv.forecast.tip.spend.meaning':
    'The expected amount of a future purchase: the customer’s mean, pulled towards the population’s the more so the fewer purchases it rests on.',
  'clv.forecast.tip.spend.formula':
    'E[M] = (1−w) · v·p/(q−1) + w · m̄, w = p·x/(p·x+q−1); population: {mean}',
  'clv.forecast.tip.clv.title': 'Predicted CLV',
  'clv.forecast.tip.clv.meaning':
    'The customer’s expected revenue over the horizon, each period discounted.',
  'clv.forecast.tip.clv.formula':
    'CLV = E[M] × Σᵢ (E[Y(i)] − E[Y(i−1)]) / (1+d)ⁱ, i = 1…{periods}, d = (1 + {yearly})^({days}/365.25) − 1 = {rate} per period',
  'clv.forecast.totalLine':
    'Total: {purchases} expected purchases, predicted CLV {clv} over {periods} {unit}.',
  'clv.forecast.segments': 'By RFM segment',
  'clv.forecast.seg.segment': 'Segment',
  'clv.forecast.seg.customers': 'Customers',
  'clv.forecast.seg.alive': 'Mean P(alive)',
  'clv.forecast.seg.purchases': 'Expected purchases',
  'clv.forecast.seg.clv': 'Predicted CLV, total',
  'clv.forecast.seg.perCustomer': 'CLV per customer',
  'clv.forecast.seg.total': 'Total',
  'clv.forecast.tip.segments.title': 'Sums per segment',
  'clv.forecast.tip.segments.meaning':
    'RFM segments are those of the “Orders” tab (measured at the last order); the forecast is the model’s at calibration.',
  'clv.forecast.tip.segments.formula':
    'Mean P(alive) = Σ P(alive) ÷ customers; CLV per customer = Σ CLV ÷ customers',
  'clv.forecast.holdout': 'Holdout check',
  'clv.forecast.noHoldout':
    'No holdout: calibration is on the last order day, no later order can check the forecast. Pick an earlier date to check it.',
  'clv.forecast.holdoutLine':
    'After calibration, over {periods} {unit}: {actual} actual repeat purchases, {expected} expected ({gap}).',
  'clv.forecast.holdoutCaption':
    'Cumulative repeat purchases after calibration: actual and expected',
  'clv.forecast.holdoutLabel':
    'Cumulative repeat purchases after calibration: {actual} actual, {expected} expected at the end.',
  'clv.forecast.holdoutPeriod': 'Period',
  'clv.forecast.holdoutActual': 'Actual (cumulative)',
  'clv.forecast.holdoutExpected': 'Expected (cumulative)',
  'clv.forecast.holdoutFile': 'forecast-check',
  'clv.forecast.tip.holdout.title': 'Holdout check',
  'clv.forecast.tip.holdout.meaning':
    'Customers acquired before calibration: their actual repeat purchases after it (distinct purchase days), against those the model expected of them. Close curves say the forecast holds.',
  'clv.forecast.tip.holdout.formula':
    'Expected(k) = Σ customers E[Y(tₖ) | x, tₓ, T], tₖ = end of period k; gap = (expected − actual) ÷ actual',
};
