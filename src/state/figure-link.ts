// Links between the Learn page and the figures that use its concepts: a figure's link is a hash
// (#/roi?tab=campaigns&figure=roi), an entry's link is #/learn?entry=roi-roas. This module reads
// those parameters (a pure function), builds the links, and brings the element a link names
// into view: its tab opened by the view that owns it, then scrolled to, focused and briefly
// highlighted. The entry ids live here, not with the Learn content, so that a figure's tip can
// name its entry without loading the Learn page's text.
import { untrack } from 'svelte';

/** Every entry of the Learn page, in the order it shows them. */
export const LEARN_ENTRY_IDS = [
  'media',
  'poe',
  'inbound',
  'direct',
  'crm',
  'programmatic',
  'buying-leads',
  'open-day',
  'aarrr',
  'roi-roas',
  'unit-costs',
  'clv',
  'rfm',
  'lead-scoring',
  'influencer-tiers',
  'engagement',
  'disclosure',
] as const;
export type LearnEntryId = (typeof LEARN_ENTRY_IDS)[number];

export interface FigureLink {
  /** The screen named first in the hash ('roi' in #/roi?figure=roi), '' for none. */
  view: string;
  /** The tab the screen should open, or null. */
  tab: string | null;
  /** The `data-figure` id of the element to bring into view, or null. */
  figure: string | null;
  /** The Learn entry to open, or null. */
  entry: LearnEntryId | null;
  /** A channel catalogue category to preselect (the planner's channels tab), or null. */
  category: string | null;
}

// Ids become CSS selectors: only plain ids pass, so a crafted link cannot build another one.
const PLAIN_ID = /^[A-Za-z0-9_-]{1,64}$/;

function plain(value: string | null): string | null {
  return value !== null && PLAIN_ID.test(value) ? value : null;
}

export function isLearnEntry(value: string | null): value is LearnEntryId {
  return LEARN_ENTRY_IDS.some((id) => id === value);
}

/** The parameters of a hash such as '#/planner?tab=matrices&figure=aarrr'; unknown ones ignored. */
export function parseFigureLink(hash: string): FigureLink {
  const body = hash.replace(/^#\/?/, '');
  const question = body.indexOf('?');
  const path = question < 0 ? body : body.slice(0, question);
  const params = new URLSearchParams(question < 0 ? '' : body.slice(question + 1));
  const entry = plain(params.get('entry'));
  return {
    view: path.split('/')[0] ?? '',
    tab: plain(params.get('tab')),
    figure: plain(params.get('figure')),
    entry: isLearnEntry(entry) ? entry : null,
    category: plain(params.get('category')),
  };
}

export interface FigureTarget {
  view: string;
  tab?: string;
  figure: string;
  category?: string;
}

/** '#/planner?tab=matrices&figure=aarrr': the link to a figure. */
export function figureHref(target: FigureTarget): string {
  const params = new URLSearchParams();
  if (target.tab) params.set('tab', target.tab);
  params.set('figure', target.figure);
  if (target.category) params.set('category', target.category);
  return `#/${target.view}?${params.toString()}`;
}

/** '#/learn?entry=roi-roas': the link from a figure back to its entry. */
export function learnHref(entry: LearnEntryId): string {
  return `#/learn?entry=${entry}`;
}

/** The option the link names, when it is one of `options`. */
export function pickOption<T extends string>(
  options: readonly T[],
  value: string | null,
): T | null {
  return options.find((option) => option === value) ?? null;
}

export function figureSelector(figure: string): string {
  return `[data-figure="${figure}"]`;
}

/** A Learn entry's article on the Learn page. */
export function entrySelector(entry: LearnEntryId): string {
  return `[data-learn-entry="${entry}"]`;
}

/** What a link brings into view: its figure, else its Learn entry; null for neither. */
export function linkSelector(link: FigureLink): string | null {
  if (link.figure !== null) return figureSelector(link.figure);
  return link.entry === null ? null : entrySelector(link.entry);
}

const WAIT_MS = 10_000;
const POLL_MS = 50;
const HIGHLIGHT_MS = 1_600;

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Closed <details> around the element hide it: they open first. */
function openAncestors(element: Element): void {
  for (let d = element.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    d.open = true;
  }
}

/** Scrolls to the element, focuses it (focusable for that) and highlights it for a moment. */
export function showElement(element: HTMLElement): void {
  const reduced = prefersReducedMotion();
  openAncestors(element);
  element.scrollIntoView?.({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus({ preventScroll: true });
  const accent = getComputedStyle(element).getPropertyValue('--accent').trim() || '#1f6feb';
  element.dataset.figureLit = 'true';
  // A steady outline for those who asked for less motion, a fading one for the others.
  const frames = reduced
    ? [{ outline: `3px solid ${accent}` }, { outline: `3px solid ${accent}` }]
    : [
        { outline: `3px solid ${accent}`, outlineOffset: '4px' },
        { outline: '3px solid transparent', outlineOffset: '0px' },
      ];
  const done = () => delete element.dataset.figureLit;
  const animation = element.animate?.(frames, { duration: HIGHLIGHT_MS, easing: 'ease-out' });
  if (animation) animation.onfinish = done;
  else setTimeout(done, HIGHLIGHT_MS);
}

/**
 * Waits for the element `selector` names (its screen may still be reading its data, or
 * loading a tab's code), then shows it. Returns a function that stops the wait.
 */
export function revealWhenPresent(selector: string, waitMs = WAIT_MS): () => void {
  let stopped = false;
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const look = () => {
    if (stopped) return;
    const element = document.querySelector<HTMLElement>(selector);
    if (element?.isConnected) {
      showElement(element);
      return;
    }
    if (Date.now() - started < waitMs) timer = setTimeout(look, POLL_MS);
  };
  // After the caller's own change (a tab opened) has rendered.
  timer = setTimeout(look, 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/**
 * For a view's `$effect`: calls `apply` with the hash's link now and at every hash change to
 * this view (the view opens the tab it names), then, unless `reveal` is false (a part inside a
 * view that already reveals), brings the figure or the entry it names into view. Returns the
 * cleanup.
 */
export function followFigureLinks(
  view: string,
  {
    apply = () => {},
    reveal = true,
  }: { apply?: (link: FigureLink) => void; reveal?: boolean } = {},
): () => void {
  let stop = () => {};
  const follow = () => {
    const link = parseFigureLink(window.location.hash);
    // The hash of the screen being left for another one is not this view's business.
    if (link.view !== view) return;
    apply(link);
    stop();
    const selector = reveal ? linkSelector(link) : null;
    stop = selector === null ? () => {} : revealWhenPresent(selector);
  };
  // Called from an $effect: what `apply` reads must not make the effect follow again.
  untrack(follow);
  window.addEventListener('hashchange', follow);
  return () => {
    window.removeEventListener('hashchange', follow);
    stop();
  };
}
