// A refused link, or a plan that cannot become one, in the user's words.
import {
  MAX_INFLATED_BYTES,
  MAX_SHARE_LINK_LENGTH,
  MAX_SHARED_CHANNELS,
  MAX_SHARED_SCENARIOS,
  type ShareLinkError,
} from '../../state/shared-plan.svelte';
import type { Translate } from '../../i18n';
import '../../i18n/share-catalogue';

export function shareErrorText(error: ShareLinkError, t: Translate): string {
  switch (error.code) {
    case 'too-long':
      return t('share.error.too-long', { length: error.length, max: MAX_SHARE_LINK_LENGTH });
    case 'too-large':
      return t('share.error.too-large', { max: MAX_INFLATED_BYTES });
    case 'too-many':
      return error.part === 'channel'
        ? t('share.error.too-many.channel', { max: MAX_SHARED_CHANNELS })
        : t('share.error.too-many.scenario', { max: MAX_SHARED_SCENARIOS });
    case 'invalid':
      if (error.part === 'plan') return t('share.error.invalid.plan');
      if (error.index === undefined) return t(`share.error.invalid.${error.part}s`);
      return t(`share.error.invalid.${error.part}`, { n: error.index + 1 });
    default:
      return t(`share.error.${error.code}`);
  }
}
