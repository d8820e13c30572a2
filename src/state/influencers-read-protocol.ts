// What the influencer import and its reading worker say to each other: the file's bytes and
// the plan's locale going in; the read (columns found and ignored, influencers, problems) or
// why the file is no text coming back. The worker imports this module, never the screen's.
import { decodeBytes, type DecodeError, type TextEncoding } from '../csv/decode';
import { readInfluencersCsv, type InfluencersReadResult } from '../csv/influencers-read';
import { err, ok, type Result } from '../domain/result';

export interface InfluencersReadInput {
  bytes: Uint8Array;
  /** The plan's locale: its decimal separator stands in when the file does not tell. */
  locale: string;
}

export interface InfluencersFileRead extends InfluencersReadResult {
  encoding: TextEncoding;
}

export type InfluencersReadOutput = Result<InfluencersFileRead, DecodeError>;

export function isInfluencersReadInput(input: unknown): input is InfluencersReadInput {
  if (typeof input !== 'object' || input === null) return false;
  const { bytes, locale } = input as Record<string, unknown>;
  return bytes instanceof Uint8Array && typeof locale === 'string';
}

/** One file read, on whichever thread runs it. Never throws for bad input. */
export function answerInfluencersRead(input: InfluencersReadInput): InfluencersReadOutput {
  const decoded = decodeBytes(input.bytes);
  if (!decoded.ok) return err(decoded.error);
  const { text, encoding } = decoded.value;
  return ok({ ...readInfluencersCsv(text, { locale: input.locale }), encoding });
}
