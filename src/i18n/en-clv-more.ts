// English strings of the CLV screen: simulator additions (cohort chart, CAC from a planner channel, derived inputs, side-by-side comparison) (loaded with the screen).
import type { frClvMore } from './fr-clv-more';

export const enClvMore: Record<keyof typeof frClvMore, string> = {
  'clv.more.title': 'Compare scenarios',

  'clv.more.chart.title': 'Cohort as a chart',
  'clv.more.chart.view': 'Period',
  'clv.more.chart.byYear': 'Year by year',
  'clv.more.chart.byMonth': 'Month by month (first year)',
  'clv.more.chart.year': 'Year {n}',
  'clv.more.chart.month': 'Month {n}',
  'clv.more.chart.monthColumn': 'Month',
  'clv.more.chart.active': 'Customers still active',
  'clv.more.chart.cumulative': 'Cumulative discounted margin per customer',
  'clv.more.chart.cac': 'CAC',
  'clv.more.chart.titleYears':
    'Active customers and cumulative margin against the CAC, year by year',
  'clv.more.chart.titleMonths':
    'Active customers and cumulative margin against the CAC, first year month by month',
  'clv.more.chart.label':
    '{caption}. {period}: cumulative margin {cumulative} for a CAC of {cac}, {active} of customers still active.',
  'clv.more.chart.file': 'CLV cohort {name}',

  'clv.more.cac.legend': 'Where the CAC comes from',
  'clv.more.cac.typed': 'Typed',
  'clv.more.cac.fromChannel': 'From a plan channel',
  'clv.more.cac.noChannels': 'This plan has no channel yet: add one in the planner.',
  'clv.more.cac.channel': 'Plan channel',
  'clv.more.cac.customers': 'Customers acquired by this channel',
  'clv.more.cac.customersInvalid': 'A whole number of customers, at least 1.',
  'clv.more.cac.customerCount': '{count, plural, one {# customer} other {# customers}}',
  'clv.more.cac.spend': 'The channel’s planned spend over the plan’s months: {spend}',
  'clv.more.cac.value': 'CAC from the channel: {cac}',
  'clv.more.cac.tipTitle': 'CAC from a plan channel',
  'clv.more.cac.tipMeaning':
    'What one customer acquired by this channel costs: its planned budget over the plan’s months (the planner’s “planned” amounts, not actuals) divided by the customers it acquired. It follows the plan’s budget when that changes.',
  'clv.more.cac.formula': 'CAC = {spend} ÷ {customers} = {cac}',
  'clv.more.cac.gone':
    'The chosen channel is no longer in the plan: the typed CAC ({cac}) is used.',
  'clv.more.cac.problem.no-customers':
    'Enter the customers this channel acquired; meanwhile the typed CAC ({cac}) is used.',
  'clv.more.cac.problem.customers-not-whole':
    'A whole number of customers; meanwhile the typed CAC ({cac}) is used.',
  'clv.more.cac.problem.no-spend':
    'This channel has no planned budget over the plan’s months; the typed CAC ({cac}) is used.',
  'clv.more.cac.typedField': 'Typed CAC (used without a channel)',

  'clv.more.derived.title': 'Assumptions from the orders',
  'clv.more.derived.asOf': 'Measured on {day}, the last order’s day.',
  'clv.more.derived.basket': 'Observed average basket',
  'clv.more.derived.basketHow':
    '{revenue} of revenue ÷ {orders, plural, one {# order} other {# orders}} = {value}',
  'clv.more.derived.purchases': 'Observed purchases per year',
  'clv.more.derived.purchasesHow':
    '{orders, plural, one {# order} other {# orders}} from {from} to {to} ÷ {customers, plural, one {# active customer} other {# active customers}} in those 365 days = {value}',
  'clv.more.derived.retention': 'Observed retention',
  'clv.more.derived.retentionHow':
    '{returned, plural, one {# customer came back} other {# customers came back}} from {secondFrom} to {secondTo} ÷ {active, plural, one {# active customer} other {# active customers}} from {firstFrom} to {firstTo} = {value}',
  'clv.more.derived.reason.no-orders': 'Cannot be told: no readable order.',
  'clv.more.derived.reason.history-shorter-than-a-year':
    'Cannot be told: the history covers less than a year.',
  'clv.more.derived.reason.no-customer-active-in-last-year':
    'Cannot be told: no customer ordered in the last 365 days.',
  'clv.more.derived.reason.history-shorter-than-two-years':
    'Cannot be told: the history covers less than two years (two whole years are needed).',
  'clv.more.derived.reason.no-customer-active-in-first-year':
    'Cannot be told: no customer ordered in the first of the two years.',
  'clv.more.derived.overridden': 'Your value (computed: {value})',
  'clv.more.derived.typedOnly': 'Your value',
  'clv.more.derived.reset': 'Use the computed value',
  'clv.more.derived.use': 'Use in the simulator',
  'clv.more.derived.useHint':
    'Replaces these assumptions in the simulator’s scenario on screen (or creates one “From the orders”); the retention replaces a lifetime.',
  'clv.more.derived.nothing': 'No figure to use: enter at least one.',

  'clv.more.compare.none': 'This plan has no CLV scenario to compare yet.',
  'clv.more.compare.one':
    'Only one scenario so far: create another in the simulator to compare them side by side.',
  'clv.more.compare.caption':
    'The plan’s CLV scenarios side by side (the best of each row is marked)',
  'clv.more.compare.row': 'Assumption or figure',
  'clv.more.compare.inputs': 'Assumptions',
  'clv.more.compare.figures': 'Key figures',
  'clv.more.compare.loyalty': 'Retention or lifetime',
  'clv.more.compare.lifetime': 'lifetime {years} years',
  'clv.more.compare.years': '{years} years',
  'clv.more.compare.discounted': 'Discounted CLV over the horizon',
  'clv.more.compare.infinite': 'Limit at infinity',
  'clv.more.compare.best': 'best',
  'clv.more.compare.reason': '{field}: {reason}',
  'clv.more.compare.endless': 'No limit: retention reaches 1 + the discount rate.',
};
