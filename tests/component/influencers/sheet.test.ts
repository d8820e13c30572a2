// The influencer sheet as a user drives it: add influencers and type their figures into the
// grid, read tier, engagement rate and CPE against hand-computed values, headers that name
// their formula, a hostile name shown as text, a tier filter, a shortlist of two compared side
// by side, a red flag with its reason and numbers, and the disclosure checklist ticked.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/App.svelte';
import type { MixplanDb } from '../../../src/db';
import { PLAN, seedPlan } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';

const ER_HEADER = 'ER (médiane (j’aime + commentaires) ÷ abonnés)';
const CPE_HEADER = 'CPE (prix du post ÷ (j’aime + commentaires))';
const TIER_HEADER = 'Palier (par abonnés)';
const HOSTILE = '<img src=x onerror=alert(1)>';
let db: MixplanDb;

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
  window.location.hash = '#/influencers';
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

async function openScreen() {
  const user = userEvent.setup();
  const view = render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  await screen.findByRole('heading', { level: 1, name: /^Influenceurs — / }, { timeout: 5000 });
  return { user, ...view };
}

/** Text as a reader sees it: Intl's narrow spaces as plain ones. */
function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function grid(): HTMLElement {
  return screen.getByRole('grid', { name: 'Feuille des influenceurs' });
}

async function typeInto(user: ReturnType<typeof userEvent.setup>, name: string, value: string) {
  const sheet = await screen.findByRole('grid', { name: 'Feuille des influenceurs' });
  const cell = await within(sheet).findByRole('gridcell', { name });
  await user.click(cell);
  await user.keyboard(`${value}{Enter}`);
}

/** Adds an influencer through the button and types its figures into the grid. */
async function addInfluencer(
  user: ReturnType<typeof userEvent.setup>,
  name: string,
  figures: { followers: string; likes: string; comments: string; price: string },
) {
  await user.click(screen.getByRole('button', { name: 'Ajouter un influenceur' }));
  await typeInto(user, 'Nom, Nouvel influenceur', name);
  await within(grid()).findByRole('rowheader', { name });
  await typeInto(user, `Abonnés, ${name}`, figures.followers);
  await typeInto(user, `J’aime (moy.), ${name}`, figures.likes);
  await typeInto(user, `Commentaires (moy.), ${name}`, figures.comments);
  await typeInto(user, `Prix du post, ${name}`, figures.price);
}

/** jsdom does no scrolling: give the grid a scroll position it keeps, then scroll it. */
function scrollGridTo(left: number) {
  const root = grid();
  let value = 0;
  Object.defineProperty(root, 'scrollLeft', {
    configurable: true,
    get: () => value,
    set: (v: number) => (value = v),
  });
  value = left;
  fireEvent.scroll(root);
}

function figure(id: string): string {
  return text(document.querySelector(`[data-figure="${id}"] dd`));
}

