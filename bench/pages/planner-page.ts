// A 200-channel × 60-month plan in a real IndexedDB, opened in the real planner screen;
// hooks for the benchmark: one edit typed with real keys, from its Enter to the frame that
// shows the new row total; and one edit on the model, until totals, summary and matrices
// are updated (the charts catch up in the frame after the edit's).
import { flushSync, mount } from 'svelte';
import { loadLanguage } from '../../src/i18n';
import { MixplanDb } from '../../src/db';
import { toCents } from '../../src/domain/money';
import { monthRange, type Month } from '../../src/domain/months';
import type { Channel, Plan } from '../../src/domain/plan';
import type { ChannelBudget } from '../../src/domain/budget';
import type { PlannerSession } from '../../src/views/planner/planner-session.svelte';
import '../../src/app.css';
import BenchPlanner from './BenchPlanner.svelte';
import { aarrrMatrix, familyPoeMatrix, objectiveMatrix } from '../../src/domain/matrices';

/** Kept so that the matrices' work cannot be optimised away. */
export let matrices: unknown[] = [];

const CHANNELS = 200;
const MONTHS = 60;
const CATEGORIES = [
  'tv',
  'radio',
  'press',
  'social-ads',
  'trade-show',
  'emailing',
  'pr',
  'sampling',
];
const STAGES = ['acquisition', 'activation', 'retention', 'referral', 'revenue'] as const;

let seed = 7;
function next(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
}

async function seededDb(): Promise<{ db: MixplanDb; planId: string }> {
  const db = new MixplanDb(`mixplan-bench-${Date.now()}`);
  const now = Date.now();
  const plan: Plan = {
    id: 'bench-plan',
    name: 'Plan 200 × 60',
    currency: 'EUR',
    locale: 'fr-FR',
    firstMonth: '2026-01' as Month,
    monthCount: MONTHS,
    targetBudget: toCents(1_000_000_000),
    scenarioOf: null,
    createdAt: now,
    updatedAt: now,
  };
  const months = monthRange(plan.firstMonth, MONTHS);
  const channels: Channel[] = [];
  const budgets: ChannelBudget[] = [];
  for (let i = 0; i < CHANNELS; i++) {
    const category = CATEGORIES[i % CATEGORIES.length] ?? 'tv';
    const id = `channel-${i}`;
    channels.push({
      id,
      planId: plan.id,
      name: `${category} ${i + 1}`,
      family: i % 2 === 0 ? 'media' : 'hors-media',
      category,
      poe: (['paid', 'owned', 'earned'] as const)[i % 3] ?? 'paid',
      costModel: { kind: 'fixed' },
      objective: i % 4 === 0 ? 'build-awareness' : 'grow-online-sales',
      stage: STAGES[i % STAGES.length] ?? null,
      kpi: 'roi',
      sortOrder: i,
    });
    const record: ChannelBudget = { channelId: id, planId: plan.id, months: {} };
    for (const month of months) {
      record.months[month] = {
        planned: toCents((next() % 5000) * 100),
        committed: toCents((next() % 1000) * 100),
        actual: toCents((next() % 2000) * 100),
      };
    }
    budgets.push(record);
  }
  await db.transaction('rw', db.plans, db.channels, db.budgets, db.meta, async () => {
    await db.plans.add(plan);
    await db.channels.bulkAdd(channels);
    await db.budgets.bulkAdd(budgets);
    await db.meta.put({ key: 'currentPlanId', value: plan.id });
  });
  return { db, planId: plan.id };
}

declare global {
  interface Window {
    plannerPage: {
      session: PlannerSession | null;
      measureEdit: (row: number, col: number, text: string) => number;
      armKeyEdit: () => void;
      keyEdit: Promise<number | null> | null;
    };
  }
}

/** The text of the row total of a grid row (its last, read-only cell), by aria-rowindex. */
function rowTotal(rowIndex: string | null): string | null {
  if (rowIndex === null) return null;
  const row = document.querySelector(`[role="grid"] [role="row"][aria-rowindex="${rowIndex}"]`);
  const cells = row?.querySelectorAll('[role="gridcell"][aria-readonly="true"]');
  return cells && cells.length > 0 ? (cells[cells.length - 1]?.textContent ?? null) : null;
}

/**
 * Times the next Enter: from its keydown (capture phase, before the grid sees it) until the
 * edited row's total shows a new text, plus one animation frame (the frame that paints it).
 */
function armKeyEdit(): void {
  let settle: (ms: number | null) => void = () => undefined;
  window.plannerPage.keyEdit = new Promise((resolve) => (settle = resolve));
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    window.removeEventListener('keydown', onKeydown, true);
    const start = performance.now();
    const rowIndex =
      document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex') ?? null;
    const before = rowTotal(rowIndex);
    const grid = document.querySelector('[role="grid"]');
    if (!grid || before === null) {
      settle(null);
      return;
    }
    const timer = setTimeout(() => finish(false), 5000);
    const observer = new MutationObserver(() => {
      if (rowTotal(rowIndex) !== before) finish(true);
    });
    function finish(shown: boolean) {
      observer.disconnect();
      clearTimeout(timer);
      if (shown) requestAnimationFrame(() => settle(performance.now() - start));
      else settle(null);
    }
    observer.observe(grid, { subtree: true, childList: true, characterData: true });
  };
  window.addEventListener('keydown', onKeydown, true);
}

window.plannerPage = {
  session: null,
  armKeyEdit,
  keyEdit: null,
  /**
   * One edit until the Budget tab is repainted and laid out (grid, row/month/family totals,
   * summary) and the three matrices are recomputed; the monthly chart catches up in the frame
   * after, off this path. The matrices live in
   * their own tab, so an edit only has to bring their figures up to date, not their DOM.
   */
  measureEdit(row, col, text) {
    const session = window.plannerPage.session;
    if (!session) throw new Error('no session yet');
    const start = performance.now();
    session.models.planned.setCell({ row, col }, text);
    flushSync();
    matrices = [
      familyPoeMatrix(session.sheet),
      objectiveMatrix(session.sheet),
      aarrrMatrix(session.sheet),
    ];
    void document.body.offsetHeight;
    return performance.now() - start;
  },
};

const { db } = await seededDb();
const target = document.getElementById('app');
if (!target) throw new Error('no #app');
// The app fetches its language's strings before it mounts (src/main.ts); so does this page.
await loadLanguage('fr');
mount(BenchPlanner, {
  target,
  props: {
    db,
    onsession: (session: PlannerSession | null) => {
      window.plannerPage.session = session;
      if (session) document.documentElement.dataset.ready = 'true';
    },
  },
});
