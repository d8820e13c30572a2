// The ROI simulator's heavy calculations, built with the app's toolchain and run in the
// browser: the allocator over 50 concave channels with bounds and over 20 S-shaped ones, and
// a 10 000-draw Monte Carlo through the app's own worker client, timed from the request to
// the answer back on the main thread.
import { allocate, type AllocationChannel } from '../../src/domain/roi/allocator';
import type { HillCurve } from '../../src/domain/roi/response-curve';
import { workedExampleScenario, newLine } from '../../src/domain/roi/examples';
import type { Estimate, RoiScenario } from '../../src/domain/roi/model';
import { simulateInWorker } from '../../src/state/montecarlo-client';

let seed = 11;
/** A small seeded generator: the same channels on every run. */
function next(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

function channels(count: number, shape: () => number, bounded: boolean): AllocationChannel[] {
  return Array.from({ length: count }, (_, i) => {
    const current = Math.round(200_000 + next() * 2_000_000);
    const curve: HillCurve = {
      rmax: current * (2 + next() * 6),
      k: current * (0.5 + next() * 2),
      shape: shape(),
    };
    return {
      id: `c${i}`,
      curve,
      current,
      min: bounded ? Math.round(current * 0.3) : 0,
      max: bounded ? Math.round(current * 2.5) : null,
      locked: bounded && i % 17 === 0,
      minimumBuy: bounded && i % 11 === 0 ? Math.round(current * 0.5) : null,
      returnPerCustomer: null,
    };
  });
}

function timeAllocator(list: AllocationChannel[], runs: number): number[] {
  const budget = list.reduce((sum, c) => sum + c.current, 0);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = allocate(list, { kind: 'max-return', budget: budget * (0.8 + (i % 5) * 0.1) });
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(`allocator refused: ${JSON.stringify(result.error)}`);
  }
  return times;
}

function range(likely: number, spread: number): Estimate {
  return { likely, low: likely * (1 - spread), high: likely * (1 + spread) };
}

/** Ten lines, every input a range: the heaviest scenario a user builds by hand. */
function uncertainScenario(): RoiScenario {
  const base = workedExampleScenario({
    scenarioId: 's',
    lineId: 'l0',
    planId: 'p',
    now: 0,
    name: 'Bench',
    lineName: 'Ligne 0',
  });
  const lines = Array.from({ length: 10 }, (_, i) => {
    const line = newLine({ id: `l${i}`, name: `Ligne ${i}`, mediaCost: 500_000 + i * 100_000 });
    return {
      ...line,
      mediaCost: range(line.mediaCost.likely, 0.1),
      creativeCost: range(100_000, 0.3),
      gains: {
        kind: 'funnel' as const,
        impressions: range(400_000, 0.2),
        audience: 'impressions' as const,
        clickRate: range(0.012, 0.3),
        leadRate: range(0.08, 0.3),
        closeRate: range(0.2, 0.3),
        averageBasket: range(9_000, 0.15),
      },
    };
  });
  return { ...base, lines, marginRate: range(0.45, 0.1), gainBasis: 'margin' };
}

declare global {
  interface Window {
    roiPage: {
      allocatorConcave: (runs: number) => number[];
      allocatorSCurve: (runs: number) => number[];
      monteCarlo: (runs: number) => Promise<number[]>;
    };
  }
}

window.roiPage = {
  allocatorConcave: (runs) =>
    timeAllocator(
      channels(50, () => 0.5 + next() * 0.5, true),
      runs,
    ),
  allocatorSCurve: (runs) =>
    timeAllocator(
      channels(20, () => 1.5 + next() * 1.5, false),
      runs,
    ),
  async monteCarlo(runs) {
    const scenario = uncertainScenario();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const summary = await simulateInWorker({
        ...scenario,
        uncertainty: { ...scenario.uncertainty, draws: 10_000, seed: i + 1 },
      });
      times.push(performance.now() - start);
      if (summary.draws !== 10_000) throw new Error(`only ${summary.draws} draws`);
    }
    return times;
  },
};
document.documentElement.dataset.ready = 'true';
