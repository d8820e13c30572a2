// The leads CSV reader: French ';' files and English Google Sheets files, built-in fields by
// their synonyms, every other column a custom field under its folded key, duplicates and our
// export's scores ignored with why, dates read as orders' are, Windows-1252 bytes, and every
// refused row reported at its line with the cell as written.
import { describe, expect, it } from 'vitest';
import { mapLeadHeader } from '../../../src/csv/leads-columns';
import { readLeadsCsv } from '../../../src/csv/leads-read';
import { answerLeadsRead } from '../../../src/state/leads-read-protocol';

const FRENCH = [
  'Nom;E-mail;Téléphone;Date du lead;Dernier contact;Code_postal;Budget (€);Source',
  'Léa Martin;lea@example.fr;06 12 34 56 78;05/03/2026;31/03/2026;75011;12,5;Salon',
  'Tom Petit;;+33 6 98 76 54 32;2026-02-01;;92100;1 200,75;',
  '  Société Durand  ;contact@durand.fr;;;;69001;0,5;Site web',
].join('\r\n');

describe('readLeadsCsv: a French ; file', () => {
  const result = readLeadsCsv(FRENCH, { language: 'fr' });

  it('recognises the built-in fields by their French headers', () => {
    expect(result.delimiter).toBe(';');
    expect(result.found.map((c) => [c.header, c.field])).toEqual([
      ['Nom', 'name'],
      ['E-mail', 'email'],
      ['Téléphone', 'phone'],
      ['Date du lead', 'createdOn'],
      ['Dernier contact', 'lastContactOn'],
    ]);
    expect(result.custom.map((c) => [c.header, c.key])).toEqual([
      ['Code_postal', 'code postal'],
      ['Budget (€)', 'budget (€)'],
      ['Source', 'source'],
    ]);
    expect(result.ignored).toEqual([]);
  });

  it('reads every lead, values as trimmed text (decimal commas untouched), dates as days', () => {
    expect(result.problems).toEqual([]);
    expect(result.rowCount).toBe(3);
    expect(result.lines).toEqual([2, 3, 4]);
    expect(result.leads).toEqual([
      {
        name: 'Léa Martin',
        email: 'lea@example.fr',
        phone: '06 12 34 56 78',
        createdOn: '2026-03-05',
        lastContactOn: '2026-03-31',
        fields: { 'code postal': '75011', 'budget (€)': '12,5', source: 'Salon' },
      },
      {
        name: 'Tom Petit',
        email: '',
        phone: '+33 6 98 76 54 32',
        createdOn: '2026-02-01',
        lastContactOn: null,
        fields: { 'code postal': '92100', 'budget (€)': '1 200,75' },
      },
      {
        name: 'Société Durand',
        email: 'contact@durand.fr',
        phone: '',
        createdOn: null,
        lastContactOn: null,
        fields: { 'code postal': '69001', 'budget (€)': '0,5', source: 'Site web' },
      },
    ]);
    // 31/03 reads one way only: the file's order is evident, day first.
    expect(result.dateOrder).toBe('dmy');
    expect(result.dateOrderSource).toBe('evident');
  });
});

describe('readLeadsCsv: an English Google Sheets file', () => {
  const GOOGLE = [
    'Full Name,Email Address,Phone Number,Created on,Last activity,Lead Source,Company Size',
    'Ana Silva,ana@example.com,+1 415 555 0100,2026-01-15,2026-02-01,Webinar,"1,000+"',
    '"Bob ""The Builder"" Jones",bob@example.com,,12/31/2025,01/05/2026,Ads,11-50',
  ].join('\n');
  const result = readLeadsCsv(GOOGLE, { language: 'en' });

  it('recognises the English headers and reads quoted cells', () => {
    expect(result.delimiter).toBe(',');
    expect(result.found.map((c) => c.field)).toEqual([
      'name',
      'email',
      'phone',
      'createdOn',
      'lastContactOn',
    ]);
    expect(result.custom.map((c) => c.key)).toEqual(['lead source', 'company size']);
    expect(result.problems).toEqual([]);
    expect(result.leads[0]?.fields).toEqual({ 'lead source': 'Webinar', 'company size': '1,000+' });
    expect(result.leads[1]?.name).toBe('Bob "The Builder" Jones');
  });

  it('reads the file month first when a date shows it (12/31), as orders do', () => {
    expect(result.dateOrder).toBe('mdy');
    expect(result.dateOrderSource).toBe('evident');
    expect(result.leads[1]).toMatchObject({ createdOn: '2025-12-31', lastContactOn: '2026-01-05' });
  });

  it('reads dates that go both ways day first, and says so', () => {
    const both = readLeadsCsv('Name,Lead date\nAna,03/04/2026\n', { language: 'en' });
    expect(both.leads[0]?.createdOn).toBe('2026-04-03');
    expect(both.dateOrderSource).toBe('locale');
  });
});

