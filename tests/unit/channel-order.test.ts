// The planner's category order is written out in channel-order.ts (so that the catalogue can
// load later): it must stay the catalogue's own order, and the stage list the funnel's.
import { describe, expect, it } from 'vitest';
import { AARRR_STAGES, CATALOGUE } from '../../src/domain/catalogue';
import { CATEGORY_ORDER, plannerOrder } from '../../src/domain/channel-order';
import { AARRR_STAGE_IDS } from '../../src/domain/plan';

describe('the order lists kept apart from the catalogue', () => {
  it('name every catalogue category, in the catalogue’s order', () => {
    expect(CATEGORY_ORDER).toEqual(CATALOGUE.map((entry) => entry.category));
  });

  it('name the AARRR stages in the catalogue’s order', () => {
    expect(AARRR_STAGE_IDS).toEqual(AARRR_STAGES.map((stage) => stage.id));
  });

  it('sort media first, then by catalogue order, custom last, then by sortOrder', () => {
    const channel = (family: 'media' | 'hors-media', category: string, sortOrder: number) => ({
      family,
      category,
      sortOrder,
    });
    const sorted = plannerOrder([
      channel('hors-media', 'custom', 1),
      channel('hors-media', 'sampling', 2),
      channel('media', 'radio', 4),
      channel('media', 'tv', 5),
      channel('hors-media', 'sampling', 0),
    ]);
    expect(sorted.map((c) => `${c.category}:${c.sortOrder}`)).toEqual([
      'tv:5',
      'radio:4',
      'sampling:0',
      'sampling:2',
      'custom:1',
    ]);
  });
});
