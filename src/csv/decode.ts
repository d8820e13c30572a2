// The bytes of an imported file → text: UTF-16 by its BOM, strict UTF-8 (BOM or not), else
// Windows-1252, which is what French Excel writes for "CSV (séparateur : point-virgule)".
import { err, ok, type Result } from '../domain/result';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  /** Without its BOM. */
  text: string;
  encoding: TextEncoding;
}

export interface DecodeError {
  /** 'binary': not a text file (a spreadsheet, an image…); 'empty': nothing but blanks. */
  code: 'binary' | 'empty';
}

// The BOM is recognised and cut from the bytes before decoding, so the decoders keep any other.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true });

// Text files hold no control characters but tab, CR and LF; binary data decoded as
// Windows-1252 has about one in nine. A few may come from a cell, so only a share counts.
const CONTROL_SAMPLE = 64 * 1024;
const MAX_CONTROL_SHARE = 0.05;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function hasManyControls(text: string): boolean {
  const length = Math.min(text.length, CONTROL_SAMPLE);
  let controls = 0;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    const isControl = (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;
    if (isControl) controls += 1;
  }
  return controls > length * MAX_CONTROL_SHARE;
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // The strict decoder throws a TypeError on the first invalid sequence: not UTF-8.
    return null;
  }
}

function decodeText(bytes: Uint8Array): DecodedText | null {
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: utf16le.decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: utf16be.decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  // Outside UTF-16 a NUL byte never belongs to text; xlsx (zip), images and PDFs all have some.
  if (bytes.includes(0)) return null;
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  const utf8 = decodeStrictUtf8(body);
  if (utf8 !== null) return { text: utf8, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  // A BOM followed by invalid UTF-8 follows the same rule: the bytes are not UTF-8.
  return { text: windows1252.decode(body), encoding: 'windows-1252' };
}

/** Decodes an imported file; refuses what is not text. Never throws. */
export function decodeBytes(bytes: Uint8Array): Result<DecodedText, DecodeError> {
  const decoded = decodeText(bytes);
  if (decoded === null) return err({ code: 'binary' });
  if (decoded.text.trim() === '') return err({ code: 'empty' });
  if (hasManyControls(decoded.text)) return err({ code: 'binary' });
  return ok(decoded);
}
