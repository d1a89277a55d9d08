/**
 * `<title>-<date>.<ext>` for downloads: the title made safe for every file system (letters,
 * digits and dashes), the date as YYYY-MM-DD of the incident's start in the board's zone (the
 * day people will look for), or of today when the board has no start yet.
 */
export function exportFileName(title: string, dateMs: number, timeZone: string, ext: string): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/g, '') || 'gapboard';
  // en-CA formats dates as YYYY-MM-DD.
  const date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(dateMs);
  return `${slug}-${date}.${ext}`;
}

/** Saves a blob as a file through a temporary link (works in every current browser). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the download start before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
