// The leads CSV export: built-in columns, custom fields in first-seen order, then the scores;
// headers and bands in the export's language, numbers in the plan's style, formulas
// neutralised, and a round trip (export, then import) that gives back the same leads.
import { describe, expect, it } from 'vitest';
import { readLeadsCsv } from '../../../src/csv/leads-read';
import { leadsCsv, type ScoredLeadRow } from '../../../src/csv/leads-write';
import { parseCsvText } from '../../../src/csv/parse';
import type { Lead, LeadScore } from '../../../src/domain/leads/model';
import { translate, type Language, type MessageKey, type MessageParams } from '../../../src/i18n';
import '../../../src/i18n/leads-catalogue';

const tr = (language: Language) => (key: MessageKey, params?: MessageParams) =>
  translate(language, key, params);

function lead(id: string, fields: Partial<Lead>): Lead {
  return {
    id,
    planId: 'p1',
    name: '',
    email: '',
    phone: '',
    createdOn: null,
    lastContactOn: null,
    fields: {},
    ...fields,
  };
}

function score(fields: Partial<LeadScore>): LeadScore {
  return {
    fit: 0,
    behaviour: 0,
    total: 0,
    fitUncapped: null,
    behaviourUncapped: null,
    band: 'nurture',
    grade: null,
    setAside: null,
    parts: [],
    problems: [],
    ...fields,
  };
}

const ROWS: ScoredLeadRow[] = [
  {
    lead: lead('a', {
      name: 'Léa Martin',
      email: 'lea@example.fr',
      phone: '06 12 34 56 78',
      createdOn: '2026-03-05',
      lastContactOn: '2026-03-31',
      fields: { 'code postal': '75011', source: 'Salon; Paris' },
    }),
    score: score({ fit: 20, behaviour: 12.345, total: 32.345, band: 'mql', grade: 'B2' }),
  },
  {
    lead: lead('b', {
      name: 'Tom',
      fields: { budget: '12,5', 'code postal': '92100' },
    }),
    score: score({
      fit: 0,
      behaviour: -0.001,
      total: -0.001,
      band: 'set-aside',
      setAside: 'no-contact',
    }),
  },
];

/** The leads as an import gives them: without id and plan. */
const asRead = (rows: readonly ScoredLeadRow[]) =>
  rows.map(({ lead: { id: _id, planId: _plan, ...rest } }) => rest);

describe('leadsCsv in French', () => {
  const text = leadsCsv(ROWS, { t: tr('fr'), language: 'fr', decimal: ',' });

  it('writes a BOM, CRLF lines, ; cells and decimal commas, bands in French', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Nom;E-mail;Téléphone;Date du lead;Dernier contact;code postal;source;budget;Score;Score profil;Score comportement;Qualification;Grade;Motif de mise à l’écart',
      'Léa Martin;lea@example.fr;06 12 34 56 78;2026-03-05;2026-03-31;75011;"Salon; Paris";;32,35;20;12,35;MQL (à travailler);B2;',
      'Tom;;;;;92100;;12,5;0;0;0;Mis à l’écart;;Ni e-mail ni téléphone',
      '',
    ]);
  });

  it('reads back into the same leads, the scores left out as computed', () => {
    const read = readLeadsCsv(text.slice(1), { language: 'fr' });
    expect(read.problems).toEqual([]);
    expect(read.ignored.map((c) => c.reason)).toEqual(Array(6).fill('computed'));
    expect(read.leads).toEqual(asRead(ROWS));
  });
});

describe('leadsCsv in English', () => {
  it('writes , cells, decimal points and English headers, and reads back the same leads', () => {
    const text = leadsCsv(ROWS, { t: tr('en'), language: 'en', decimal: '.' });
    const [header, first] = text.slice(1).split('\r\n');
    expect(header).toBe(
      'Name,Email,Phone,Lead date,Last contact,code postal,source,budget,Score,Fit,Behaviour,Band,Grade,Set aside reason',
    );
    expect(first).toBe(
      'Léa Martin,lea@example.fr,06 12 34 56 78,2026-03-05,2026-03-31,75011,Salon; Paris,,32.35,20,12.35,MQL (marketing acts),B2,',
    );
    expect(readLeadsCsv(text.slice(1), { language: 'en' }).leads).toEqual(asRead(ROWS));
  });
});

describe('leadsCsv against formula injection', () => {
  const hostile: ScoredLeadRow[] = [
    {
      lead: lead('x', {
        name: '=HYPERLINK("http://evil.example","clic")',
        phone: '+33612345678',
        email: '@SUM(A1)',
        fields: { note: '-2+3', url: "'=already" },
      }),
      score: score({}),
    },
  ];

  it('writes no cell a spreadsheet would run', () => {
    const text = leadsCsv(hostile, { t: tr('fr'), language: 'fr', decimal: ',' });
    const cells = parseCsvText(text.slice(1), ';').rows[1] ?? [];
    expect(cells.slice(0, 3)).toEqual([
      '\'=HYPERLINK("http://evil.example","clic")',
      "'@SUM(A1)",
      "'+33612345678",
    ]);
    expect(cells.slice(5, 7)).toEqual(["'-2+3", "''=already"]);
  });

  it('reads the texts back exactly', () => {
    for (const language of ['fr', 'en'] as const) {
      const decimal = language === 'fr' ? ',' : '.';
      const text = leadsCsv(hostile, { t: tr(language), language, decimal });
      const read = readLeadsCsv(text.slice(1), { language });
      expect(read.leads).toEqual(asRead(hostile));
    }
  });
});
