/** Uploaded CSV files live in localStorage under their id, so a reload (or a link on this browser) finds them again. */
const PREFIX = "neurite-playground-csv:";

export function storeCsv(id: string, text: string): boolean {
  try {
    localStorage.setItem(PREFIX + id, text);
    return true;
  } catch {
    // Over quota or storage disabled: the file still trains, it just will not survive a reload.
    return false;
  }
}

export function loadCsv(id: string): string | undefined {
  if (!id) return undefined;
  try {
    return localStorage.getItem(PREFIX + id) ?? undefined;
  } catch {
    return undefined;
  }
}
