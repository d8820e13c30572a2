// English strings of the planner fixes of issue 8: exactly the keys of fr-fixes.ts.
import type { frFixes } from './fr-fixes';

export const enFixes: Record<keyof typeof frFixes, string> = {
  'fixes.compareTab.choose': 'Compare this plan with',
  'fixes.compare.byChannel': 'By channel',
  'fixes.variance.label': 'Variance over months with actuals',
  'fixes.variance.months': '{months} months of {count}',
  'fixes.variance.row': 'Variance over months with actuals ({months} months of {count})',
  'fixes.variance.tip.meaning':
    'How far actual spending is from the plan, over the months that have actuals only: months to come, not spent yet, do not count as savings.',
  'fixes.variance.tip.formula':
    'Variance = actual − planned of the months with actuals = {actual} − {planned} = {value} ({months} months with actuals of {count}; planned over the whole plan: {plannedTotal})',
  'fixes.variance.tip.formulaNone':
    'No month has actuals yet: the variance stays 0 until something is entered.',
  'fixes.variance.tip.rule':
    'Negative: less spent than planned (or invoices not entered yet); positive: an overspend. Beyond 10 % of those months’ plan, find the channel that explains it.',
  'fixes.window.outsideOne':
    'One amount falls outside the new period ({months}): {totals}. It stays stored and will show again as soon as the period covers it.',
  'fixes.window.outsideMany':
    '{count} amounts fall outside the new period ({months}): {totals}. They stay stored and will show again as soon as the period covers them.',
  'fixes.window.range': '{first} to {last}',
  'fixes.window.planned': 'planned {amount}',
  'fixes.window.committed': 'committed {amount}',
  'fixes.window.actual': 'actual {amount}',
  'fixes.window.keep': 'Keep every amount in its month (hidden while outside the period)',
  'fixes.window.shiftOne':
    'Shift every amount by {count} month, as the first month ({from} → {to})',
  'fixes.window.shiftMany':
    'Shift every amount by {count} months, as the first month ({from} → {to})',
  'fixes.window.afterShiftNone': 'After the shift, every amount is inside the period.',
  'fixes.window.afterShiftSome':
    'After the shift, {count} amount(s) will stay outside the period ({months}), stored.',
  'fixes.window.shifted': 'Plan settings saved, amounts shifted by {count} month(s).',
  'fixes.window.outOfRange':
    'Cannot shift: the amount of {month} would leave the calendar. Nothing was changed.',
  'fixes.window.unsaved':
    'Some changes are not saved yet: the shift waits for them. Try again in a moment.',
};
