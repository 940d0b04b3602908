import { isoDate } from './dates';

/** Long enough for every preset's name and the app's own scenario names whole; file names stay
 * well under every filesystem's 255-byte limit. */
const MAX_SLUG = 90;
/** A cut name does not end on a word that needs the next one ("…held-by-the-bank-of"). */
const DANGLING = new Set(
  'a an and as at by for from in into of on or per than the to with without via vs'.split(' '),
);

/**
 * "Canada 1974: what if…" → "canada-1974-what-if"; accents folded so names survive every
 * filesystem. Long names are cut at a word boundary, never inside a word, and never after a word
 * like "of" or "the" that leaves the phrase hanging.
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
    if (cut <= 0) return slug.slice(0, MAX_SLUG);
    const words = slug.slice(0, cut).split('-');
    while (words.length > 1 && DANGLING.has(words.at(-1)!)) words.pop();
    slug = words.join('-');
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
