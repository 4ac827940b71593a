import type { DeckExport } from '../../../shared/model/deck';

/**
 * Saves an exported deck as a download. The same in Electron and the host for now; a native save
 * dialog in Electron can replace this later without the core changing.
 */
export function downloadDeckFile({ fileName, text }: DeckExport): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Files past this are refused by the core anyway; reading them whole would only cost memory. */
const readLimit = 1024 * 1024;

/** The text of a chosen file, cut past the limit (the core then says the file is too large). */
export async function readDeckFile(file: File): Promise<string> {
  return file.size > readLimit ? await file.slice(0, readLimit).text() : await file.text();
}
