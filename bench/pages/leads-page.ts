// The real app on the lead scoring screen, over 50 000 generated leads stored in a real
// IndexedDB with the seeds' example model; one hook for the benchmark: one weight changed as
// a user changes it (typed into the first criterion's points field), from the input event to
// the animation frame after the ranked list's DOM changed (scores, bands and order redone).
import { mount } from 'svelte';
import '../../src/app.css';
import App from '../../src/App.svelte';
import { MixplanDb } from '../../src/db';
import { LeadsRepository } from '../../src/db/leads-repository';
import { localDay } from '../../src/domain/leads/defaults';
import { leadScoringExample } from '../../src/domain/leads/example';
import type { Lead } from '../../src/domain/leads/model';
import type { Month } from '../../src/domain/months';
import type { Plan } from '../../src/domain/plan';
import { loadLanguage } from '../../src/i18n';

const LEADS = 50_000;

// A fixed pseudo-random sequence, so that every run measures the same leads.
let seed = 11;
function next(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;

function dayBefore(today: string, days: number): string {
  const time = Date.parse(`${today}T00:00:00Z`) - days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

async function seeded(): Promise<MixplanDb> {
  const db = new MixplanDb(`mixplan-bench-leads-${Date.now()}`);
  const now = Date.now();
  const today = localDay(now);
  const planId = 'bench-leads';
  const plan: Plan = {
    id: planId,
    name: 'Leads 50 000',
    currency: 'EUR',
    locale: 'fr-FR',
    firstMonth: today.slice(0, 7) as Month,
    monthCount: 12,
    targetBudget: null,
    scenarioOf: null,
    createdAt: now,
    updatedAt: now,
  };
  await db.plans.add(plan);
  const example = leadScoringExample(planId, () => crypto.randomUUID(), today);
  const headers = Object.keys(example.leads[0]?.fields ?? {});
  const valuesOf = (key: string) => [
    ...new Set(example.leads.map((l) => l.fields[key] ?? '').filter((v) => v !== '')),
  ];
  const choices = Object.fromEntries(headers.map((key) => [key, valuesOf(key)]));
  const leads: Lead[] = Array.from({ length: LEADS }, (_, i) => ({
    id: `lead-${i}`,
    planId,
    name: `Lead ${i + 1}`,
    email: next() < 0.97 ? `lead${i}@exemple.fr` : '',
    phone: next() < 0.5 ? '06 12 34 56 78' : '',
    createdOn: dayBefore(today, Math.floor(next() * 365)),
    lastContactOn: next() < 0.9 ? dayBefore(today, Math.floor(next() * 120)) : null,
    fields: Object.fromEntries(headers.map((key) => [key, pick(choices[key] ?? [''])])),
  }));
  const repo = new LeadsRepository(db, () => now);
  const stored = await repo.replace(planId, leads);
  if (!stored.ok) throw new Error('leads not stored');
  const model = await repo.saveModel(example.model);
  if (!model.ok) throw new Error('model not stored');
  return db;
}

await loadLanguage('fr');
const db = await seeded();
window.location.hash = '#/leads';
const target = document.getElementById('app');
if (!target) throw new Error('no #app');
mount(App, {
  target,
  props: {
    db,
    env: { now: () => Date.now(), newId: () => crypto.randomUUID() },
    defaultLanguage: 'fr',
  },
});

function pointsField(): HTMLInputElement {
  const label = [...document.querySelectorAll('label')].find((l) =>
    l.textContent?.trim().startsWith('Points F'),
  );
  const input = label?.querySelector('input') ?? document.getElementById(label?.htmlFor ?? '');
  if (!(input instanceof HTMLInputElement)) throw new Error('no points field');
  return input;
}

function list(): HTMLElement {
  const table = document.querySelector<HTMLElement>('table[aria-label="Leads classés"] tbody');
  if (!table) throw new Error('no list');
  return table;
}

declare global {
  interface Window {
    leadsPage: {
      leads: number;
      /** Resolves once the list shows its first rows. */
      ready: () => Promise<void>;
      /** One weight changed: ms from the input to the frame after the list's DOM changed. */
      measureWeightChange: () => Promise<number>;
      /** The first listed lead's score text (to check the list repainted). */
      firstScore: () => string;
    };
  }
}

let step = 0;
window.leadsPage = {
  leads: LEADS,
  async ready() {
    for (;;) {
      if (document.querySelector('table[aria-label="Leads classés"] tbody td')) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
  measureWeightChange() {
    const input = pointsField();
    const rows = list();
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      observer.observe(rows, { subtree: true, childList: true, characterData: true });
      step += 1;
      // Alternating values: every run changes the scores and the order of the list.
      input.value = step % 2 === 0 ? '10' : '35';
      const start = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  },
  firstScore() {
    return list().querySelector('td.total')?.textContent?.trim() ?? '';
  },
};
document.documentElement.dataset.benchReady = 'true';
