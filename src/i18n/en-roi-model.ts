// English strings of the ROI screen's model panels: exactly the keys of fr-roi-model.ts (the
// type checks it).
import type { frRoiModel } from './fr-roi-model';

export const enRoiModel: Record<keyof typeof frRoiModel, string> = {
  'roiModel.unreadable': 'This is not a readable number.',
  'roiModel.perEuro': '{value} per euro',
  'roiModel.basis.revenue': 'revenue',
  'roiModel.basis.margin': 'gross margin',

  'roiModel.curves.title': 'Response curves',
  'roiModel.curves.intro':
    'Spending more on a channel does not multiply the return as much: past some point, each extra euro returns less and less. Each campaign’s curve starts from today’s point (media spend, return) and one statement you adjust: what doubling the budget would add. R(x) = Rmax·xˢ/(xˢ+Kˢ).',
  'roiModel.curves.empty': 'Add a campaign to see its curve.',
  'roiModel.curve.today': 'Today: {spend} of media spend → {gains} of return ({basis}).',
  'roiModel.curve.doublingSentence': 'Doubling this budget would add about +{gain} to the return',
  'roiModel.curve.doublingGain': 'Gain from doubling the budget',
  'roiModel.curve.doublingHint':
    'The lower this figure, the more saturated the channel. It must be above 0% and below {max} for this curve shape.',
  'roiModel.curve.shape': 'Curve shape',
  'roiModel.curve.sShape':
    'S-shaped curve (slow start: the channel barely responds while spend is low)',
  'roiModel.curve.concaveHint':
    'Concave curve (s = 1): from the first euro, each extra euro returns a little less than the one before.',
  'roiModel.curve.sShapeHint':
    'S-shaped curve: what an extra euro returns rises first, then falls once past the inflection point.',
  'roiModel.curve.shapeValue': 'Shape s (1 to 3)',
  'roiModel.curve.profitableUpTo':
    'An extra euro returns more than one euro up to about {limit} of spend; beyond that, it returns less than it costs.',
  'roiModel.curve.neverProfitable':
    'At no level of spend does an extra euro return one euro: extra spend does not pay for itself.',
  'roiModel.curve.mediaOnly':
    'The curve links media spend to return; creative costs and team time are not part of it.',
  'roiModel.double.question': 'What if I double this budget?',
  'roiModel.double.saturating':
    'Doubling the spend (×2) gives {multiple} the return, not ×2: each extra euro returns less and less (saturation).',
  'roiModel.double.accelerating':
    'Doubling the spend (×2) gives {multiple} the return: the S-curve has not yet passed its inflection point, so each extra euro still returns more; saturation comes later.',
  'roiModel.double.extra': 'The extra {spend} bring in {gain} more: {perEuro} per euro added.',
  'roiModel.multiples.caption': '{name}: spend multiplied, and the return that follows',
  'roiModel.multiples.multiple': 'Spend ×',
  'roiModel.multiples.spend': 'Media spend',
  'roiModel.multiples.return': 'Return ({basis})',
  'roiModel.multiples.returnMultiple': 'Return ×',
  'roiModel.multiples.roi': 'ROI of media spend',
  'roiModel.multiples.marginal': 'Marginal return',

  'roiModel.carry.title': 'Carry-over (delayed effect)',
  'roiModel.carry.enable': 'Part of a month’s effect carries over into the following months',
  'roiModel.carry.guidance':
    'Guidance for {group}: θ between {low} and {high} (suggested: {suggested}).',
  'roiModel.carry.noGuidance':
    'No published guidance for this kind of channel: {suggested} suggested (no carry-over).',
  'roiModel.carry.source':
    'Source: Robyn (Meta) — TV 0.3–0.8; outdoor, press, radio 0.1–0.4; digital 0–0.3.',
  'roiModel.carry.theta': 'θ (share of the effect carried from one month to the next)',
  'roiModel.carry.useSuggested': 'Use the suggested value ({suggested})',
  'roiModel.carry.meaning':
    'With θ = {theta}, {share} of a euro’s effect lands within 4 months (the month of the spend included).',
  'roiModel.carry.steady':
    'With constant spend, the carried effect adds up to {factor} times one month’s spend (1 ÷ (1 − θ)).',
  'roiModel.carry.decay': 'A euro spent this month still works, month after month: {months}.',
  'roiModel.carry.group.tv': 'TV and cinema',
  'roiModel.carry.group.outdoor-press-radio': 'outdoor, press and radio',
  'roiModel.carry.group.digital': 'digital',
  'roiModel.carry.group.other': 'this channel',

  'roiModel.calibration.spendNotPositive':
    'No curve without media spend: the curve starts from today’s spend, which must be above 0.',
  'roiModel.calibration.returnNotPositive':
    'No curve without a return: today’s return (the campaign’s gains) must be above 0.',
  'roiModel.calibration.doublingOutOfRange':
    'Must be above 0% and below {max} for this curve shape (at {max}, the channel would never saturate).',
  'roiModel.calibration.shapeOutOfRange': 'The shape s must be between {min} and {max}.',

  'roiModel.error.carryOverOutOfRange': 'θ must stay between 0 and {max}.',

  'roiModel.allocator.title': 'Budget split',
  'roiModel.allocator.intro':
    'The split moves budget to the channels where an extra euro returns the most, within your bounds, to the cent. It reads each campaign’s response curve.',
  'roiModel.allocator.issuesTitle': 'To fix before running:',
  'roiModel.allocator.fieldErrors':
    '{count, plural, one {# entry to fix} other {# entries to fix}} in the bounds or the objective before running.',
  'roiModel.allocator.run': 'Allocate the budget',
  'roiModel.allocator.skipped': '{name} is not allocated: {reason}',
  'roiModel.objective.title': 'Objective',
  'roiModel.objective.max-return': 'The highest return for a given budget',
  'roiModel.objective.target-return': 'The least spend that reaches a target return',
  'roiModel.objective.target-roas': 'The largest spend that keeps ROAS at or above a target',
  'roiModel.objective.target-cpa':
    'The largest spend that keeps the cost per customer (CPA) at or below a target',
  'roiModel.objective.value.max-return': 'Budget to allocate',
  'roiModel.objective.value.target-return': 'Target return',
  'roiModel.objective.value.target-roas': 'Target ROAS (return ÷ media spend)',
  'roiModel.objective.value.target-cpa': 'Target CPA (media spend ÷ customers)',
  'roiModel.objective.useCurrent': 'Use the current spend ({spend})',
  'roiModel.bounds.today': 'today: {spend}',
  'roiModel.bounds.min': 'Minimum — {name}',
  'roiModel.bounds.max': 'Maximum — {name}',
  'roiModel.bounds.lock': 'Lock {name} (keeps its current spend)',
  'roiModel.bounds.minimumBuyOn': 'Minimum buy for {name} (nothing, or at least this amount)',
  'roiModel.bounds.minimumBuy': 'Minimum buy — {name}',
  'roiModel.bounds.hint': 'An empty maximum means: no ceiling.',
  'roiModel.issue.noChannel':
    'The budget cannot be split over any campaign: at least one is needed whose curve calibrates (media spend and a return above 0).',
  'roiModel.issue.budgetNotPositive': 'The budget to allocate must be above 0.',
  'roiModel.issue.minAboveMax': '{name}: the minimum ({min}) exceeds the maximum ({max}).',
  'roiModel.issue.minimumBuyAboveMax':
    '{name}: the minimum buy ({buy}) exceeds the maximum ({max}).',
  'roiModel.issue.minimumsAboveBudget':
    'The sum of the minimums ({minimums}) exceeds the budget ({budget}).',
  'roiModel.issue.maximumsBelowBudget':
    'The sum of the maximums ({maximums}) is below the budget ({budget}): the budget could not be allocated in full.',
  'roiModel.issue.targetUnreachable':
    'The target cannot be reached with these curves and bounds: at best {best}.',
  'roiModel.issue.cpaNeedsCustomers':
    '{name}: a CPA target needs the line’s number of customers (enter its gains as a funnel).',

  'roiModel.result.title': 'Result',
  'roiModel.result.caption': 'Before and after the allocation, per channel',
  'roiModel.result.channel': 'Channel',
  'roiModel.result.spendBefore': 'Spend before',
  'roiModel.result.spendAfter': 'Spend after',
  'roiModel.result.shift': 'Change',
  'roiModel.result.returnBefore': 'Return before',
  'roiModel.result.returnAfter': 'Return after',
  'roiModel.result.marginalBefore': 'Marginal return before',
  'roiModel.result.marginalAfter': 'Marginal return at the optimum',
  'roiModel.result.total': 'Total',
  'roiModel.result.totals': 'Total return: {before} → {after} ({change}).',
  'roiModel.result.methodWaterFilling':
    'Method: equalising marginal returns (exact for concave curves).',
  'roiModel.result.methodGreedy':
    'Method: greedy search on a grid, several starts (S-shaped curves).',
  'roiModel.result.marginalLevel': 'Common marginal return at the optimum: {value} per euro.',
  'roiModel.result.write': 'Write as a new scenario of the plan',
  'roiModel.result.writing': 'Writing…',
  'roiModel.result.written': 'New scenario written; the original plan is unchanged.',
  'roiModel.result.writeFailed': 'The scenario could not be written: try again.',
  'roiModel.result.writeHint':
    'A copy of the plan gets the new split; the original stays as it is.',
  'roiModel.result.notWritten': 'Not written (no channel in the plan): {names}.',
  'roiModel.explain.gained': 'gets {delta}: each extra euro there returned {marginal}.',
  'roiModel.explain.gainedCompared':
    'gets {delta}: each extra euro there returns {marginal}, against {otherMarginal} on {other}.',
  'roiModel.explain.lost':
    'loses {lost}: each euro there returned {marginal}, less than elsewhere.',
  'roiModel.explain.lostCompared':
    'loses {lost}: each euro there returns {marginal}, against {otherMarginal} on {other}.',
  'roiModel.explain.locked': 'locked: keeps {after}.',
  'roiModel.explain.atMin':
    'stays at its minimum ({after}, {delta}): an extra euro there would return only {marginalAfter}, less than elsewhere.',
  'roiModel.explain.atMax':
    'reaches its maximum ({after}, {delta}): an extra euro there would still return {marginalAfter}, but the ceiling is set.',
  'roiModel.explain.minimumBuyZero':
    'gets nothing: its minimum buy ({buy}) would return less than the same budget elsewhere.',
  'roiModel.explain.unchanged':
    'unchanged ({after}): each extra euro there returns {marginalAfter}.',

  'roiModel.mc.title': 'Uncertainty',
  'roiModel.mc.intro':
    'Give a range (low, high) to the values you are unsure of: the simulation draws thousands of combinations at random (with a fixed seed, so reproducible) and shows the spread of possible ROIs. Without a range, a value is taken as exact.',
  'roiModel.mc.settings': 'Simulation settings',
  'roiModel.mc.distribution': 'Distribution',
  'roiModel.mc.pert': 'PERT (the likely value weighs most)',
  'roiModel.mc.triangular': 'Triangular',
  'roiModel.mc.draws': 'Number of draws',
  'roiModel.mc.seed': 'Seed (same seed, same results)',
  'roiModel.mc.target': 'Target ROI (optional)',
  'roiModel.mc.run': 'Run the simulation',
  'roiModel.mc.running': 'Computing…',
  'roiModel.mc.failed': 'The simulation failed: run it again.',
  'roiModel.mc.blocked':
    '{count, plural, one {# entry to fix} other {# entries to fix}} before running.',
  'roiModel.mc.stale': 'The inputs changed since this run: run the simulation again to update it.',
  'roiModel.mc.caption': 'Results over {draws} draws',
  'roiModel.mc.mean': 'Mean',
  'roiModel.mc.roi': 'ROI',
  'roiModel.mc.netGain': 'Net gain',
  'roiModel.mc.reading':
    'P10, P50, P90: 9 chances in 10 that the ROI exceeds {p10}, 1 chance in 2 that it exceeds {p50}, 1 chance in 10 that it exceeds {p90}.',
  'roiModel.mc.loss': 'Chance of losing money (ROI below 0%): {chance}.',
  'roiModel.mc.targetChance': 'Chance of reaching or beating the target ROI of {target}: {chance}.',
  'roiModel.mc.noRange': 'No value has a range: every draw gives the same result.',
  'roiModel.range.low': 'Low',
  'roiModel.range.likely': 'Likely',
  'roiModel.range.high': 'High',
  'roiModel.range.exact': 'Low and high empty: the value is taken as exact.',
  'roiModel.range.ranged': 'Range drawn by the simulation.',
  'roiModel.range.fromPlan': '{value} (planned for {channel} in the plan)',
  'roiModel.range.lowAboveLikely':
    'Refused: the low value cannot exceed the likely value ({likely}).',
  'roiModel.range.highBelowLikely':
    'Refused: the high value cannot be below the likely value ({likely}).',
  'roiModel.range.likelyBelowLow':
    'Refused: the likely value cannot be below the low value ({low}).',
  'roiModel.range.likelyAboveHigh':
    'Refused: the likely value cannot exceed the high value ({high}).',
  'roiModel.field.mediaCost': 'Media buying',
  'roiModel.field.creativeCost': 'Creative and production',
  'roiModel.field.staffHours': 'Team time (hours)',
  'roiModel.field.staffHourlyCost': 'Loaded hourly cost',
  'roiModel.field.revenue': 'Revenue generated',
  'roiModel.field.impressions': 'Impressions',
  'roiModel.field.reach': 'Reach (people reached)',
  'roiModel.field.clickRate': 'Click-through rate (CTR)',
  'roiModel.field.leadRate': 'Lead conversion rate',
  'roiModel.field.closeRate': 'Close rate (leads → customers)',
  'roiModel.field.averageBasket': 'Average basket',
  'roiModel.field.marginRate': 'Gross margin rate',
  'roiModel.tornado.title': 'Sensitivity: which inputs weigh most on ROI?',
  'roiModel.tornado.intro':
    'Each bar shows the total ROI when a single input goes 20% down or up, the others staying at their likely values. Today’s ROI: {roi}.',
  'roiModel.tornado.input': '{name} — {field}',
  'roiModel.tornado.empty': 'No sensitivity to show: at least one cost is needed.',

  'roiModel.chart.curve.return': 'Return ({basis})',
  'roiModel.chart.curve.breakEven': 'Break-even (return = spend)',
  'roiModel.chart.curve.today': 'Today',
  'roiModel.chart.curve.marginal': 'Marginal ROI (R′ − 1)',
  'roiModel.chart.curve.spendAxis': 'Media spend',
  'roiModel.chart.curve.title': 'Response curve — {name}',
  'roiModel.chart.curve.todayRow': 'Today ({spend})',
  'roiModel.chart.curve.label':
    'Response curve of {name}: today {spend} of spend for {return} of return; at {max} of spend, {atMax} of return. Break-even line, and marginal ROI on the right axis.',
  'roiModel.chart.curve.file': 'response-curve-{name}',
  'roiModel.chart.histogram.band': '{from} to {to}',
  'roiModel.chart.histogram.draws': 'Draws',
  'roiModel.chart.histogram.roi': 'ROI',
  'roiModel.chart.histogram.share': 'Share',
  'roiModel.chart.histogram.title': 'Spread of the simulated ROIs',
  'roiModel.chart.histogram.label': 'Histogram of {draws} simulated ROIs, from {from} to {to}.',
  'roiModel.chart.histogram.file': 'roi-histogram',
  'roiModel.chart.tornado.down': 'Input −{share}',
  'roiModel.chart.tornado.up': 'Input +{share}',
  'roiModel.chart.tornado.capped': '(rate capped at 100%)',
  'roiModel.chart.tornado.input': 'Input',
  'roiModel.chart.tornado.swing': 'ROI swing',
  'roiModel.chart.tornado.title': 'Total ROI for ±{share} on each input',
  'roiModel.chart.tornado.label':
    'Tornado chart: total ROI when each input moves on its own, around {roi}; the most influential: {first}.',
  'roiModel.chart.tornado.file': 'roi-tornado',
};
