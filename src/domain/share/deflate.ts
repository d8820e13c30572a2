// Text squeezed with the platform's own DEFLATE (CompressionStream 'deflate-raw': Chromium,
// Firefox, Safari and Node 20 have it, so no library) and back. Inflating stops as soon as
// the output passes a cap: a few kilobytes of crafted input can inflate to megabytes.
import { err, ok, type Result } from '../result';

export type InflateError = 'corrupt' | 'too-large' | 'unsupported';

async function collect(readable: ReadableStream<Uint8Array>, cap: number) {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      // Stops the inflater: the rest of the bomb is never produced.
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export async function deflateText(text: string): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer.write(new TextEncoder().encode(text));
  void writer.close();
  return (await collect(stream.readable, Number.POSITIVE_INFINITY)) ?? new Uint8Array();
}

/** The text back, refused when the bytes are not DEFLATE, inflate past `cap` bytes or are not UTF-8. */
export async function inflateText(
  bytes: Uint8Array<ArrayBuffer>,
  cap: number,
): Promise<Result<string, InflateError>> {
  if (typeof DecompressionStream !== 'function') return err('unsupported');
  try {
    const stream = new DecompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    // Their failures are the reader's to report (a corrupt stream errors both sides).
    writer.write(bytes).catch(() => undefined);
    writer.close().catch(() => undefined);
    const out = await collect(stream.readable, cap);
    if (out === null) return err('too-large');
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(out));
  } catch {
    return err('corrupt');
  }
}
