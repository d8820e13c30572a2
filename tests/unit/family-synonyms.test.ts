// The family column of a file made elsewhere (Google Sheets, an agency's Excel): the words
// that name one family in French or English map by themselves; the doubtful ones stay
// unknown, so that the import preview asks the user once per distinct value.
import { describe, expect, it } from 'vitest';
import { cellSchemas, readCell } from '../../src/csv/cell-schemas';
import { FAMILY_WORDS } from '../../src/csv/labels';
import { parseMonth } from '../../src/domain/months';
import type { Family } from '../../src/domain/plan';
import { importText } from './csv/import-helpers';

const plan = { firstMonth: parseMonth('2026-01') ?? fail(), monthCount: 12 };

function fail(): never {
  throw new Error('bad month');
}
const schemas = cellSchemas({ decimal: ',', dateStyle: 'dmy', plan });

const SYNONYMS: readonly [string, Family][] = [
  // Codes and the planner's labels
  ['media', 'media'],
  ['hors-media', 'hors-media'],
  ['Média', 'media'],
  ['Media', 'media'],
  ['Hors-média', 'hors-media'],
  // French, media
  ['Médias', 'media'],
  ['MEDIAS', 'media'],
  ['Grands médias', 'media'],
  ['Médias de masse', 'media'],
  ['Médias traditionnels', 'media'],
  ['Achat média', 'media'],
  ['Achat d’espace', 'media'],
  ["Achat d'espace", 'media'],
  // English, media
  ['Medias', 'media'],
  ['Above the line', 'media'],
  ['Above-the-line', 'media'],
  ['ATL', 'media'],
  ['Mass media', 'media'],
  ['Traditional media', 'media'],
  ['Media buying', 'media'],
  // French, hors-média
  ['Hors média', 'hors-media'],
  ['Hors-media', 'hors-media'],
  ['Hors médias', 'hors-media'],
  ['Hors-médias', 'hors-media'],
  ['HORS MEDIA', 'hors-media'],
  ['Horsmédia', 'hors-media'],
  ['HM', 'hors-media'],
  ['Non média', 'hors-media'],
  ['Non-médias', 'hors-media'],
  // English, hors-média
  ['Below the line', 'hors-media'],
  ['Below-the-line', 'hors-media'],
  ['BTL', 'hors-media'],
  ['Non-media', 'hors-media'],
  ['Non media', 'hors-media'],
  ['Off-media', 'hors-media'],
  ['Off media', 'hors-media'],
];

// Left unknown on purpose (see FAMILY_WORDS in src/csv/labels.ts for why each one is).
const DOUBTFUL = [
  'Paid media', // POE: paid sponsorship and events are hors-média
  'Owned media',
  'Earned media', // earned press coverage is hors-média, not media
  'Média payant',
  'Médias gagnés',
  'Offline', // non-digital: TV is offline media
  'Online', // digital: e-mailing is online hors-média
  'Hors ligne',
  'En ligne',
  'Digital',
  'Digital media',
  'Médias digitaux',
  'Social media', // social ads are media, community management is hors-média
  'TTL',
  'Through the line',
  '360',
  'Publicité',
  'Advertising',
  'Pub',
  'M',
  'NM',
];

describe('family synonyms', () => {
  it.each(SYNONYMS)('"%s" → %s', (word, family) => {
    expect(readCell(schemas, 'family', word)).toEqual({ ok: true, value: family });
  });

  it.each(DOUBTFUL)('"%s" stays unknown: the preview asks', (word) => {
    expect(readCell(schemas, 'family', word)).toEqual({ ok: false, error: 'unknown-family' });
  });

  it('every word of the table maps to its family', () => {
    for (const [family, words] of FAMILY_WORDS) {
      for (const word of words) {
        expect(readCell(schemas, 'family', word), word).toEqual({ ok: true, value: family });
      }
    }
  });

  it('keeps every row of a Google Sheets file that says "Media" and "Below the line"', () => {
    const text = [
      'Canal;Famille;Catégorie',
      'TV;Media;Television',
      'Google;Media;Search ads',
      'Salon;Below the line;Trade show',
      'Flyers;Below the line;Sampling',
      'Newsletter;Below the line;Email marketing',
      'Presse;Media;Press',
      'Sponsoring;Below the line;Sponsorship',
      '',
    ].join('\r\n');
    const { outcome } = importText('channels', text, plan);
    expect(outcome.rejected).toEqual([]);
    expect(outcome.batch.channels.map((c) => [c.name, c.attributes.family])).toEqual([
      ['TV', 'media'],
      ['Google', 'media'],
      ['Salon', 'hors-media'],
      ['Flyers', 'hors-media'],
      ['Newsletter', 'hors-media'],
      ['Presse', 'media'],
      ['Sponsoring', 'hors-media'],
    ]);
  });
});
