// The ROI simulator in Chromium, in French, on the demo plan: the worked example and its
// explained figures, scenarios from the plan compared, the "double the budget" answer, the
// budget split written as a new scenario plan (the original untouched), the uncertainty run
// in a worker, and a scenario's edits kept across a browser relaunch on the same profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserSuite, hasChromium, startServer } from './browser';
import { LEAVE_AFTER_MS } from './plan-pages';
import {
  campaign,
  centsOf,
  DEMO_PLAN,
  DEMO_PLANNED_EUROS,
  DEMO_TOTAL_EUROS,
  flat,
  launchProfile,
  nonNumbers,
  openRoi,
  output,
  percentOf,
  plannedTotal,
  rowByHeader,
  storedScenarios,
  tab,
  typeNumber,
  VIEWPORT,
  EXAMPLE_SCENARIO,
  EXAMPLE_LINE,
  FROM_PLAN,
  REVENUE,
  loadExample,
} from './roi-pages';

describe.skipIf(!hasChromium)('the ROI simulator in Chromium', () => {
  const suite = browserSuite();

  it('explains the worked example, compares a scenario from the plan, and answers ×2', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT });
    await openRoi(page, suite.server.url);
    expect(await nonNumbers(page), 'empty screen').toEqual([]);

    // 1. The worked example: 10 000 € of media for 40 000 € of revenue.
    await loadExample(page);
    const line = campaign(page, EXAMPLE_LINE);
    const results = line.getByRole('region', { name: `Résultats de « ${EXAMPLE_LINE} »` });
    // ROI = (40 000 − 10 000) ÷ 10 000 = 300 %; ROAS = 40 000 ÷ 10 000 = 400 %;
    // net gain = 40 000 − 10 000 = 30 000 €.
    expect(await output(results, 'roi')).toBe('300 %');
    expect(await output(results, 'roas')).toBe('400 %');
    expect(await output(results, 'netGain')).toBe('30 000,00 €');
    await results.getByRole('button', { name: 'À propos de : ROI', exact: true }).click();
    const tip = page.getByRole('dialog', { name: 'ROI', exact: true });
    expect(flat(await tip.innerText())).toContain(
      'ROI = (40 000,00 € - 10 000,00 €) ÷ 10 000,00 € = 300 %',
    );
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    expect(await nonNumbers(page), 'worked example').toEqual([]);

    // Revenue down to 10 000 €: ROI = (10 000 − 10 000) ÷ 10 000 = 0 %.
    await typeNumber(line.getByRole('textbox', { name: REVENUE }), '10000');
    await expect.poll(() => output(results, 'roi')).toBe('0 %');
    expect(await output(results, 'netGain')).toBe('0,00 €');
    expect(await nonNumbers(page), 'revenue 10 000').toEqual([]);

    // 3. Doubling the example's spend with the default "+40 %": ×1,40 of return, not ×2.
    await tab(page, 'Courbes de réponse').click();
    const multiples = page.getByRole('table', {
      name: `${EXAMPLE_LINE} : la dépense multipliée, et le retour qui suit`,
    });
    const doubled = multiples
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '×2', exact: true }) });
    const cells = await rowByHeader(multiples, doubled);
    // Spend 10 000 € × 2 = 20 000 €; return 10 000 € × (1 + 40 %) = 14 000 €.
    expect(cells['Retour ×']).toBe('×1,40');
    expect(centsOf(cells['Dépense média'] ?? '')).toBe(2_000_000);
    expect(centsOf(cells['Retour (chiffre d’affaires)'] ?? '')).toBe(1_400_000);
    expect(await nonNumbers(page), 'curves').toEqual([]);

    // 2. A scenario from the plan: one linked line per demo channel, reading its planned spend.
    await page.getByRole('button', { name: FROM_PLAN }).click();
    await page.getByText('Scénario « Scénario 2 » créé.').waitFor();
    await tab(page, 'Campagnes').click();
    const articles = page.getByRole('article');
    await expect.poll(() => articles.count()).toBe(DEMO_PLANNED_EUROS.length);
    for (const channel of DEMO_PLANNED_EUROS) {
      const article = campaign(page, channel.name);
      const linked = article.getByRole('combobox', { name: 'Canal du plan' });
      expect(
        await linked.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent),
        `${channel.name} linked to its channel`,
      ).toBe(channel.name);
      const media = flat(await article.locator('output').innerText());
      expect(media.startsWith('lu dans le plan : '), media).toBe(true);
      expect(centsOf(media.slice('lu dans le plan : '.length)), channel.name).toBe(
        channel.euros * 100,
      );
    }
    expect(await nonNumbers(page), 'scenario from the plan').toEqual([]);

    await tab(page, 'Comparer').click();
    const compare = page.getByRole('table', {
      name: 'Totaux de chaque scénario enregistré pour ce plan',
    });
    const heads = (await compare.locator('thead th').allInnerTexts()).map(flat);
    expect(heads).toHaveLength(3);
    expect(heads[1]).toContain(EXAMPLE_SCENARIO);
    expect(heads[2]).toContain('Scénario 2');
    const roiRow = compare
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'ROI', exact: true }) });
    const roi = await rowByHeader(compare, roiRow);
    // Example: 0 % (above). From the plan, no revenue yet: (0 − 46 150) ÷ 46 150 = −100 %.
    expect(Object.values(roi).slice(1)).toEqual(['0 %', '-100 %']);
    const costRow = compare
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Coût total', exact: true }) });
    const cost = Object.values(await rowByHeader(compare, costRow))
      .slice(1)
      .map(centsOf);
    expect(cost).toEqual([1_000_000, DEMO_TOTAL_EUROS * 100]);
    expect(await nonNumbers(page), 'compare').toEqual([]);
  });

  it('splits the plan scenario’s budget and writes it as a new plan, the demo untouched', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT });
    await openRoi(page, suite.server.url);
    await page.getByRole('link', { name: 'Planificateur' }).click();
    await page.getByRole('region', { name: 'Synthèse' }).waitFor();
    expect(await plannedTotal(page), 'demo plan before').toBe(DEMO_TOTAL_EUROS * 100);
    await page.getByRole('link', { name: 'ROI', exact: true }).click();

    await page.getByRole('button', { name: FROM_PLAN }).click();
    // Each line earns a different multiple of its spend, so the split has something to move:
    // the first channels return 4×, 3×, 2×… down to 1,5× for the last ones.
    const multiples = [4, 3, 2, 1.5, 1.5, 2, 1.5, 3, 1.5];
    for (const [i, channel] of DEMO_PLANNED_EUROS.entries()) {
      const field = campaign(page, channel.name).getByRole('textbox', { name: REVENUE });
      await typeNumber(field, String(channel.euros * (multiples[i] ?? 1)));
    }

    await tab(page, 'Répartition du budget').click();
    const budget = page.getByRole('textbox', { name: 'Budget à répartir' });
    // The plan's planned total is the budget: 46 150 €.
    expect(centsOf(await budget.inputValue())).toBe(DEMO_TOTAL_EUROS * 100);
    await page.getByRole('button', { name: 'Répartir le budget' }).click();

    const result = page.getByRole('region', { name: 'Résultat', exact: true });
    const table = result.getByRole('table', { name: 'Avant et après la répartition, par canal' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(DEMO_PLANNED_EUROS.length);
    const afters: number[] = [];
    for (const [i, channel] of DEMO_PLANNED_EUROS.entries()) {
      const cells = await rowByHeader(table, rows.nth(i));
      expect(cells['Canal']).toBe(channel.name);
      expect(centsOf(cells['Dépense avant'] ?? ''), channel.name).toBe(channel.euros * 100);
      const after = centsOf(cells['Dépense après'] ?? '');
      expect(after, `${channel.name} after`).not.toBeNull();
      afters.push(after ?? 0);
    }
    const total = await rowByHeader(table, table.locator('tfoot tr'));
    const allocated = centsOf(total['Dépense après'] ?? '');
    // To the cent: the total after is the budget, and the sum of the rows after.
    expect(allocated).toBe(DEMO_TOTAL_EUROS * 100);
    expect(afters.reduce((a, b) => a + b, 0)).toBe(allocated);
    expect(afters.some((a, i) => a !== (DEMO_PLANNED_EUROS[i]?.euros ?? 0) * 100)).toBe(true);

    // One sentence per line saying why it moved.
    const explanations = (await result.getByRole('listitem').allInnerTexts()).map(flat);
    expect(explanations).toHaveLength(DEMO_PLANNED_EUROS.length);
    for (const [i, channel] of DEMO_PLANNED_EUROS.entries()) {
      const text = explanations[i] ?? '';
      expect(text.startsWith(`${channel.name} `), text).toBe(true);
      const sentence = text.slice(channel.name.length + 1);
      expect(sentence, text).toMatch(/^[^.]{10,}\.$/);
    }
    expect(await nonNumbers(page), 'allocation').toEqual([]);

    await result.getByRole('button', { name: 'Écrire comme nouveau scénario du plan' }).click();
    await result.getByText('Nouveau scénario écrit ; le plan d’origine n’a pas changé.').waitFor();
    const toast = page.getByText(/^Plan « .* — répartition Scénario 1 » créé avec la nouvelle/);
    await toast.waitFor();
    await page.getByRole('button', { name: 'Ouvrir dans le planificateur' }).click();

    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(async () => flat(await heading.innerText())).toContain('répartition');
    expect(flat(await heading.innerText())).toBe(`${DEMO_PLAN} — répartition Scénario 1`);
    await page.getByRole('region', { name: 'Synthèse' }).waitFor();
    await expect.poll(() => plannedTotal(page), { message: 'the new plan' }).toBe(allocated);

    await page.getByRole('button', { name: new RegExp(`^${DEMO_PLAN} modifié le`) }).click();
    await expect.poll(async () => flat(await heading.innerText())).toBe(DEMO_PLAN);
    await expect
      .poll(() => plannedTotal(page), { message: 'demo plan after' })
      .toBe(DEMO_TOTAL_EUROS * 100);
  });

  it('runs the uncertainty simulation in a worker and reads P10, P50, P90', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT });
    const workers: Worker[] = [];
    page.on('worker', (worker) => workers.push(worker));
    await openRoi(page, suite.server.url);
    await loadExample(page);
    await tab(page, 'Incertitude').click();

    const revenue = page
      .getByRole('group', { name: EXAMPLE_LINE, exact: true })
      .getByRole('group', { name: REVENUE, exact: true });
    await typeNumber(revenue.getByRole('textbox', { name: 'Bas', exact: true }), '30000');
    await typeNumber(revenue.getByRole('textbox', { name: 'Haut', exact: true }), '50000');
    await revenue.getByText('Fourchette tirée par la simulation.').waitFor();
    expect(workers, 'no worker before the first run').toEqual([]);

    await page.getByRole('button', { name: 'Lancer la simulation' }).click();
    // While it runs, the page's own thread still answers and paints a frame.
    const running = page.getByText('Calcul en cours…');
    const busy = await running.isVisible();
    const frameMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          requestAnimationFrame(() => resolve(performance.now() - start));
        }),
    );
    expect(frameMs, `a frame painted while running (status shown: ${busy})`).toBeLessThan(500);

    const quantiles = page.getByRole('table', { name: 'Résultats sur 10 000 tirages' });
    await quantiles.waitFor();
    expect(workers.map((w) => w.url())).toEqual([expect.stringMatching(/montecarlo/)]);
    const row = quantiles
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'ROI', exact: true }) });
    const roi = await rowByHeader(quantiles, row);
    const [p10, p50, p90] = ['P10', 'P50', 'P90'].map((p) => percentOf(roi[p] ?? ''));
    // Revenue PERT(30 000, 40 000, 50 000) is 30 000 + 20 000 × Beta(3, 3); Beta(3, 3)'s 10th,
    // 50th and 90th percentiles are 0,2466, 0,5 and 0,7534: revenue 34 933, 40 000, 45 067 €,
    // ROI = revenue ÷ 10 000 − 1 = 249 %, 300 %, 351 % (± sampling over 10 000 draws).
    expect(p10).toBeGreaterThanOrEqual(244);
    expect(p10).toBeLessThanOrEqual(255);
    expect(p50).toBeGreaterThanOrEqual(295);
    expect(p50).toBeLessThanOrEqual(305);
    expect(p90).toBeGreaterThanOrEqual(345);
    expect(p90).toBeLessThanOrEqual(356);
    // Revenue never falls below 30 000 €, so ROI never below 200 %: no chance of a loss.
    await page.getByText('Risque de perdre de l’argent (ROI sous 0 %) : 0 %.').waitFor();
    expect(await running.isVisible()).toBe(false);
    expect(await nonNumbers(page), 'simulation').toEqual([]);
  });
});

