// The Learn screen in the app: its entries grouped, each with its worked example and its link
// to the figure; the search over them (accents and case ignored, a count, a word when nothing
// matches); an entry's link from a figure's tip focusing that entry; the tip's "Learn more".
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/App.svelte';
import type { MixplanDb } from '../../../src/db';
import InfoTip from '../../../src/ui/InfoTip.svelte';
import { LEARN_ENTRIES } from '../../../src/views/learn/learn-entries';
import { openDb, scratchDbName, testEnvironment } from '../harness';

let db: MixplanDb;

async function openLearn(hash = '#/learn', language: 'fr' | 'en' = 'fr') {
  window.location.hash = hash;
  const user = userEvent.setup();
  render(App, { db, env: testEnvironment(), defaultLanguage: language });
  const search = await screen.findByRole(
    'searchbox',
    { name: language === 'fr' ? 'Rechercher une notion' : 'Search the entries' },
    { timeout: 5000 },
  );
  return { user, search };
}

const titles = () =>
  screen.queryAllByRole('article').map((a) => a.querySelector('h3')?.textContent);
const status = () => (screen.getByRole('status').textContent ?? '').replace(/\s+/g, ' ').trim();

beforeEach(() => {
  db = openDb(scratchDbName());
});

afterEach(() => db.close());

describe('the Learn screen', () => {
  it('lists every entry with its worked example and the link to its figure', async () => {
    await openLearn();
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(LEARN_ENTRIES.length);
    const roi = screen.getByRole('article', { name: /^ROI et ROAS/ });
    expect(roi).toHaveTextContent('Exemple chiffré');
    expect(within(roi).getByRole('link', { name: /^Voir le ROI d’une campagne/ })).toHaveAttribute(
      'href',
      '#/roi?tab=campaigns&figure=roi',
    );
    expect(status()).toBe(`${LEARN_ENTRIES.length} fiches sur ${LEARN_ENTRIES.length}`);
  }, 20_000);

  it('searches without caring for accents or case, and says when nothing matches', async () => {
    const { user, search } = await openLearn();
    await user.type(search, 'MEDIA');
    expect(titles()).toContain('Média et hors-média');
    expect(titles()).not.toContain('Scoring de leads');
    const found = titles().length;
    expect(status()).toBe(`${found} fiches sur ${LEARN_ENTRIES.length}`);

    await user.clear(search);
    await user.type(search, 'degressivite xyzzy');
    expect(titles()).toEqual([]);
    expect(status()).toBe('Aucune fiche ne correspond à « degressivite xyzzy ».');

    await user.click(screen.getByRole('button', { name: 'Effacer la recherche' }));
    expect(titles()).toHaveLength(LEARN_ENTRIES.length);
  }, 20_000);

  it('searches the English text in English', async () => {
    const { user, search } = await openLearn('#/learn', 'en');
    await user.type(search, 'opt-in gdpr');
    expect(titles()).toEqual(['Direct marketing and permission (opt-in, GDPR)']);
    expect(status()).toBe(`1 entry of ${LEARN_ENTRIES.length}`);
  }, 20_000);

  it('opened on one entry, focuses that entry', async () => {
    await openLearn('#/learn?entry=clv');
    const clv = screen.getByRole('article', { name: /^CLV, multiple de marge/ });
    await expect.poll(() => document.activeElement === clv, { timeout: 3000 }).toBe(true);
  }, 20_000);
});

describe('a figure’s info tip', () => {
  it('links to its Learn entry', async () => {
    const user = userEvent.setup();
    render(InfoTip, {
      label: 'À propos de : ROI',
      title: 'ROI',
      meaning: 'Ce que rapporte chaque euro dépensé.',
      formula: 'ROI = (gains − coût) ÷ coût',
      learn: 'roi-roas',
      learnLabel: 'En savoir plus',
    });
    await user.click(screen.getByRole('button', { name: 'À propos de : ROI' }));
    const tip = screen.getByRole('dialog', { name: 'ROI' });
    expect(within(tip).getByRole('link', { name: 'En savoir plus' })).toHaveAttribute(
      'href',
      '#/learn?entry=roi-roas',
    );
  });
});
