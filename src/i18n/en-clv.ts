// English strings of the CLV screen's simulator (the same keys as fr-clv.ts).
import type { frClv } from './fr-clv';

export const enClv: Record<keyof typeof frClv, string> = {
  'clv.title': 'CLV simulator',
  'clv.noPlan': 'No plan is open: CLV scenarios are stored with a plan.',
  'clv.noPlanLink': 'Open the planner',
  'clv.loading': 'Loading scenarios…',
  'clv.empty': 'This plan has no CLV scenario yet.',
  'clv.emptyHint':
    'Start from a blank scenario, or from the example: paying €50 for a customer whose first purchase is €20 looks like a loss.',
  'clv.new': 'New scenario',
  'clv.example': 'Load the example: CAC €50, basket €20, 10 purchases a year',
  'clv.retry': 'Retry',
  'clv.unsaved':
    '{count, plural, one {# change not saved} other {# changes not saved}}: your entries stay on screen.',

  'clv.bar.label': 'CLV scenarios',
  'clv.bar.select': 'Scenario shown',
  'clv.bar.rename': 'Rename',
  'clv.bar.renameField': 'New scenario name',
  'clv.bar.renameSave': 'Save the name',
  'clv.bar.cancel': 'Cancel',
  'clv.bar.nameRequired': 'Give the scenario a name.',
  'clv.bar.delete': 'Delete the scenario',
  'clv.scenario.defaultName': 'CLV scenario {n}',
  'clv.scenario.fromOrders': 'From the orders',
  'clv.scenario.exampleName': 'Example: CAC €50, basket €20',
  'clv.scenario.created': 'Scenario “{name}” created.',
  'clv.scenario.restored': 'Scenario “{name}” put back.',
  'clv.scenario.deleted': 'Scenario “{name}” deleted.',
  'clv.scenario.planGone': 'This plan was deleted: the scenario was not created.',

  'clv.in.title': 'Assumptions',
  'clv.in.basket': 'Average basket',
  'clv.in.purchases': 'Purchases per year',
  'clv.in.margin': 'Gross margin rate',
  'clv.in.loyalty': 'Loyalty given as',
  'clv.in.byRetention': 'a yearly retention',
  'clv.in.byLifetime': 'an expected lifetime',
  'clv.in.retention': 'Yearly retention',
  'clv.in.lifetime': 'Expected lifetime (years)',
  'clv.in.discount': 'Discount rate',
  'clv.in.horizon': 'Horizon (years)',
  'clv.in.cac': 'Customer acquisition cost (CAC)',
  'clv.in.convention': 'Margin convention',
  'clv.in.unreadable': 'This is not a readable number.',
  'clv.convention.first-margin-up-front': 'first margin collected at once',
  'clv.convention.after-one-retention-step':
    'first margin after one year of loyalty (margin multiple r/(1+d−r))',

  'clv.err.required': 'Give a retention or an expected lifetime.',
  'clv.err.not-finite': 'Type a number.',
  'clv.err.negative': 'Cannot be negative.',
  'clv.err.rate-above-one': 'Cannot exceed 100 %.',
  'clv.err.retention-one-no-horizon':
    'A retention of 100 % or more makes the value unbounded: stay under 100 %.',
  'clv.err.not-positive': 'At least {limit} year.',
  'clv.err.horizon-out-of-range': 'A whole number of years, 1 to 50.',
  'clv.err.too-large': 'Too large: at most {limit}.',
  'clv.blocked': 'Correct the flagged assumptions to see this figure.',

  'clv.out.title': 'Value of a customer',
  'clv.out.yearlyMargin': 'Yearly margin per customer',
  'clv.out.simple': 'Simple CLV',
  'clv.out.discounted': 'Discounted CLV over {years} years ({convention})',
  'clv.out.infinite': 'Infinite limit ({convention})',
  'clv.out.ratio': 'CLV : CAC',
  'clv.out.payback': 'CAC payback',
  'clv.out.months': '{months} months',
  'clv.out.retainedMonth': 'with customers leaving: in month {month}',
  'clv.out.neverPaysBack': 'with customers leaving: not within the horizon',
  'clv.verdict.below-one': 'The customer costs more than they bring.',
  'clv.verdict.below-three': 'The customer pays back their acquisition, but under the 3 : 1 rule.',
  'clv.verdict.healthy': 'Healthy: above the 3 : 1 rule.',
  'clv.verdict.very-high': 'Very high (5 : 1 or more): acquisition may be starved.',
  'clv.verdict.none': 'With no CAC there is nothing to pay back.',

  'clv.tip.yearlyMargin.meaning': 'The gross margin a loyal customer leaves in one year.',
  'clv.tip.yearlyMargin.formula':
    'm = basket × purchases per year × margin rate = {basket} × {purchases} × {rate} = {margin}',
  'clv.tip.simple.meaning':
    'The yearly margin times the expected lifetime, with no discounting and no horizon.',
  'clv.tip.simple.formula': 'Simple CLV = m × lifetime = {margin} × {years} years = {clv}',
  'clv.tip.simple.fromRetention': 'lifetime = 1 ÷ (1 − r) = 1 ÷ (1 − {r}) = {years} years',
  'clv.tip.simple.fromLifetime': 'lifetime typed: {years} years (r = 1 − 1 ÷ lifetime = {r})',
  'clv.tip.discounted.meaning':
    'Each year’s margin, weighted by the share of customers still there (rᵗ) and discounted ((1+d)ᵗ), summed over the horizon.',
  'clv.tip.discounted.formula.first-margin-up-front':
    'CLV = Σ from t = 0 to {last} of m × rᵗ ÷ (1+d)ᵗ = {margin} × ({factors}) = {clv}',
  'clv.tip.discounted.formula.after-one-retention-step':
    'CLV = Σ from t = 1 to {last} of m × rᵗ ÷ (1+d)ᵗ = {margin} × ({factors}) = {clv}',
  'clv.tip.discounted.rule': 'r = {r}, d = {d}.',
  'clv.tip.infinite.meaning':
    'The same sum with no horizon: the customer’s worth if the relationship goes on forever.',
  'clv.tip.infinite.formula.first-margin-up-front':
    'CLV = m × (1 + d) ÷ (1 + d − r) = {margin} × {numerator} ÷ {denominator} = {clv}',
  'clv.tip.infinite.formula.after-one-retention-step':
    'CLV = m × r ÷ (1 + d − r) = {margin} × {numerator} ÷ {denominator} = {clv}',
  'clv.tip.infinite.rule':
    'The two conventions differ by one yearly margin: (1+d)/(1+d−r) = 1 + r/(1+d−r).',
  'clv.tip.ratio.meaning':
    'How much a customer brings (discounted CLV over the horizon, {convention}) for each unit spent acquiring them.',
  'clv.tip.ratio.formula': 'CLV : CAC = {clv} ÷ {cac} = {ratio}',
  'clv.tip.ratio.rule':
    'Rule of thumb: aim for at least 3 : 1; under 1 : 1 the customer costs more than they bring; above 5 : 1 you may be investing too little.',
  'clv.tip.payback.meaning': 'How many months of margin it takes to pay back the CAC.',
  'clv.tip.payback.formula': 'CAC ÷ (m ÷ 12) = {cac} ÷ {monthly} = {months} months',
  'clv.tip.payback.rule': 'In e-commerce, paying back in under 12 months is comfortable.',
  'clv.tip.zero': 'Cannot be computed: the yearly margin is zero.',

  'clv.lesson.title': 'Short term against long term',
  'clv.lesson.text':
    'The first purchase earns {firstMargin} of margin for {cac} of CAC: {firstNet}; over {years} years: {horizonNet}.',
  'clv.lesson.formula':
    'First purchase: {basket} × {rate} − {cac} = {firstNet}. Over the horizon: {clv} − {cac} = {horizonNet}.',

  'clv.cohort.title': 'Cohort by year (per acquired customer)',
  'clv.cohort.year': 'Year',
  'clv.cohort.active': 'Customers still active',
  'clv.cohort.margin': 'Margin of the year',
  'clv.cohort.cumulative': 'Cumulative discounted margin',
  'clv.cohort.net': 'Against the CAC',
  'clv.cohort.payback': 'The CAC is paid back (discounted margin) in year {year}.',
  'clv.cohort.noPayback': 'The CAC is not paid back within the horizon.',
  'clv.cohort.month': 'Month',
  'clv.cohort.monthMargin': 'Margin of the month',
  'clv.cohort.monthsTitle': 'First year, month by month (per acquired customer)',
  'clv.cohort.monthsHint':
    'Customers leaving are spread over the months; each month’s margin is discounted to its month.',

  'clv.sens.title': 'Sensitivity of the discounted CLV',
  'clv.sens.caption':
    'Discounted CLV over {years} years by retention (rows) and margin rate (columns); your assumptions in bold.',
  'clv.sens.corner': 'Retention ↓ / margin →',

  'clv.tabs': 'Parts of the CLV screen',
  'clv.tab.simulator': 'Simulator',
  'clv.tab.orders': 'Orders and RFM',
  'clv.tab.forecast': 'Forecast',
  'clv.tab.compare': 'Compare',
  'clv.orders.loading': 'Reading the orders…',
  'clv.orders.none':
    'This plan has no orders yet: import an orders CSV to see the RFM segments and the forecast.',
  'clv.orders.analysing': 'Analysing {count, plural, one {# order} other {# orders}}…',
  'clv.orders.failed': 'The orders could not be analysed: {detail}',
  'clv.orders.noReadable': 'No readable order: every row lacks a customer id, a date or an amount.',
  'clv.orders.beyondCents':
    'Customer {customer}’s total is beyond what the app can count to the cent.',
};
