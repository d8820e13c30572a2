// A file's bytes read in slices, so that a large file shows its progress and can be
// cancelled while it is read (Blob.arrayBuffer() gives neither).
export interface FileReading {
  /** The bytes; null when cancelled. */
  bytes: Promise<Uint8Array | null>;
  cancel: () => void;
}

// 4 MiB slices: a 10 MB file moves the bar three times, a small file is one read.
const SLICE_BYTES = 4 * 1024 * 1024;

export function readFileBytes(file: Blob, onProgress: (share: number) => void): FileReading {
  let cancelled = false;
  const bytes = (async () => {
    const all = new Uint8Array(file.size);
    for (let start = 0; start < file.size; start += SLICE_BYTES) {
      if (cancelled) return null;
      const slice = await file.slice(start, start + SLICE_BYTES).arrayBuffer();
      all.set(new Uint8Array(slice), start);
      onProgress(Math.min(1, (start + slice.byteLength) / Math.max(1, file.size)));
    }
    return cancelled ? null : all;
  })();
  return {
    bytes,
    cancel: () => {
      cancelled = true;
    },
  };
}
