// The French disclosure checklist: complete only when every item is done, the image item
// alone allowed to be not applicable.
import { describe, expect, it } from 'vitest';
import {
  DISCLOSURE_ITEMS,
  emptyChecklist,
  isComplete,
  missingItems,
  withItem,
  type DisclosureChecklist,
} from '../../../src/domain/influencers/disclosure';

const allDone = (): DisclosureChecklist =>
  Object.fromEntries(DISCLOSURE_ITEMS.map((item) => [item, 'done'])) as DisclosureChecklist;

describe('disclosure checklist', () => {
  it('starts with everything to do', () => {
    expect(isComplete(emptyChecklist())).toBe(false);
    expect(missingItems(emptyChecklist())).toEqual([...DISCLOSURE_ITEMS]);
  });

  it('is complete when every item is done', () => {
    expect(isComplete(allDone())).toBe(true);
    expect(missingItems(allDone())).toEqual([]);
  });

  it('is complete with the retouched/virtual image item not applicable', () => {
    const checklist = { ...allDone(), 'retouched-virtual-images': 'not-applicable' } as const;
    expect(isComplete(checklist)).toBe(true);
  });

  it('is not complete when one mandatory item is left, or marked not applicable', () => {
    expect(isComplete({ ...allDone(), 'whole-promotion': 'to-do' })).toBe(false);
    expect(missingItems({ ...allDone(), 'commercial-mention': 'not-applicable' })).toEqual([
      'commercial-mention',
    ]);
  });

  it('refuses "not applicable" for a mandatory item', () => {
    expect(withItem(emptyChecklist(), 'every-format', 'not-applicable')).toEqual({
      ok: false,
      error: { code: 'not-optional', item: 'every-format' },
    });
    const ticked = withItem(emptyChecklist(), 'retouched-virtual-images', 'not-applicable');
    expect(ticked.ok && ticked.value['retouched-virtual-images']).toBe('not-applicable');
  });
});
