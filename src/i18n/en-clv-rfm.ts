// English strings of the CLV screen: RFM table, segments, rules editor and customer export (loaded with the screen).
import type { frClvRfm } from './fr-clv-rfm';

export const enClvRfm: Record<keyof typeof frClvRfm, string> = {
  'clv.rfm.title': 'RFM segments',
};
