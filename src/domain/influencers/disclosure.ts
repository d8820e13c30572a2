// The French disclosure checklist for a paid collaboration (loi n° 2023-451 du 9 juin 2023
// visant à encadrer l'influence commerciale, art. 5), as plain data: the UI words each item
// and says that it is information, not legal advice. A booked or published influencer whose
// checklist is not complete is flagged (red-flags.ts).
import { err, ok, type Result } from '../result';

export const DISCLOSURE_ITEMS = [
  /** « Publicité » or « Collaboration commerciale » (or an equivalent mention, see below). */
  'commercial-mention',
  /** The mention is clear, legible and identifiable on the image or the video. */
  'clear-legible',
  /** It appears in every format the promotion uses (post, story, video…). */
  'every-format',
  /** It stays for the whole length of the promotion, not only at its start. */
  'whole-promotion',
  /**
   * « Images retouchées » where a face or body was altered, « Images virtuelles » where it was
   * generated; the only item that may be not applicable (nothing altered or generated).
   */
  'retouched-virtual-images',
] as const;

export type DisclosureItem = (typeof DISCLOSURE_ITEMS)[number];

export type DisclosureState = 'to-do' | 'done' | 'not-applicable';

/** Each item's state; only 'retouched-virtual-images' may be 'not-applicable'. */
export type DisclosureChecklist = Readonly<Record<DisclosureItem, DisclosureState>>;

/** The items that can be not applicable: the image mention only applies to altered images. */
export const OPTIONAL_DISCLOSURE_ITEMS: readonly DisclosureItem[] = ['retouched-virtual-images'];

/** Where each rule comes from, for the screen's tip and for exports. */
export const DISCLOSURE_LEGAL_BASIS = {
  law: 'Loi n° 2023-451 du 9 juin 2023 visant à encadrer l’influence commerciale, article 5',
  /**
   * Ordonnance n° 2024-978 du 6 novembre 2024 (JORF n° 0264 du 7 novembre 2024): an equivalent
   * mention adapted to the influence activity and to the format may replace « Publicité » /
   * « Collaboration commerciale » (new art. 5-2) and « Images retouchées » / « Images
   * virtuelles » (art. 5), so the wording is not checked here, only that a mention is there.
   */
  equivalentMention: 'Ordonnance n° 2024-978 du 6 novembre 2024',
  equivalentMentionUrl: 'https://www.legifrance.gouv.fr/eli/ordonnance/2024/11/6/2024-978/jo/texte',
} as const;

export function emptyChecklist(): DisclosureChecklist {
  return {
    'commercial-mention': 'to-do',
    'clear-legible': 'to-do',
    'every-format': 'to-do',
    'whole-promotion': 'to-do',
    'retouched-virtual-images': 'to-do',
  };
}

/** Complete: every item done, the image item done or not applicable. */
export function isComplete(checklist: DisclosureChecklist): boolean {
  return DISCLOSURE_ITEMS.every((item) => {
    const state = checklist[item];
    return state === 'done' || (state === 'not-applicable' && isOptional(item));
  });
}

/** The items still to do, in checklist order (an n/a mandatory item counts as to do). */
export function missingItems(checklist: DisclosureChecklist): DisclosureItem[] {
  return DISCLOSURE_ITEMS.filter((item) => {
    const state = checklist[item];
    return !(state === 'done' || (state === 'not-applicable' && isOptional(item)));
  });
}

export function withItem(
  checklist: DisclosureChecklist,
  item: DisclosureItem,
  state: DisclosureState,
): Result<DisclosureChecklist, { code: 'not-optional'; item: DisclosureItem }> {
  if (state === 'not-applicable' && !isOptional(item)) return err({ code: 'not-optional', item });
  return ok({ ...checklist, [item]: state });
}

function isOptional(item: DisclosureItem): boolean {
  return OPTIONAL_DISCLOSURE_ITEMS.includes(item);
}
