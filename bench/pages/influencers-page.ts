// Mounts the influencer sheet (the real GridView with the screen's columns) over 10 000
// generated influencers, and exposes one measured weight change for the benchmark: scores,
// ranks and the visible grid repainted.
import { mount } from 'svelte';
import '../../src/app.css';
import { emptyChecklist } from '../../src/domain/influencers/disclosure';
import { PLATFORMS, type Influencer } from '../../src/domain/influencers/model';
import { toCents } from '../../src/domain/money';
import type { Month } from '../../src/domain/months';
import type { Plan } from '../../src/domain/plan';
import { loadLanguage, translate, type MessageKey, type MessageParams } from '../../src/i18n';
import type { InfluencersWorkspace } from '../../src/state/influencers-workspace.svelte';
import { figureFormat } from '../../src/ui/figure-format';
import InfluencerSheet from '../../src/views/influencers/InfluencerSheet.svelte';
import { BenchInfluencersWorkspace } from './bench-influencers-workspace.svelte';

const ROWS = 10_000;

// A fixed pseudo-random sequence, so that every run measures the same sheet.
let seed = 7;
function next(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const whole = (n: number) => Math.max(0, Math.round(n));

function influencer(i: number): Influencer {
  const followers = whole(500 * Math.pow(4000, next()));
  const rate = 0.005 + next() * 0.08;
  const likes = whole(followers * rate);
  const views = next() < 0.7 ? whole(followers * (0.1 + next() * 0.6)) : null;
  return {
    id: `inf-${i}`,
    planId: 'bench',
    name: `Influenceur ${i + 1}`,
    handle: `@compte${i + 1}`,
    platform: PLATFORMS[i % PLATFORMS.length] ?? 'instagram',
    followers,
    avgLikes: likes,
    avgComments: whole(likes / (10 + next() * 60)),
    avgShares: next() < 0.5 ? whole(likes / 20) : null,
    avgViews: views,
    impressions: views === null ? null : whole(views * 1.3),
    pricePost: toCents(whole(followers / 100 + next() * 300) * 100),
    priceStory: null,
    priceVideo: null,
    niche: ['mode', 'cuisine', 'sport', 'tech', 'voyage'][i % 5] ?? '',
    audienceMatch: next(),
    realFollowerShare: 0.6 + next() * 0.4,
    promoCode: '',
    attributedOrders: null,
    attributedRevenue: next() < 0.3 ? toCents(whole(next() * 500_000)) : null,
    disclosure: emptyChecklist(),
    status: 'to-contact',
    notes: '',
    posts: [],
    bookedMonth: null,
    bookedCost: null,
  };
}

const plan: Plan = {
  id: 'bench',
  name: 'Banc',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01' as Month,
  monthCount: 12,
  targetBudget: null,
  scenarioOf: null,
  createdAt: 0,
  updatedAt: 0,
};

const workspace = new BenchInfluencersWorkspace(
  plan,
  Array.from({ length: ROWS }, (_, i) => influencer(i)),
);
const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);
const target = document.getElementById('app');
if (!target) throw new Error('no #app');
// The app fetches its language's strings before it mounts (src/main.ts); so does this page.
await loadLanguage('fr');
mount(InfluencerSheet, {
  target,
  props: {
    // The sheet reads only the members the stand-in has (see bench-influencers-workspace).
    workspace: workspace as unknown as InfluencersWorkspace,
    fmt: figureFormat('fr-FR', 'EUR'),
    t,
    language: 'fr',
    newId: () => crypto.randomUUID(),
    onselect: () => {},
    height: 640,
  },
});

function gridElement(): HTMLElement {
  const grid = document.querySelector<HTMLElement>('[role="grid"]');
  if (!grid) throw new Error('no grid');
  return grid;
}

declare global {
  interface Window {
    influencersPage: {
      rows: number;
      /** One weight changed: ms to the animation frame after the grid's DOM changed. */
      measureWeightChange: () => Promise<number>;
      /** Scrolls the grid to its last columns (score, rank): what the change repaints. */
      showScores: () => Promise<void>;
      /** The text of the first visible score cell (to check it repainted). */
      firstScore: () => string;
    };
  }
}

let step = 0;
window.influencersPage = {
  rows: ROWS,
  measureWeightChange() {
    const grid = gridElement();
    return new Promise((resolve) => {
      const start = performance.now();
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      observer.observe(grid, { subtree: true, childList: true, characterData: true });
      step += 1;
      const weights = workspace.settings.weights;
      // Alternating values: every run changes the scores and the ranks.
      workspace.setSettings({ weights: { ...weights, engagement: step % 2 === 0 ? 1 : 3 } });
    });
  },
  showScores() {
    const grid = gridElement();
    grid.scrollLeft = grid.scrollWidth;
    grid.dispatchEvent(new Event('scroll'));
    return new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
    );
  },
  firstScore() {
    const cells = [...gridElement().querySelectorAll('[role="gridcell"]')];
    const score = cells.find((c) => c.getAttribute('aria-label')?.startsWith('Score'));
    return score?.textContent?.trim() ?? '';
  },
};
document.documentElement.dataset.ready = 'true';
