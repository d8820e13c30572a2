// The links between the Learn page and the figures: what a hash asks for, read by a pure
// function, and every entry's link reading back as the screen, tab and figure it names.
import { describe, expect, it } from 'vitest';
import {
  entrySelector,
  figureHref,
  learnHref,
  LEARN_ENTRY_IDS,
  linkSelector,
  parseFigureLink,
  pickOption,
} from '../../../src/state/figure-link';
import { viewFromHash } from '../../../src/state/router.svelte';
import { entryTargetHref, LEARN_ENTRIES } from '../../../src/views/learn/learn-entries';

describe('parseFigureLink', () => {
  it.each([
    ['#/roi?figure=roi', { view: 'roi', tab: null, figure: 'roi', entry: null, category: null }],
    [
      '#/planner?tab=matrices&figure=aarrr',
      { view: 'planner', tab: 'matrices', figure: 'aarrr', entry: null, category: null },
    ],
    [
      '#/planner?tab=channels&figure=catalogue&category=open-day',
      { view: 'planner', tab: 'channels', figure: 'catalogue', entry: null, category: 'open-day' },
    ],
    [
      '#/learn?entry=roi-roas',
      { view: 'learn', tab: null, figure: null, entry: 'roi-roas', category: null },
    ],
    ['#/clv', { view: 'clv', tab: null, figure: null, entry: null, category: null }],
    ['', { view: '', tab: null, figure: null, entry: null, category: null }],
    [
      '#/leads/x?figure=lead-scoring&utm=1',
      { view: 'leads', tab: null, figure: 'lead-scoring', entry: null, category: null },
    ],
  ])('%s', (hash, expected) => {
    expect(parseFigureLink(hash)).toEqual(expected);
  });

  it('refuses what could build another selector or is not an entry', () => {
    const crafted = parseFigureLink(
      '#/roi?figure=roi"],body[x="&tab=<img>&entry=nothing&category=a%20b',
    );
    expect(crafted).toEqual({ view: 'roi', tab: null, figure: null, entry: null, category: null });
    expect(linkSelector(crafted)).toBeNull();
  });

  it('reveals the figure a link names, else its Learn entry', () => {
    expect(linkSelector(parseFigureLink('#/roi?figure=cac'))).toBe('[data-figure="cac"]');
    expect(linkSelector(parseFigureLink('#/learn?entry=rfm'))).toBe(entrySelector('rfm'));
  });
});

describe('the links built', () => {
  it('name the figure, its tab and its category, and read back the same', () => {
    const href = figureHref({
      view: 'planner',
      tab: 'channels',
      figure: 'catalogue',
      category: 'sms',
    });
    expect(href).toBe('#/planner?tab=channels&figure=catalogue&category=sms');
    expect(parseFigureLink(href)).toMatchObject({
      tab: 'channels',
      figure: 'catalogue',
      category: 'sms',
    });
    expect(figureHref({ view: 'roi', figure: 'roi' })).toBe('#/roi?figure=roi');
  });

  it('lead back from a figure to its entry', () => {
    expect(learnHref('roi-roas')).toBe('#/learn?entry=roi-roas');
    expect(parseFigureLink(learnHref('roi-roas')).entry).toBe('roi-roas');
    expect(viewFromHash(learnHref('roi-roas'))).toBe('learn');
  });

  it('of every entry open its screen on its figure', () => {
    expect(LEARN_ENTRIES.map((e) => e.id)).toEqual([...LEARN_ENTRY_IDS]);
    for (const entry of LEARN_ENTRIES) {
      const href = entryTargetHref(entry);
      expect(viewFromHash(href), entry.id).toBe(entry.target.view);
      expect(parseFigureLink(href), entry.id).toMatchObject({
        view: entry.target.view,
        tab: entry.target.tab ?? null,
        figure: entry.target.figure,
      });
    }
  });

  it('pick a tab only among the screen’s own', () => {
    const tabs = ['budget', 'matrices'] as const;
    expect(pickOption(tabs, 'matrices')).toBe('matrices');
    expect(pickOption(tabs, 'compare')).toBeNull();
    expect(pickOption(tabs, null)).toBeNull();
  });
});