describe.skipIf(!hasChromium)('ROI scenarios survive a browser relaunch', () => {
  const profiles: string[] = [];
  const seen = { foreignRequests: [] as string[], cspViolations: [] as string[] };

  afterAll(() => {
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a renamed scenario and its edited revenue after the browser is closed', async () => {
    const server = await startServer();
    try {
      const dir = mkdtempSync(join(tmpdir(), 'mixplan-roi-profile-'));
      profiles.push(dir);
      const origin = new URL(server.url).origin;

      const first = await launchProfile(dir, origin, seen);
      await openRoi(first.page, server.url);
      await loadExample(first.page);
      await first.page.getByRole('button', { name: 'Renommer', exact: true }).click();
      await typeNumber(
        first.page.getByRole('textbox', { name: 'Nouveau nom du scénario' }),
        'Campagne de printemps',
      );
      await first.page.getByRole('button', { name: 'Valider le nom' }).click();
      const line = campaign(first.page, EXAMPLE_LINE);
      await typeNumber(line.getByRole('textbox', { name: REVENUE }), '55000');
      // ROI = (55 000 − 10 000) ÷ 10 000 = 450 %.
      await expect.poll(() => output(line, 'roi')).toBe('450 %');
      await first.page.waitForTimeout(LEAVE_AFTER_MS);
      const atClose = JSON.stringify(await storedScenarios(first.page));
      await first.context.close();

      const second = await launchProfile(dir, origin, seen);
      try {
        await second.page.goto(server.url);
        await second.page.getByRole('link', { name: 'ROI', exact: true }).click();
        const shown = second.page.getByRole('combobox', { name: 'Scénario affiché' });
        await shown.waitFor();
        expect(
          await shown.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent),
          `stored at close: ${atClose}`,
        ).toBe('Campagne de printemps');
        const again = campaign(second.page, EXAMPLE_LINE);
        expect(await again.getByRole('textbox', { name: REVENUE }).inputValue()).toBe('55000');
        expect(await output(again, 'roi')).toBe('450 %');
      } finally {
        await second.context.close();
      }
      expect(seen.foreignRequests, 'requests to other origins').toEqual([]);
      expect(seen.cspViolations, 'CSP violations').toEqual([]);
    } finally {
      await server.close();
    }
  });
});
