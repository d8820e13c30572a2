// The influencer CSV import and export as a user drives them: a French file with a refused
// row and a hostile name, its preview (columns, the engagement rate ignored with its reason,
// the report as text), nothing added before the confirm, then every readable row in the
// workspace; cancel adds nothing; the export carries the rows and the formulas.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MixplanDb } from '../../../src/db';
import type { InfluencersWorkspace } from '../../../src/state/influencers-workspace.svelte';
import { seedPlan } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';
import CsvHarness from './CsvHarness.svelte';

const FILE_INPUT = 'Choisir un fichier CSV d’influenceurs';
const HOSTILE = '<img src=x onerror=alert(1)>';
const FRENCH_FILE = [
  "Nom;Pseudo;Plateforme;Abonnés;J'aime moyens;Commentaires;Prix du post (€);Statut;Taux d'engagement",
  'Léa Martin;@lea;Instagram;12 500;480;35;250,00 €;Contactée;4,1 %',
  `${HOSTILE};@img;TikTok;12,5k;900;40;150;;7 %`,
  'Faux;@faux;Instagram;100;5000;2;-20;;',
  'Sans chiffres;@rien;Myspace;;10;1;;;',
].join('\r\n');

let db: MixplanDb;

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function start() {
  const user = userEvent.setup();
  let workspace: InfluencersWorkspace | null = null;
  render(CsvHarness, {
    db,
    env: testEnvironment(),
    onworkspace: (w: InfluencersWorkspace) => (workspace = w),
  });
  const input = await screen.findByLabelText(FILE_INPUT, {}, { timeout: 15_000 });
  if (!workspace) throw new Error('no workspace');
  return { user, input, workspace: workspace as InfluencersWorkspace };
}

function reportRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Lignes écartées' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => text(cell)),
    );
}

/** Catches the file saveFile hands to the browser: its name and its bytes. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    last = blob;
    return 'blob:influencers';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) files.push({ name: this.download, blob: last });
  });
  return files;
}

async function blobText(blob: Blob): Promise<string> {
  // ignoreBOM keeps the BOM in the text, so that the test can see it is there.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    new Uint8Array(await blob.arrayBuffer()),
  );
}

describe('the influencer CSV import and export', { timeout: 30_000 }, () => {
  it('previews a French file, reports the refused rows as text, adds the rest once confirmed', async () => {
    const { user, input, workspace } = await start();
    await user.upload(input, new File([FRENCH_FILE], 'influenceurs.csv', { type: 'text/csv' }));

    await screen.findByText('2 influenceurs lisibles, 2 lignes écartées.');
    const found = screen.getByRole('list', { name: 'Colonnes importées' });
    expect(within(found).getAllByRole('listitem').map(text)).toEqual([
      'Nom',
      'Pseudo',
      'Plateforme',
      'Abonnés',
      "J'aime moyens",
      'Commentaires',
      'Prix du post (€)',
      'Statut',
    ]);
    const ignored = screen.getByRole('list', { name: 'Colonnes ignorées' });
    expect(text(ignored)).toBe(
      "Taux d'engagement — ignorée : le taux d’engagement est calculé par la feuille, selon une formule affichée",
    );
    expect(reportRows()).toEqual([
      [
        '4',
        "J'aime moyens",
        'Plus de j’aime que 10 fois les abonnés (au plus 1 000) : chiffre invraisemblable',
        '5000',
      ],
      ['4', 'Prix du post (€)', 'Ne peut pas être négatif', '-20'],
      [
        '5',
        'Plateforme',
        'Plateforme inconnue (Instagram, TikTok, YouTube, LinkedIn, X/Twitter, Twitch, Pinterest, Blog)',
        'Myspace',
      ],
      ['5', 'Abonnés', 'Nombre d’abonnés manquant', '(vide)'],
    ]);
    // Nothing is added before the confirm.
    expect(workspace.influencers).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Importer 2 influenceurs' }));
    expect(await screen.findByText('2 influenceurs importés.')).toBeInTheDocument();
    // The sheet shows what the database holds: the rows arrive through its live query.
    await vi.waitFor(() => expect(workspace.influencers).toHaveLength(2));
    expect(
      workspace.influencers.map((i) => [i.name, i.platform, i.followers, i.pricePost]),
    ).toEqual([
      ['Léa Martin', 'instagram', 12_500, 25_000],
      [HOSTILE, 'tiktok', 12_500, 15_000],
    ]);
    expect(workspace.influencers.every((i) => i.planId === 'plan-1' && i.id !== '')).toBe(true);
    // The hostile name was text all along: never an element.
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('button', { name: /Importer/ })).toBeNull();

    const files = catchDownloads();
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    expect(files).toHaveLength(1);
    const file = files[0];
    if (!file) throw new Error('no file');
    expect(file.name).toMatch(/^mixplan-Budget 2026-influenceurs-\d{4}-\d{2}-\d{2}\.csv$/);
    const exported = await blobText(file.blob);
    expect(exported.startsWith('\uFEFF')).toBe(true);
    const [header, lea, hostile] = exported.slice(1).split('\r\n');
    expect(header).toContain('Nom;Pseudo;Plateforme;Abonnés;J’aime moyens');
    expect(header).toContain('ER moyenne(j’aime+commentaires)/abonnés (%)');
    // A handle starts with "@", which a spreadsheet may take for a formula: neutralised.
    expect(lea).toMatch(/^Léa Martin;'@lea;Instagram;12500;480;35;/);
    expect(lea).toContain(';250,00;');
    // (480 + 35) / 12 500 = 4,12 %, with its formula id.
    expect(lea).toContain(';4,12;mean(likes+comments)/followers;');
    expect(hostile?.startsWith(`${HOSTILE};'@img;TikTok;12500;`)).toBe(true);
  });

  it('adds nothing when the user cancels', async () => {
    const { user, input, workspace } = await start();
    await user.upload(input, new File([FRENCH_FILE], 'influenceurs.csv', { type: 'text/csv' }));
    await screen.findByRole('button', { name: 'Importer 2 influenceurs' });
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('table', { name: 'Lignes écartées' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Importer/ })).toBeNull();
    expect(workspace.influencers).toEqual([]);
  });

  it('says why a file that is not text cannot be read', async () => {
    const { user, input } = await start();
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1]);
    await user.upload(input, new File([bytes], 'classeur.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/n’est pas du texte CSV/);
  });
});
