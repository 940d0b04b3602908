/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. Actual history is
 * always black; counterfactuals take the others in order, and line dashes back colours up.
 */
export const INK = '#1a1a1a';
export const MUTED = '#6b6b6b';
export const GRID = '#e3e3e3';
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;
export const DECOMPOSITION_COLOURS = {
  interest: '#D55E00',
  primaryBalance: '#0072B2',
  restatements: '#999999',
} as const;
export const FONT_FAMILY = 'DejaVu Sans, Verdana, sans-serif';

export function seriesColour(i: number): string {
  return SERIES_COLOURS[i % SERIES_COLOURS.length]!;
}

/**
 * Dash patterns by series, beside the colours: lines that coincide (an interest-free and a
 * debt-free run often do) stay visible through each other's gaps, and colour is not the only cue.
 */
export const SERIES_DASHES = [undefined, '6 3', '2 3', '8 3 2 3'] as const;

export function seriesDash(i: number): string | undefined {
  return SERIES_DASHES[i % SERIES_DASHES.length];
}
