// English strings of sharing by link: the shared plan screen and the planner's panel that
// makes the link (loaded with them).
import type { frShare } from './fr-share';

export const enShare: Record<keyof typeof frShare, string> = {
  'share.heading': 'Shared plan: {name}',
  'share.reading': 'Reading the link…',
  'share.readOnly':
    'Read-only: this plan comes from a link and is not saved in this browser. Nothing can be edited here.',
  'share.private':
    'The plan travels in the part of the link after “#”, which browsers send to no server: it was read on this machine.',
  'share.period': '{first} – {last} · {months} months · {currency}',
  'share.contents':
    '{channels, plural, one {# channel} other {# channels}}, {scenarios, plural, =0 {no ROI scenario} one {# ROI scenario} other {# ROI scenarios}}',
  'share.save': 'Save a copy',
  'share.saving': 'Saving…',
  'share.saved': 'Copy saved: “{name}”.',
  'share.tableTitle': 'Budget by channel and month: {layer}',
  'share.layer': 'Amounts shown',
  'share.scenarios': 'The plan’s ROI scenarios',
  'share.scenarioLines': '{count, plural, one {# line} other {# lines}}',
  'share.refused': 'This link cannot be opened',
  'share.refusedHint': 'Nothing was saved. Ask whoever sent it for a new link.',
  'share.toPlanner': 'Go to the planner',
  'share.error.no-plan': 'This link holds no plan.',
  'share.error.too-long':
    'This link is {length} characters long, beyond the {max} that common chat apps and e-mail carry.',
  'share.error.not-a-link': 'This is not a Mixplan share link.',
  'share.error.newer-version':
    'This link was made by a newer version of Mixplan: reload the app to update it.',
  'share.error.changed':
    'This link was changed or cut (a character differs, or its end is missing): copy all of it.',
  'share.error.corrupt': 'The content of this link cannot be read.',
  'share.error.too-large':
    'This link inflates to more than {max} bytes: no shared plan is that big, so it is refused.',
  'share.error.unsupported':
    'This browser cannot decompress share links: open it in an up-to-date browser.',
  'share.error.not-a-plan': 'This link does not hold a Mixplan plan.',
  'share.error.invalid.plan': 'The plan settings in this link are not valid.',
  'share.error.invalid.channel': 'Channel no. {n} in this link is not valid.',
  'share.error.invalid.channels': 'The channels in this link are not valid.',
  'share.error.invalid.scenario': 'ROI scenario no. {n} in this link is not valid.',
  'share.error.invalid.scenarios': 'The ROI scenarios in this link are not valid.',
  'share.error.unsafe-text':
    'This link holds text that looks like HTML code, or control characters: it is refused.',
  'share.error.too-many.channel': 'This link holds more than {max} channels.',
  'share.error.too-many.scenario': 'This link holds more than {max} ROI scenarios.',
  'share.error.unexpected':
    'This link holds fields or values Mixplan never writes: it was made by hand or altered.',
  'share.panel.title': 'Share this plan by link',
  'share.panel.what':
    'The link holds the plan’s settings, its {channels, plural, one {# channel} other {# channels}} with their attributes, and their planned, committed and actual amounts month by month.',
  'share.panel.private':
    'It is made on this machine, and the plan travels in the part after “#”, which no browser sends to a server: nothing leaves your computer unless you send the link yourself. Whoever gets it can read all it holds.',
  'share.panel.withScenarios':
    'Include the plan’s {count, plural, one {ROI scenario} other {# ROI scenarios}}',
  'share.panel.make': 'Make the link and copy it',
  'share.panel.making': 'Making the link…',
  'share.panel.link': 'Share link ({length} characters)',
  'share.panel.copied': 'Link copied to the clipboard.',
  'share.panel.copyByHand':
    'The clipboard is out of reach: select the link above and copy it (Ctrl+C).',
  'share.panel.long':
    'Past {safe} characters some apps (Discord, SMS, classic Outlook) may cut the link: prefer e-mail or a chat app such as Slack, Teams or WhatsApp.',
  'share.panel.tooLong':
    'This plan is too big for a link: {length} characters, beyond the {max} that common chat apps and e-mail carry. Remove channels or the ROI scenarios, or share a backup (Data).',
  'share.panel.refused': 'This plan cannot be shared by link: {reason}',
  'share.panel.close': 'Close',
};
