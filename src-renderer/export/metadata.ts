import type { Provenance } from '../../models/provenance';

/** PNG text keyword and SVG <metadata> id under which a figure carries its scenario. */
export const FIGURE_METADATA_KEY = 'public-money-lab';

export interface FigureMeta {
  title: string;
  subtitle?: string;
  sources: string[];
  assumptions: string[];
  provenance: Provenance;
  scenario: unknown;
  /** yyyy-mm-dd shown in the footer; today if absent (pass it to make exports reproducible). */
  date?: string;
  /** Built-in preset the scenario came from, if any. */
  preset?: string;
  /** Alt text: what the image shows, for people who cannot see it (SVG <desc>, .txt beside a PNG). */
  alt?: string;
}

/** The alt text of a figure: its own, or its title and subtitle when the caller has none. */
export function figureAlt(meta: FigureMeta): string {
  return meta.alt ?? [meta.title, meta.subtitle].filter(Boolean).join('. ');
}

/** What a figure embeds to be reproducible: the scenario once (provenance would repeat it), and the full
 * sources and assumptions, which a small figure may have to shorten on its face. */
export function figureMetadataJson(meta: FigureMeta): string {
  const { scenario: _repeated, ...provenance } = meta.provenance;
  return JSON.stringify({
    scenario: meta.scenario,
    preset: meta.preset ?? null,
    provenance,
    sources: meta.sources,
    assumptions: meta.assumptions,
  });
}
