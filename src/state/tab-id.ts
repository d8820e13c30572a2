// This tab's name in the undo log. sessionStorage is per tab and survives a reload of that
// tab, so undo after a reload reaches this tab's own work and never another tab's.
const KEY = 'mixplan.tab';

export function tabId(storage: Storage | undefined, newId: () => string): string {
  try {
    const known = storage?.getItem(KEY);
    if (known) return known;
    const id = newId();
    storage?.setItem(KEY, id);
    return id;
  } catch {
    // Storage refused (privacy mode): undo still works for as long as the page lives.
    return newId();
  }
}

/** A new name for this tab, kept for its reloads: another live tab holds the current one. */
export function newTabId(storage: Storage | undefined, newId: () => string): string {
  try {
    storage?.removeItem(KEY);
  } catch {
    return newId();
  }
  return tabId(storage, newId);
}
