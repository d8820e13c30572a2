// The Learn page's search: accents, case, apostrophes and spaces do not matter; every word typed
// must be found; a query nothing matches gives no entry.
import { describe, expect, it } from 'vitest';
import { foldText, searchEntries } from '../../../src/views/learn/learn-search';

const ENTRIES = [
  { id: 'media', title: 'Média et hors-média', text: 'Télévision, radio, presse, affichage.' },
  { id: 'roi', title: 'ROI et ROAS', text: 'Le point mort est à ROI 0 %.' },
  { id: 'direct', title: 'Marketing direct', text: 'L’opt-in et le RGPD\u00a0: la permission.' },
];

describe('the Learn search', () => {
  it('folds accents, case, apostrophes and spaces', () => {
    expect(foldText('Hors-Média\u00a0: Télé L’été')).toBe("hors-media : tele l'ete");
  });

  it.each([
    ['media', ['media']],
    ['MÉDIA', ['media']],
    ['television', ['media']],
    ['roas', ['roi']],
    ["l'opt-in", ['direct']],
    ['rgpd permission', ['direct']],
    ['  ', ['media', 'roi', 'direct']],
    ['', ['media', 'roi', 'direct']],
    ['et', ['media', 'roi', 'direct']],
  ])('"%s" finds %j', (query, ids) => {
    expect(searchEntries(ENTRIES, query)).toEqual(ids);
  });

  it('finds nothing when one word is found nowhere', () => {
    expect(searchEntries(ENTRIES, 'roi zzz')).toEqual([]);
    expect(searchEntries(ENTRIES, 'xyzzy')).toEqual([]);
  });
});
