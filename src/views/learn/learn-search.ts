// The Learn page's search: an entry matches when every word typed is found in its title or its
// text, ignoring case, accents ("media" finds « média »), apostrophes and the kind of space.

export interface SearchableEntry<Id extends string = string> {
  id: Id;
  title: string;
  text: string;
}

/** Lower case without diacritics, ’ as ', every space one plain space. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ');
}

/** The words of a query, folded; an empty or blank query has none. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(' ')
    .filter((word) => word !== '');
}

/** The ids of the entries that match, in their order; every entry for a blank query. */
export function searchEntries<Id extends string>(
  entries: readonly SearchableEntry<Id>[],
  query: string,
): Id[] {
  const words = queryWords(query);
  if (words.length === 0) return entries.map((entry) => entry.id);
  return entries
    .filter((entry) => {
      const haystack = foldText(`${entry.title} ${entry.text}`);
      return words.every((word) => haystack.includes(word));
    })
    .map((entry) => entry.id);
}
