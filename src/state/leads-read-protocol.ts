// What the leads import and its reading worker say to each other: the file's bytes and the
// export language going in; the read (columns found, custom and ignored, leads, problems) or
// why the file is no text coming back. The worker imports this module, never the screen's.
import { decodeBytes, type DecodeError, type TextEncoding } from '../csv/decode';
import { readLeadsCsv, type LeadsReadResult } from '../csv/leads-read';
import { err, ok, type Result } from '../domain/result';

export interface LeadsReadInput {
  bytes: Uint8Array;
  /** The user's language: breaks a tie on dates that read both ways (leads-read.ts). */
  language: 'fr' | 'en';
}

export interface LeadsFileRead extends LeadsReadResult {
  encoding: TextEncoding;
}

export type LeadsReadOutput = Result<LeadsFileRead, DecodeError>;

/** What the user chose to do with the leads read: replace the stored ones, or add to them. */
export type LeadsImportMode = 'replace' | 'append';

export function isLeadsReadInput(input: unknown): input is LeadsReadInput {
  if (typeof input !== 'object' || input === null) return false;
  const { bytes, language } = input as Record<string, unknown>;
  return bytes instanceof Uint8Array && (language === 'fr' || language === 'en');
}

/** One file read, on whichever thread runs it. Never throws for bad input. */
export function answerLeadsRead(input: LeadsReadInput): LeadsReadOutput {
  const decoded = decodeBytes(input.bytes);
  if (!decoded.ok) return err(decoded.error);
  const { text, encoding } = decoded.value;
  return ok({ ...readLeadsCsv(text, { language: input.language }), encoding });
}
