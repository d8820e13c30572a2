// Hash routing (#/planner, #/settings…): a static host needs no rewrite rule for it.
export const VIEWS = [
  'planner',
  'roi',
  'clv',
  'influencers',
  'leads',
  'data',
  'learn',
  'settings',
] as const;
/**
 * Screens reached by a link, not listed in the navigation: a plan shared by link (#/shared?p=…),
 * presenter mode (#/present, from the planner).
 */
export const LINKED_VIEWS = ['shared', 'present'] as const;
export type ViewName = (typeof VIEWS)[number] | (typeof LINKED_VIEWS)[number];

export function viewFromHash(hash: string): ViewName {
  // '#/data?target=plan-wide' and '#/data/…' both open 'data'.
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return [...VIEWS, ...LINKED_VIEWS].find((v) => v === name) ?? 'planner';
}

export class Router {
  #location: Pick<Location, 'hash'>;
  #view = $state<ViewName>('planner');

  constructor(location: Pick<Location, 'hash'> = window.location) {
    this.#location = location;
    this.#view = viewFromHash(location.hash);
  }

  get view(): ViewName {
    return this.#view;
  }

  /** Called on `hashchange`; links do the navigation themselves. */
  sync(): void {
    this.#view = viewFromHash(this.#location.hash);
  }
}