describe('readLeadsCsv: refused rows', () => {
  it('reports a bad date and an empty lead with their line, column and value', () => {
    const text = [
      'Nom;Email;Date du lead;Dernier contact;Ville',
      'Léa;lea@x.fr;32/01/2026;;Paris',
      ';;;;Lyon',
      'Tom;;2026-02-30;hier;Nice',
      'Zoé;;;;',
    ].join('\n');
    const result = readLeadsCsv(text, { language: 'fr' });
    expect(result.leads.map((l) => l.name)).toEqual(['Zoé']);
    expect(result.lines).toEqual([5]);
    expect(result.rowCount).toBe(4);
    expect(result.problems).toEqual([
      {
        line: 2,
        column: 'Date du lead',
        field: 'createdOn',
        code: 'bad-date',
        value: '32/01/2026',
      },
      { line: 3, column: null, field: null, code: 'empty-lead', value: ';;;;Lyon' },
      {
        line: 4,
        column: 'Date du lead',
        field: 'createdOn',
        code: 'bad-date',
        value: '2026-02-30',
      },
      {
        line: 4,
        column: 'Dernier contact',
        field: 'lastContactOn',
        code: 'bad-date',
        value: 'hier',
      },
    ]);
  });

  it('refuses dates that read both ways in a file that shows both orders', () => {
    const text = 'Name;Created\nA;13/01/2026\nB;01/13/2026\nC;02/03/2026\n';
    const result = readLeadsCsv(text, { language: 'fr' });
    expect(result.dateOrderSource).toBe('mixed');
    expect(result.leads.map((l) => [l.name, l.createdOn])).toEqual([
      ['A', '2026-01-13'],
      ['B', '2026-01-13'],
    ]);
    expect(result.problems).toEqual([
      {
        line: 4,
        column: 'Created',
        field: 'createdOn',
        code: 'ambiguous-date',
        value: '02/03/2026',
      },
    ]);
  });

  it('refuses a row whose quote never closes, and the rows around it still read', () => {
    const text = 'Nom;Email\nA;a@x.fr\n"B;b@x.fr\nC;c@x.fr\n';
    const result = readLeadsCsv(text, { language: 'fr' });
    expect(result.leads.map((l) => l.name)).toEqual(['A', 'C']);
    expect(result.problems).toEqual([
      { line: 3, column: null, field: null, code: 'unclosed-quote', value: '"B;b@x.fr' },
    ]);
  });

  it('says once that a file without name, e-mail or phone holds no lead', () => {
    const result = readLeadsCsv('Ville;Budget\nParis;12\n', { language: 'fr' });
    expect(result.leads).toEqual([]);
    expect(result.problems).toEqual([
      { line: 1, column: null, field: null, code: 'missing-column', value: '' },
    ]);
  });
});

