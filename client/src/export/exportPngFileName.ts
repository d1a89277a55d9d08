/**
 * The PNG's file name, `<slug-title>-<YYYY-MM-DD>.png`: the title lower-cased, accents
 * stripped, anything but letters and digits collapsed to single dashes, at most 60 characters;
 * `incident` when nothing is left. The date is the given day's local calendar date.
 */
export function pngFileName(title: string, date: Date): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'incident';
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${slug}-${day}.png`;
}
