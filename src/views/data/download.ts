// Saves a file the app made to the user's downloads: a Blob behind an <a download>, so that
// nothing leaves the page (no request, no server).
export function saveFile(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the Blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const JSON_TYPE = 'application/json';
