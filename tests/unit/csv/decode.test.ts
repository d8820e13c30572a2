// Decoding imported files: encodings by BOM and strictness, refusal of binary and empty files.
// Node's Windows-1252 decoder is wrong for bytes 0x80–0x9F (0x80 should be €): those bytes
// are checked by the browser suite, here only the rest of the code page.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes } from '../../../src/csv/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i += 1)
    view.setUint16(2 + 2 * i, text.charCodeAt(i), endian === 'le');
  return bytes;
}

// The control characters decodeBytes counts against a text: all but tab, CR and LF.
function isStrayControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;
}

const FRENCH = 'Canal;Montant\r\nÉvénement été;1 234,56\r\nAffichage ; 3ème;12,5\r\n';

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(utf8(FRENCH))).toEqual({
      ok: true,
      value: { text: FRENCH, encoding: 'utf-8' },
    });
  });

  it('strips the BOM of a "CSV UTF-8" export, so the first header is clean', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(FRENCH)]);
    const decoded = decodeBytes(bytes);
    expect(decoded).toEqual({ ok: true, value: { text: FRENCH, encoding: 'utf-8-bom' } });
  });

  it('reads a French Excel file as Windows-1252 when it is not UTF-8', () => {
    // "Café;Séjour à Noël;1 234,50 €" minus the euro sign: é è à ë ç ° and a no-break space.
    const bytes = new Uint8Array([
      ...utf8('Caf'),
      0xe9,
      0x3b,
      0x53,
      0xe9,
      ...utf8('jour '),
      0xe0,
      ...utf8(' No'),
      0xeb,
      0x6c,
      0x3b,
      0x31,
      0xa0,
      ...utf8('234,50'),
      0x0d,
      0x0a,
      0xe7,
      0xb0,
      0xe8,
    ]);
    expect(decodeBytes(bytes)).toEqual({
      ok: true,
      value: { text: 'Café;Séjour à Noël;1\u00A0234,50\r\nç°è', encoding: 'windows-1252' },
    });
  });

  it('falls back to Windows-1252 when bytes after a UTF-8 BOM are not UTF-8', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Caf'), 0xe9]);
    expect(decodeBytes(bytes)).toEqual({
      ok: true,
      value: { text: 'Café', encoding: 'windows-1252' },
    });
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s by its BOM, NUL bytes included', (endian) => {
    const decoded = decodeBytes(utf16(FRENCH, endian));
    expect(decoded).toEqual({ ok: true, value: { text: FRENCH, encoding: `utf-16${endian}` } });
  });

  it.each([
    ['an xlsx (zip) header', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]],
    ['a PNG header', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]],
    ['text with one NUL byte', [...utf8('Nom;Montant\r\nTV;12'), 0x00]],
    [
      'control characters without NUL',
      [0x01, 0x02, 0x41, 0x03, 0x42, 0x1b, 0x43, 0x10, 0x44, 0x7f],
    ],
    [
      'a UTF-16 BOM followed by control characters',
      [0xff, 0xfe, 0x01, 0x00, 0x02, 0x00, 0x41, 0x00],
    ],
  ])('refuses %s as binary', (_, bytes) => {
    expect(decodeBytes(new Uint8Array(bytes))).toEqual({ ok: false, error: { code: 'binary' } });
  });

  it('accepts a stray control character in a long text', () => {
    const text = `Canal;Note\r\nTV;ligne 1\u000Bligne 2 ${'x'.repeat(100)}\r\n`;
    expect(decodeBytes(utf8(text))).toEqual({ ok: true, value: { text, encoding: 'utf-8' } });
  });

  it.each([
    ['no bytes', []],
    ['a UTF-8 BOM alone', [0xef, 0xbb, 0xbf]],
    ['a UTF-16 BOM alone', [0xff, 0xfe]],
    ['blank lines', [...utf8(' \r\n\t\r\n')]],
  ])('refuses %s as empty', (_, bytes) => {
    expect(decodeBytes(new Uint8Array(bytes))).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('gives back any UTF-8 text it was given (properties)', () => {
    const textChar = fc.oneof(
      fc.constantFrom(';', ',', '"', '\t', '\r', '\n', 'é', '€', '’', '\u00A0', '\uFEFF'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => !isStrayControl(c)),
    );
    const text = fc.string({ unit: textChar, minLength: 1 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(text, (s) => {
        const bom = s.startsWith('\uFEFF');
        expect(decodeBytes(utf8(s))).toEqual({
          ok: true,
          value: { text: bom ? s.slice(1) : s, encoding: bom ? 'utf-8-bom' : 'utf-8' },
        });
        const wide = decodeBytes(utf16(s, 'le'));
        expect(wide).toEqual({ ok: true, value: { text: s, encoding: 'utf-16le' } });
      }),
    );
  });

  it('never throws on random bytes, and never returns a blank text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const decoded = decodeBytes(bytes);
        if (decoded.ok) expect(decoded.value.text.trim()).not.toBe('');
      }),
    );
  });
});