describe('the influencer sheet', () => {
  it('computes tier, ER and CPE from figures typed into the grid, with formula headers', async () => {
    const { user } = await openScreen();
    expect(screen.getByText('Aucun influenceur dans ce plan pour l’instant.')).toBeInTheDocument();
    await addInfluencer(user, 'Alice', {
      followers: '5000',
      likes: '200',
      comments: '20',
      price: '100',
    });
    // (200 + 20) ÷ 5 000 = 4,4 %; 10 000 cents ÷ 220 = 45,4545… cents = 0,4545 €; 5 000 is nano.
    await vi.waitFor(() => expect(figure('erFollowers')).toBe('4,4 %'));
    expect(figure('tier')).toBe('nano');
    expect(figure('cpe')).toBe('0,4545 €');
    const labels = [...document.querySelectorAll('[data-figure] dt')].map((dt) => text(dt));
    expect(labels).toContain(ER_HEADER);
    expect(labels).toContain(CPE_HEADER);

    // The grid's own computed cells, once scrolled to them, show the same figures.
    scrollGridTo(2500);
    const g = grid();
    expect(await within(g).findByRole('columnheader', { name: ER_HEADER })).toBeInTheDocument();
    expect(within(g).getByRole('gridcell', { name: `${TIER_HEADER}, Alice` })).toHaveTextContent(
      'nano',
    );
    expect(text(within(g).getByRole('gridcell', { name: `${ER_HEADER}, Alice` }))).toBe('4,4 %');
    expect(text(within(g).getByRole('gridcell', { name: `${CPE_HEADER}, Alice` }))).toBe(
      '0,4545 €',
    );
    // A figure that cannot be computed is a dash with its reason, never NaN.
    const cpv = within(g).getByRole('gridcell', { name: /^CPV .*, Alice$/ });
    expect(text(cpv)).toBe('—');
    // The cell itself says why, as its tooltip and accessible description.
    expect(cpv).toHaveAttribute('title', 'vues inconnues ou nulles');
    expect(cpv).toHaveAccessibleDescription('vues inconnues ou nulles');
    expect(within(g).getByRole('gridcell', { name: `${ER_HEADER}, Alice` })).not.toHaveAttribute(
      'title',
    );
    expect(
      screen.getByText(/CPV \(prix du post ÷ vues\) : vues inconnues ou nulles/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `À propos de : ${ER_HEADER}` })).toBeInTheDocument();
    expect(document.body.textContent ?? '').not.toMatch(/NaN|Infinity/);
  }, 20_000);

  it('shows a hostile name as text, never as markup', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: 'Ajouter un influenceur' }));
    await typeInto(user, 'Nom, Nouvel influenceur', HOSTILE);
    expect(await within(grid()).findByRole('rowheader', { name: HOSTILE })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: `Fiche : ${HOSTILE}` })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  }, 20_000);

  it('filters by tier, flags low engagement with its numbers, shortlists two and compares them', async () => {
    const { user } = await openScreen();
    await addInfluencer(user, 'Alice', {
      followers: '5000',
      likes: '200',
      comments: '20',
      price: '100',
    });
    await addInfluencer(user, 'Bruno', {
      followers: '50000',
      likes: '300',
      comments: '10',
      price: '500',
    });

    await user.selectOptions(screen.getByLabelText('Palier'), 'micro');
    expect(await screen.findByText('1 sur 2 affichés')).toBeInTheDocument();
    const headers = within(grid())
      .getAllByRole('rowheader')
      .map((h) => text(h));
    expect(headers).toEqual(['Bruno']);
    await user.selectOptions(screen.getByLabelText('Palier'), '');

    // Bruno: (300 + 10) ÷ 50 000 = 0,62 %, under half of HypeAuditor's 1,62 % for 20k–100k.
    await user.selectOptions(screen.getByLabelText('Influenceur affiché'), 'Bruno');
    const flag = await screen.findByText(/^Engagement faible/);
    expect(text(flag)).toBe(
      'Engagement faible : 0,62 % (moyenne (j’aime + commentaires) ÷ abonnés) sous 0,81 %, soit 0,5 × le bas de la fourchette habituelle (1,62 %) pour 20 000 à 99 999 abonnés.',
    );
    await user.click(screen.getByRole('button', { name: 'Présélectionner' }));
    expect(
      await screen.findByRole('button', { name: 'Présélectionner', pressed: true }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Influenceur affiché'), 'Alice');
    await screen.findByRole('heading', { name: 'Fiche : Alice' });
    expect(screen.getByText('Aucune alerte.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Présélectionner', pressed: false }));
    expect(await screen.findByText('2 présélectionnés')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Comparer la présélection' }));
    const compare = await screen.findByRole('region', { name: 'Comparaison de la présélection' });
    const table = within(compare).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => text(h)),
    ).toEqual(['Critère', 'Bruno', 'Alice']);
    const erRow = within(table).getByRole('rowheader', { name: ER_HEADER }).closest('tr');
    expect(
      erRow &&
        within(erRow)
          .getAllByRole('cell')
          .map((c) => text(c)),
    ).toEqual(['0,62 %', '4,4 %']);
    expect(within(table).getByText(/^Engagement faible : 0,62 %/)).toBeInTheDocument();
  }, 20_000);

  it('ticks the disclosure checklist, which names its legal basis', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: 'Ajouter un influenceur' }));
    const checklist = await screen.findByRole('region', {
      name: 'Transparence de l’influence commerciale',
    });
    expect(
      within(checklist).getByText('Information, pas un conseil juridique.'),
    ).toBeInTheDocument();
    expect(text(checklist)).toMatch(/loi n° 2023-451 du 9 juin 2023, art\. 5/);
    expect(text(checklist)).toMatch(/ordonnance n° 2024-978 du 6 novembre 2024/);
    expect(within(checklist).getByText('5 points restent à faire.')).toBeInTheDocument();
    const boxes = within(checklist).getAllByRole('checkbox');
    await user.click(boxes[0]!);
    expect(await within(checklist).findByText('4 points restent à faire.')).toBeInTheDocument();
    expect(within(checklist).getAllByRole('checkbox')[0]).toBeChecked();
    for (const label of [
      /^Mention claire, lisible/,
      /^Présente dans chaque format/,
      /^Présente pendant toute la promotion/,
      /^Sans objet/,
    ]) {
      await user.click(within(checklist).getByRole('checkbox', { name: label }));
    }
    expect(await within(checklist).findByText('Liste complète.')).toBeInTheDocument();
  }, 20_000);

  it('adds the rows a paste grows the grid by as influencers, with their figures', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: 'Ajouter un influenceur' }));
    const sheet = await screen.findByRole('grid', { name: 'Feuille des influenceurs' });
    await user.click(within(sheet).getByRole('gridcell', { name: 'Nom, Nouvel influenceur' }));
    // Name, handle, platform, followers: three rows where the grid has one.
    await user.paste(
      'Chloé\t@chloe\tTikTok\t12000\r\nDavid\t@david\tYouTube\t150000\r\nEva\t@eva\tInstagram\t900\r\n',
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter les lignes' }));
    await vi.waitFor(() =>
      expect(
        within(grid())
          .getAllByRole('rowheader')
          .map((h) => text(h)),
      ).toEqual(['Chloé', 'David', 'Eva']),
    );
    expect(await screen.findByText('3 sur 3 affichés')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Influenceur affiché'), 'David');
    await screen.findByRole('heading', { name: 'Fiche : David' });
    expect(figure('tier')).toBe('macro');
  }, 20_000);

  it('edits the benchmark table, refuses a range that does not hold, and restores the defaults', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByText('Réglages de la feuille'));
    const stored = async () =>
      (await db.influencerSettings.get(PLAN.id))?.benchmarks.prices.find((r) => r.tier === 'micro');

    // A micro post usually costs 100 € to 1 000 € (the seeds); the user says 150 € at least.
    const low = screen.getByLabelText('Modifier Bas — micro');
    await user.clear(low);
    await user.type(low, '150');
    await user.tab();
    await vi.waitFor(async () => expect((await stored())?.low).toBe(15_000));
    expect(screen.getAllByText('modifié par vous').length).toBeGreaterThan(0);

    // A ceiling below the floor is refused as a whole: nothing of it is kept.
    // (Typed over the selection: an emptied field would mean "no ceiling", which holds.)
    const high = screen.getByLabelText('Modifier Haut — micro');
    await user.tripleClick(high);
    await user.keyboard('50');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Repères refusés : 1 problème/);
    expect((await stored())?.high).toBe(100_000);

    await user.click(screen.getByRole('button', { name: 'Rétablir les repères par défaut' }));
    await vi.waitFor(async () =>
      expect(await stored()).toMatchObject({ low: 10_000, high: 100_000 }),
    );
  }, 20_000);
});
