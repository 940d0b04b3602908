import { isoDate } from './dates';

const MAX_SLUG = 60;

/**
 * "Canada 1974: what if…" → "canada-1974-what-if"; accents folded so names survive every
 * filesystem. Long names are cut at a word boundary, never inside a word.
 */
export function slugify(text: string): string {
  let slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) {
    const cut = slug.lastIndexOf('-', MAX_SLUG);
    // One word longer than the limit is cut where it must be.
    slug = cut > 0 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG);
  }
  return slug || 'scenario';
}

/**
 * public-money-lab_<scenario-slug>[-<variant>]_<yyyy-mm-dd>.<ext>. The variant ("card") comes after
 * the cut, so two exports of one long-named scenario never share a file name.
 */
export function exportFileName(
  scenarioName: string,
  extension: string,
  date: Date = new Date(),
  variant?: string,
): string {
  const tail = variant ? `-${slugify(variant)}` : '';
  return `public-money-lab_${slugify(scenarioName)}${tail}_${isoDate(date)}.${extension.replace(/^\./, '')}`;
}
