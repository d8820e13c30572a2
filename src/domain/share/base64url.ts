// Bytes to URL-safe Base64 (RFC 4648 §5, no padding) and back, strictly: a decoder that
// accepts only what the encoder writes, so that one changed character of a link can never
// decode to the same bytes (the unused low bits of the last character must be zero).
import { err, ok, type Result } from '../result';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((char, index) => [char, index]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k += 1) out += ALPHABET[(triple >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Refused for a character outside the alphabet, a length no encoder writes, or stray bits. */
export function fromBase64Url(text: string): Result<Uint8Array<ArrayBuffer>, 'not-base64'> {
  if (text.length % 4 === 1) return err('not-base64');
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let written = 0;
  for (let i = 0; i < text.length; i += 4) {
    const group = text.slice(i, i + 4);
    let triple = 0;
    for (let k = 0; k < 4; k += 1) {
      const value = k < group.length ? VALUE.get(group[k] ?? '') : 0;
      if (value === undefined) return err('not-base64');
      triple = (triple << 6) | value;
    }
    const bytes = group.length - 1;
    // The bits below the last whole byte are zero in what toBase64Url writes.
    const spare = bytes === 1 ? triple & 0xffff : bytes === 2 ? triple & 0xff : 0;
    if (spare !== 0) return err('not-base64');
    for (let k = 0; k < bytes; k += 1) out[written++] = (triple >> (16 - 8 * k)) & 0xff;
  }
  return ok(out);
}
