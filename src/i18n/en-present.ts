// English strings of presenter mode (#/present), loaded with its screen (the planner's button
// that opens it is in en.ts).
import type { frPresent } from './fr-present';

export const enPresent: Record<keyof typeof frPresent, string> = {
  'present.deck': 'Presentation of the plan {name}',
  'present.noPlan': 'No plan to present',
  'present.noPlanHint': 'Create a plan or open the demo plan in the planner, then come back here.',
  'present.toPlanner': 'Back to the planner',
  'present.controls': 'Change slide',
  'present.previous': 'Previous',
  'present.next': 'Next',
  'present.leave': 'Leave (Esc)',
  'present.fullscreen': 'Full screen',
  'present.counter': '{n} / {count}',
  'present.slideLabel': 'Slide {n} of {count}: {title}',
  'present.keys':
    'Arrows, Page Up / Page Down or Space change the slide; Home and End go to the first and the last; Esc goes back to the planner.',
  'present.chartsFailed':
    'The charts could not be loaded. The other slides still hold the figures.',
  'present.slide.title': 'Title',
  'present.slide.figures': 'Key figures',
  'present.slide.monthly': 'Budget by month',
  'present.slide.split': 'Media and hors-média',
  'present.slide.stages': 'Budget by AARRR stage',
  'present.slide.planVsActual': 'Planned and actual',
  'present.slide.channels': 'Top channels',
  'present.period':
    '{first} – {last} · {months, plural, one {# month} other {# months}} · {channels, plural, one {# channel} other {# channels}}',
  'present.empty':
    'This plan has no channel yet: there is nothing else to present. Add channels in the planner, then come back.',
  'present.total': 'Total planned budget',
  'present.monthly.peak': 'Busiest month: {month}, {amount}.',
  'present.split.line': 'Media: {media} · hors-média: {hors}.',
  'present.stages.top': 'Best-funded stage: {stage}, {share} of the plan.',
  'present.stages.none': 'No channel is linked to an AARRR stage yet.',
  'present.actual.none':
    'No actual spend entered yet: the actual line will start with the first month spent.',
  'present.actual.line':
    '{months, plural, one {Over # month with actuals} other {Over # months with actuals}}: {actual} spent against {planned} planned, a variance of {variance}.',
  'present.channels.caption':
    '{count, plural, one {The channel with the largest planned budget} other {The # channels with the largest planned budgets}}',
  'present.channels.channel': 'Channel',
  'present.channels.family': 'Family',
  'present.channels.planned': 'Planned',
  'present.channels.share': 'Share of plan',
  'present.channels.rest':
    '{count, plural, one {# other channel} other {# other channels}}: {amount}, {share} of the plan.',
};
