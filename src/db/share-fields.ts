// What every part of a shared link's payload is read with: only the fields this version
// writes are ever picked (anything else in a crafted link is left behind), records compared
// with what the restore step makes of them, and the text rule for what others send us.

export type Loose = Record<string, unknown>;

export function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The given fields of raw, those it has; nothing else (an empty object for a non-record). */
export function pick(raw: unknown, keys: readonly string[]): Loose {
  const out: Loose = {};
  if (!isRecord(raw)) return out;
  for (const key of keys) if (Object.hasOwn(raw, key)) out[key] = raw[key];
  return out;
}

/** Deep equality of JSON values (what a link holds). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]))
    );
  }
  return false;
}

/**
 * Text from someone else's link: no HTML tag (Mixplan shows text as text, but a copy would
 * carry the markup on into CSV exports and wherever its names get pasted), and no control or
 * bidirectional-override character (which can make a name read as another).
 */
const MARKUP = /<\s*[a-z!/?]/i;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function isSafeText(text: string): boolean {
  return !MARKUP.test(text) && !CONTROL.test(text);
}

/** Every string inside a JSON value, depth first. */
export function everyString(value: unknown, test: (text: string) => boolean): boolean {
  if (typeof value === 'string') return test(value);
  if (Array.isArray(value)) return value.every((item) => everyString(item, test));
  if (isRecord(value)) return Object.values(value).every((item) => everyString(item, test));
  return true;
}
