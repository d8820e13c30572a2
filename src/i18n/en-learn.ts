// English strings of the Learn screen itself (same keys as fr-learn.ts).
import type { frLearn } from './fr-learn';

export const enLearn: Record<keyof typeof frLearn, string> = {
  'learn.title': 'Learn',
  'learn.intro':
    'The ideas of media and below-the-line marketing in a few lines, each with a worked example in numbers and a link to the screen and the figure that use it.',
  'learn.search.label': 'Search the entries',
  'learn.search.placeholder': 'ROI, GDPR, engagement…',
  'learn.search.count': '{count, plural, one {# entry} other {# entries}} of {total}',
  'learn.search.none': 'No entry matches “{query}”.',
  'learn.search.clear': 'Clear the search',
  'learn.group.channels': 'Channels and media',
  'learn.group.funnel': 'Funnel and figures',
  'learn.group.customers': 'Customers and leads',
  'learn.group.influence': 'Influence',
  'learn.example': 'Worked example:',
  'learn.where': 'Where to see it:',
  'learn.go': 'See {figure}',
};
