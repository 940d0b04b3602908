import { isoDate } from './dates';

/** "Canada 1974: what if…" → "canada-1974-what-if"; accents folded so names survive every filesystem. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'scenario';
}

/** public-money-lab_<scenario-slug>_<yyyy-mm-dd>.<ext> */
export function exportFileName(scenarioName: string, extension: string, date: Date = new Date()): string {
  return `public-money-lab_${slugify(scenarioName)}_${isoDate(date)}.${extension.replace(/^\./, '')}`;
}
