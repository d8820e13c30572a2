// Field keys, lead values and folded comparison, and the days the scores count: a French CSV's
// headers and cells read the same whatever their accents, case and separators.
import { describe, expect, it } from 'vitest';
import { ageOn, daysBetween, leadDayNumber } from '../../../src/domain/leads/dates';
import { fieldKey, leadValue, sameValue } from '../../../src/domain/leads/fields';
import { lead } from './fixtures';

describe('fieldKey', () => {
  it.each([
    ['Code postal', 'code postal'],
    ['  E-mails ouverts ', 'e mails ouverts'],
    ['Téléchargement_catalogue', 'telechargement catalogue'],
    ['Dernière   --  visite', 'derniere visite'],
    ['GENRE', 'genre'],
    ['_Ville_', 'ville'],
  ])('folds %j to %j', (header, key) => {
    expect(fieldKey(header)).toBe(key);
  });
});

describe('leadValue', () => {
  const l = lead({
    name: 'Julie',
    email: 'j@example.fr',
    phone: '06',
    createdOn: '2026-05-01',
    lastContactOn: null,
    fields: { ville: 'Lyon' },
  });

  it('reads built-in fields from the lead and the others from its columns', () => {
    expect(leadValue(l, 'name')).toBe('Julie');
    expect(leadValue(l, 'email')).toBe('j@example.fr');
    expect(leadValue(l, 'phone')).toBe('06');
    expect(leadValue(l, 'createdOn')).toBe('2026-05-01');
    expect(leadValue(l, 'lastContactOn')).toBe('');
    expect(leadValue(l, 'ville')).toBe('Lyon');
  });

  it('reads an absent column, even one named like an Object method, as empty', () => {
    expect(leadValue(l, 'code postal')).toBe('');
    expect(leadValue(l, 'constructor')).toBe('');
    expect(leadValue(l, 'toString')).toBe('');
  });
});

describe('sameValue', () => {
  it.each([
    ['Téléchargement', 'telechargement', true],
    [' FEMME ', 'femme', true],
    ['Clic', 'clic ', true],
    ['clic', 'clics', false],
    ['F', 'H', false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe('days', () => {
  it('counts whole UTC days, across a daylight-saving change and a leap day', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toEqual({ ok: true, value: 2 });
    expect(daysBetween('2028-02-28', '2028-03-01')).toEqual({ ok: true, value: 2 });
    expect(daysBetween('2026-07-01', '2026-06-30')).toEqual({ ok: true, value: -1 });
  });

  it('rejects impossible dates', () => {
    expect(daysBetween('2026-02-30', '2026-03-01')).toEqual({ ok: false, error: 'bad-date' });
    expect(daysBetween('2026-01-01', '2026-13-01')).toEqual({ ok: false, error: 'bad-date' });
  });

  it('reads ISO and French dates from lead cells, nothing else', () => {
    expect(leadDayNumber('14/03/2026')).toBe(leadDayNumber('2026-03-14'));
    expect(leadDayNumber(' 4/3/2026 ')).toBe(leadDayNumber('2026-03-04'));
    expect(leadDayNumber('30/02/2026')).toBeNull();
    expect(leadDayNumber('2026-02-30')).toBeNull();
    expect(leadDayNumber('03-14-2026')).toBeNull();
    expect(leadDayNumber('bientôt')).toBeNull();
  });

  it('gives a date after the score date age 0', () => {
    expect(ageOn(110, 100)).toBe(0);
    expect(ageOn(90, 100)).toBe(10);
  });
});
