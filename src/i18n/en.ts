// English strings: exactly the keys of fr.ts, no more, no fewer (checked by the type).
import type { BaseMessages } from './messages';

import { enBudget } from './en-budget';
import { enCharts } from './en-charts';
import { enPlanner } from './en-planner';
import { enGridFixes } from './en-grid-fixes';
import { enStorage } from './en-storage';
import { enFixes } from './en-fixes';
import { enSync } from './en-sync';

export const en: BaseMessages = {
  ...enBudget,
  ...enCharts,
  ...enPlanner,
  ...enGridFixes,
  ...enStorage,
  ...enFixes,
  ...enSync,
  'app.name': 'Mixplan',
  'app.tagline': 'Media and below-the-line marketing budgets, on your own machine.',
  'app.privacy':
    'Your data stays in this browser: no account, no server, no request to the Internet.',
  'app.loading': 'Loading…',
  'app.skip': 'Skip to content',

  'nav.label': 'Screens',
  'nav.planner': 'Planner',
  'nav.roi': 'ROI',
  'nav.clv': 'CLV',
  'nav.influencers': 'Influencers',
  'nav.leads': 'Leads',
  'nav.data': 'Data',
  'nav.learn': 'Learn',
  'nav.settings': 'Settings',
  'planner.present': 'Present',

  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'tip.learnMore': 'Learn more',
  'common.delete': 'Delete',
  'common.undo': 'Undo delete',
  'common.save': 'Save',
  'common.rename': 'Rename',
  'common.duplicate': 'Duplicate',
  'common.never': 'never',

  'welcome.title': 'Welcome to Mixplan',
  'welcome.intro':
    'Plan a marketing budget that mixes media (TV, radio, press, outdoor, paid digital) and hors-média (trade shows, direct marketing, PR, street marketing, influence…).',
  'welcome.demo': 'Open the demo plan',
  'welcome.demoHint':
    'A clothing shop over one year: social ads, in-store workshops, loyalty, a pop-up store, micro-influencers.',
  'welcome.empty': 'Start an empty plan',
  'welcome.emptyHint': 'Your own channels, currency and months.',
  'welcome.examples': 'Or explore the guided examples',

  'plans.title': 'My plans',
  'plans.new': 'New plan',
  'plans.defaultName': 'New plan',
  'plans.copyName': '{name} (copy)',
  'plans.none': 'No plans yet.',
  'plans.exampleBadge': 'Example',
  'plans.open': 'Open',
  'plans.current': 'open plan',
  'plans.updated': 'changed {date}',
  'plans.actionsFor': 'Actions for {name}',
  'plans.renameLabel': 'New name for plan “{name}”',
  'plans.deleteTitle': 'Delete this plan?',
  'plans.deleteConfirm':
    'Plan “{name}” and its {count} channels will be deleted. You can undo right after.',
  'plans.deleted': 'Plan “{name}” deleted.',
  'plans.restored': 'Plan “{name}” restored.',
  'plans.duplicated': 'Copy created: “{name}”.',
  'plans.created': 'Plan “{name}” created.',

  'plan.settings': 'Plan settings',
  'plan.name': 'Plan name',
  'plan.currency': 'Currency',
  'plan.locale': 'Number format',
  'plan.firstMonth': 'First month',
  'plan.monthCount': 'Number of months',
  'plan.targetBudget': 'Target budget',
  'plan.targetBudgetHint': 'For example 48,000 or 12,500.50. Leave empty for none.',
  'plan.saved': 'Plan settings saved.',
  'plan.fieldError': '{field}: {reason}',
  'plan.error.required': 'required.',
  'plan.error.too-long': 'too long (120 characters at most).',
  'plan.error.unsupported': 'currency not supported.',
  'plan.error.invalid': 'invalid month (YYYY-MM).',
  'plan.error.out-of-range': 'between 12 and 60 months.',

  'locale.fr-FR': 'French — 1 234,56',
  'locale.en-GB': 'English (UK) — 1,234.56',
  'locale.en-US': 'English (US) — 1,234.56',

  'parse.empty': 'the value is empty.',
  'parse.not-a-number': '“{input}” is not a number.',
  'parse.bad-grouping': '“{input}”: the thousands separators are misplaced.',
  'parse.ambiguous':
    '“{input}” is ambiguous: use a point for decimals (12.5) or change the plan’s number format.',
  'parse.too-many-decimals': '“{input}”: an amount has two decimals at most.',
  'parse.negative': '“{input}”: a negative amount is not accepted here.',
  'parse.too-large': '“{input}” is too large.',

  'grid.cellError': '{column}: {reason}',
  'grid.pasteRefused': 'Nothing was pasted: {count} value(s) refused. {first}',
  'grid.pasteTooLarge':
    'Nothing was pasted: the block goes past the grid by {rows} row(s) and {cols} column(s).',
  'grid.pasteGrow': 'The pasted block goes past the grid by {rows} row(s). Add these rows?',
  'grid.fillRefused': 'Fill refused: {count} value(s) refused. {first}',
  'grid.clipboardEmpty': 'The clipboard holds no cells.',
  'grid.addRows': 'Add the rows',
  'cell.not-an-integer': '“{input}” is not a whole number.',
  'cell.not-a-choice': '“{input}” is not one of the choices.',
  'cell.read-only': 'this cell is computed: it cannot be edited.',
  'cell.bad-expression': 'the formula “{input}” is malformed (character {at}).',
  'cell.division-by-zero': 'the formula “{input}” divides by zero.',

  'storage.quota':
    'The browser’s storage is full: nothing was saved and your entries are still on screen. Free some space and try again.',
  'storage.unavailable':
    'The browser’s storage is unavailable (private browsing or a closed database): nothing was saved, your entries are still on screen.',
  'storage.unknown':
    'Saving failed: nothing was changed, your entries are still on screen. ({detail})',

  'channels.title': 'Channels of the plan',
  'channels.count': '{count} channels',
  'channels.none': 'This plan has no channels.',
  'channels.name': 'Channel',
  'channels.family': 'Family',
  'channels.poe': 'Paid / owned / earned',
  'channels.stage': 'AARRR stage',
  'channels.kpi': 'KPI',
  'family.media': 'Media',
  'family.hors-media': 'Hors-média',
  'poe.paid': 'Paid',
  'poe.owned': 'Owned',
  'poe.earned': 'Earned',
  'stage.acquisition': 'Acquisition',
  'stage.activation': 'Activation',
  'stage.retention': 'Retention',
  'stage.referral': 'Referral',
  'stage.revenue': 'Revenue',

  'settings.title': 'Settings',
  'settings.language': 'Interface language',
  'settings.theme': 'Theme',
  'theme.system': 'Follow the system',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'settings.storage': 'Storage',
  'settings.persistence': 'Data retention',
  'persistence.persisted': 'persistent: the browser will not delete it to free space.',
  'persistence.best-effort':
    'best effort: the browser might delete it when the disk is full. Make backups.',
  'persistence.unsupported': 'not reported by this browser.',
  'settings.lastBackup': 'Last backup',

  'update.available': 'A new version of Mixplan is ready.',
  'update.reload': 'Update',
  'update.later': 'Later',
  'offline.ready': 'Mixplan now works offline.',
};
