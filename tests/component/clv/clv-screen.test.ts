// The CLV simulator as a user drives it: the seeds' example in one click shows the short-term
// loss and the long-term gain, CLV : CAC with its 3 : 1 verdict, a negative basket refused at
// its field with no NaN anywhere, and a scenario that survives a remount.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/App.svelte';
import { type MixplanDb } from '../../../src/db';
import { ClvScenariosRepository } from '../../../src/db/clv-scenarios-repository';
import { seedPlan } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';

const EXAMPLE = 'Charger l’exemple : CAC 50 €, panier 20 €, 10 achats par an';
let db: MixplanDb;

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
  window.location.hash = '#/clv';
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

async function openScreen() {
  const user = userEvent.setup();
  const view = render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  await screen.findByRole('heading', { name: /Simulateur de CLV/ }, { timeout: 5000 });
  return { user, ...view };
}

/** Text as a reader sees it: Intl's narrow spaces as plain ones. */
function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function output(label: string | RegExp): HTMLElement {
  const region = screen.getByRole('region', { name: 'Valeur d’un client' });
  const term = within(region).getByText(label, { selector: 'dt' });
  const row = term.parentElement;
  if (!row) throw new Error('no row');
  return row;
}

function field(label: string): HTMLElement {
  return screen.getByLabelText(label);
}

function noNaNAnywhere() {
  expect(document.body.textContent ?? '').not.toMatch(/NaN|Infinity|∞/);
}

describe('the CLV screen', () => {
  it('loads the seeds’ example: a loss of 42 € on the first purchase, a gain of 117,50 € over 5 years', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: EXAMPLE }));
    await screen.findByRole('region', { name: 'Valeur d’un client' });
    // 20 € × 40 % = 8 €; 8 € − 50 € = −42 €; 245 240 000 / 14 641 cents ≈ 167,50 €, − 50 € = +117,50 €.
    const lesson = text(document.querySelector('[data-lesson]'));
    expect(lesson).toMatch(/rapporte 8,00 € de marge pour 50,00 € de CAC : [−-]42,00 €/);
    expect(lesson).toMatch(/sur 5 ans : \+117,50 €/);
    // m = 20 € × 10 × 40 % = 80 €; simple 80 € ÷ (1 − 0,6) = 200 €.
    expect(text(output('Marge annuelle par client').querySelector('dd'))).toBe('80,00 €');
    expect(text(output('CLV simple').querySelector('dd'))).toBe('200,00 €');
    // Limits: 80 × 1,1 ÷ 0,5 = 176 €; 80 × 0,6 ÷ 0,5 = 96 €.
    expect(text(output(/^Limite à l’infini \(première marge encaissée/).querySelector('dd'))).toBe(
      '176,00 €',
    );
    expect(text(output(/^Limite à l’infini \(première marge après/).querySelector('dd'))).toBe(
      '96,00 €',
    );
    noNaNAnywhere();
  });

  it('says CLV : CAC is healthy by the 3 : 1 rule (167,50 € ÷ 50 € = 3,35), payback 7,5 months', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: EXAMPLE }));
    await screen.findByRole('region', { name: 'Valeur d’un client' });
    // 49 048 / 14 641 ≈ 3,35.
    const ratio = text(output('CLV : CAC').querySelector('dd'));
    expect(ratio).toMatch(/^3,35 : 1/);
    expect(ratio).toContain('Sain : au-dessus de la règle du 3 : 1.');
    // 50 € ÷ (80 € ÷ 12) = 7,5 months; with churn spread monthly the 9th month.
    const payback = text(output('Retour sur le CAC').querySelector('dd'));
    expect(payback).toMatch(/^7,5 mois/);
    expect(payback).toContain('au mois 9');
    // Counted after one year of loyalty: 6/11 × 167,50 € ≈ 91,36 €, under the rule.
    await user.click(screen.getByRole('radio', { name: /première marge après une année/ }));
    expect(text(output('CLV : CAC').querySelector('dd'))).toMatch(/^1,83 : 1.*sous la règle/);
  });

  it('shows the formula with the user’s numbers in the yearly margin’s tip', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: EXAMPLE }));
    await screen.findByRole('region', { name: 'Valeur d’un client' });
    await user.click(
      screen.getByRole('button', { name: 'À propos de : Marge annuelle par client' }),
    );
    expect(text(document.body)).toContain('= 20,00 € × 10 × 40 % = 80,00 €');
  });

  it('refuses a negative basket at its field, with no NaN anywhere', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: EXAMPLE }));
    const basket = await screen.findByLabelText('Panier moyen');
    await user.clear(basket);
    await user.type(basket, '-20');
    expect(basket).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Ne peut pas être négatif.')).toBeInTheDocument();
    expect(text(output('CLV simple').querySelector('dd'))).toBe('—');
    noNaNAnywhere();
  });

  it('keeps a scenario and its edits after a remount', async () => {
    const first = await openScreen();
    await first.user.click(screen.getByRole('button', { name: EXAMPLE }));
    const purchases = await screen.findByLabelText('Achats par an');
    await first.user.clear(purchases);
    await first.user.type(purchases, '12');
    // m = 20 € × 12 × 40 % = 96 €.
    expect(text(output('Marge annuelle par client').querySelector('dd'))).toBe('96,00 €');
    await expect
      .poll(async () => (await db.clvScenarios.toArray())[0]?.inputs.purchasesPerYear)
      .toBe(12);
    first.unmount();

    await openScreen();
    await screen.findByRole('region', { name: 'Valeur d’un client' });
    expect(field('Achats par an')).toHaveValue('12');
    expect(text(output('Marge annuelle par client').querySelector('dd'))).toBe('96,00 €');
  });

  it('renames and deletes a scenario', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: 'Nouveau scénario' }));
    await user.click(await screen.findByRole('button', { name: 'Renommer' }));
    const name = screen.getByLabelText('Nouveau nom du scénario');
    await user.clear(name);
    await user.type(name, 'Fidèles');
    await user.click(screen.getByRole('button', { name: 'Valider le nom' }));
    expect(screen.getByRole('option', { name: 'Fidèles' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Supprimer le scénario' }));
    expect(
      await screen.findByText('Ce plan n’a pas encore de scénario de CLV.'),
    ).toBeInTheDocument();
  });

  it('keeps an edit whose write failed on screen, counts it, stores it on retry, and asks before leaving meanwhile', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: EXAMPLE }));
    const apply = ClvScenariosRepository.prototype.apply;
    const failing = vi
      .spyOn(ClvScenariosRepository.prototype, 'apply')
      .mockResolvedValue({ ok: false, error: { code: 'quota', detail: 'disk full' } });
    // The example is created in the database first: wait for its form.
    const purchases = await screen.findByLabelText('Achats par an');
    await user.clear(purchases);
    await user.type(purchases, '12');
    await screen.findByText(/non enregistrée/);
    // The value typed stays: 20 € × 12 × 40 % = 96 € a year.
    expect(text(output(/^Marge annuelle par client/))).toContain('96,00');
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);

    failing.mockImplementation(function (this: ClvScenariosRepository, id, change) {
      return apply.call(this, id, change);
    });
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    await vi.waitFor(async () => {
      const [stored] = await db.clvScenarios.toArray();
      expect(stored?.inputs.purchasesPerYear).toBe(12);
    });
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  });
});