describe('lead file headers', () => {
  it.each([
    ['Prénom Nom', 'name'],
    ['CONTACT', 'name'],
    ['Courriel', 'email'],
    ['Mail', 'email'],
    ['Tél.', 'phone'],
    ['Portable', 'phone'],
    ['Mobile', 'phone'],
    ['Créé le', 'createdOn'],
    ['Date de création', 'createdOn'],
    ['Date', 'createdOn'],
    ['Lead date', 'createdOn'],
    ['Date du dernier contact', 'lastContactOn'],
    ['Dernière activité', 'lastContactOn'],
    ['Last contact', 'lastContactOn'],
  ])('%s is the %s field', (header, field) => {
    expect(mapLeadHeader([header]).found).toEqual([{ field, index: 0, header }]);
  });

  it('reads the company as the name only when no column names the lead', () => {
    expect(mapLeadHeader(['Société', 'Email']).found[0]).toEqual({
      field: 'name',
      index: 0,
      header: 'Société',
    });
    const both = mapLeadHeader(['Nom', 'Company']);
    expect(both.found.map((c) => c.field)).toEqual(['name']);
    expect(both.custom).toEqual([{ key: 'company', index: 1, header: 'Company' }]);
  });

  it('ignores the later of two headers that fold to one key, and a second e-mail column', () => {
    const map = mapLeadHeader([
      'Nom',
      'Code postal',
      'code_postal',
      'E-mail',
      'Email',
      'Code-Postal ',
    ]);
    expect(map.custom).toEqual([{ key: 'code postal', index: 1, header: 'Code postal' }]);
    expect(map.ignored).toEqual([
      { index: 2, header: 'code_postal', reason: 'duplicate' },
      { index: 4, header: 'Email', reason: 'duplicate' },
      { index: 5, header: 'Code-Postal', reason: 'duplicate' },
    ]);
  });

  it('ignores our export’s scores but keeps a CRM’s own score column', () => {
    const map = mapLeadHeader(['Name', 'Score', 'Fit', 'Band', 'Score HubSpot', 'Qualification']);
    expect(map.ignored.map((c) => [c.header, c.reason])).toEqual([
      ['Score', 'computed'],
      ['Fit', 'computed'],
      ['Band', 'computed'],
      ['Qualification', 'computed'],
    ]);
    expect(map.custom.map((c) => c.key)).toEqual(['score hubspot']);
  });

  it.each([
    ['  Code   Postal ', 'code postal'],
    ['Région_Île-de-France', 'region ile de france'],
    ['Budget -- annuel', 'budget annuel'],
  ])('a custom column %j is stored under the key %j', (header, key) => {
    expect(mapLeadHeader(['Nom', header]).custom).toEqual([
      { key, index: 1, header: header.trim() },
    ]);
  });
});

describe('a Windows-1252 file read through the worker protocol', () => {
  it('decodes the accents and reads the leads', () => {
    const text = 'Nom;Prénom;Téléphone;Créé le\r\nJosé Müller;Hélène;06 12 34 56 78;05/03/2026\r\n';
    // Every character here is below U+0100 and outside 0x80–0x9F: its code is its 1252 byte.
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const output = answerLeadsRead({ bytes, language: 'fr' });
    if (!output.ok) throw new Error(output.error.code);
    expect(output.value.encoding).toBe('windows-1252');
    expect(output.value.leads).toEqual([
      {
        name: 'José Müller',
        email: '',
        phone: '06 12 34 56 78',
        createdOn: '2026-03-05',
        lastContactOn: null,
        fields: { prenom: 'Hélène' },
      },
    ]);
  });

  it('reads a UTF-8 file with a BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFFEmail,Name\nx@y.com,Ana\n');
    const output = answerLeadsRead({ bytes, language: 'en' });
    if (!output.ok) throw new Error(output.error.code);
    expect(output.value.encoding).toBe('utf-8-bom');
    expect(output.value.leads[0]).toMatchObject({ name: 'Ana', email: 'x@y.com' });
  });
});

describe('a file of 50 000 leads', () => {
  it('reads every lead, in order, with its line', () => {
    const lines = ['Nom;E-mail;Téléphone;Date du lead;Dernier contact;Code postal;Source'];
    for (let i = 0; i < 50_000; i += 1) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      lines.push(
        `Lead ${i};lead${i}@example.fr;06 00 00 ${i % 100};${day}/03/2026;;${75_000 + (i % 20)};s${i % 3}`,
      );
    }
    const started = performance.now();
    const result = readLeadsCsv(lines.join('\r\n'), { language: 'fr' });
    console.info(`50 000 leads read in ${Math.round(performance.now() - started)} ms`);
    expect(result.problems).toEqual([]);
    expect(result.leads).toHaveLength(50_000);
    expect(result.lines.at(-1)).toBe(50_001);
    expect(result.leads[49_999]).toEqual({
      name: 'Lead 49999',
      email: 'lead49999@example.fr',
      phone: '06 00 00 99',
      // 49 999 % 28 = 19: the 20th.
      createdOn: '2026-03-20',
      lastContactOn: null,
      fields: { 'code postal': '75019', source: 's1' },
    });
  });
});
