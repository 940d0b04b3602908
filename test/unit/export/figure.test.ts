import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { makeProvenance } from '../../../models/provenance';
import {
  FIGURE_FONT_FAMILY,
  FIGURE_METADATA_KEY,
  FIGURE_SIZES,
  figureLayout,
  frameFigure,
  serializeSvg,
  textWidth,
  wrapText,
  type FigureMeta,
  type FigureSize,
} from '../../../src-renderer/export';
import { ASCENT, DESCENT } from '../../../src-renderer/export/layout';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONTS = fileURLToPath(new URL('../../../assets/fonts/', import.meta.url));

function newDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/** Stands in for the app's chart: a framed box and a line, drawn at the size it is given. */
function testChart(
  doc: Document,
  size: { width: number; height: number },
  withViewBox = true,
): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('width', String(size.width));
  svg.setAttribute('height', String(size.height));
  if (withViewBox) svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', `M0,${size.height} L${size.width},0`);
  path.setAttribute('stroke', '#0072b2');
  svg.appendChild(path);
  return svg;
}

const scenario = { schemaVersion: 1, model: 'toy', name: 'Debt & money </metadata> "]]>" — 50 %', seed: 3 };

function meta(overrides: Partial<FigureMeta> = {}): FigureMeta {
  return {
    title: 'What if the public bank had held half the debt?',
    subtitle: 'Fiscal history: Canada',
    sources: [
      'Department of Finance Canada, Fiscal Reference Tables 2023',
      'Statistics Canada 36-10-0104-01',
    ],
    assumptions: ['Half the debt is held by the public bank at 0%', 'Same primary balances as history'],
    provenance: makeProvenance('toy', '1.2.3', scenario, 3, ['Finance Canada']),
    scenario,
    date: '2026-03-01',
    preset: 'canada-1974',
    ...overrides,
  };
}

const longMeta = meta({
  title: 'A very long title that certainly will not fit on one line of any of the export sizes we ship today',
  assumptions: Array.from(
    { length: 14 },
    (_, i) =>
      `Assumption number ${i + 1} is spelled out in plain words so that a reader can check it against the model.`,
  ),
  sources: Array.from(
    { length: 5 },
    (_, i) => `Source ${i + 1}: a statistical agency table with a long identifier 36-10-0104-0${i}`,
  ),
});

// Everything too long at once: the export once looped forever on a head like this.
const extremeMeta = meta({
  ...longMeta,
  subtitle: Array.from({ length: 12 }, (_, i) => `Scenario ${i + 1} with a long descriptive name`).join(
    ' vs ',
  ),
  sources: Array.from(
    { length: 40 },
    (_, i) => `Source ${i + 1}: a statistical agency table 36-10-0104-0${i}`,
  ),
  assumptions: Array.from(
    { length: 60 },
    (_, i) => `Assumption ${i + 1} is spelled out in plain words for the reader.`,
  ),
});

function frame(m: FigureMeta, size: FigureSize) {
  const doc = newDocument();
  const layout = figureLayout(m, size);
  const svg = frameFigure(doc, testChart(doc, layout.plot), m, size);
  const text = serializeSvg(svg);
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml') as unknown as Document;
  return { layout, text, parsed, root: parsed.documentElement };
}

const texts = (d: Document) => [...d.querySelectorAll('text')];
const textOf = (d: Document, role: string) =>
  texts(d)
    .filter((t) => t.getAttribute('data-role') === role)
    .map((t) => t.textContent)
    .join(' ');

describe('frameFigure', () => {
  it('writes title, subtitle, sources, assumptions and provenance as text', () => {
    const { parsed, root } = frame(meta(), FIGURE_SIZES.screen);
    expect(root.getAttribute('width')).toBe('960');
    expect(root.getAttribute('font-family')).toBe(FIGURE_FONT_FAMILY);
    expect(textOf(parsed, 'title')).toBe('What if the public bank had held half the debt?');
    expect(textOf(parsed, 'subtitle')).toBe('Fiscal history: Canada');
    expect(textOf(parsed, 'sources')).toBe(
      'Sources: Department of Finance Canada, Fiscal Reference Tables 2023. Statistics Canada 36-10-0104-01.',
    );
    expect(textOf(parsed, 'assumptions')).toBe(
      'Assumptions: Half the debt is held by the public bank at 0%. Same primary balances as history.',
    );
    expect(textOf(parsed, 'provenance')).toBe(
      'Public Money Lab 0.1.0 · model toy 1.2.3 · scenario “Debt & money </metadata> "]]>" — 50 %” (preset:canada-1974) · seed 3 · 2026-03-01',
    );
  });

  it('embeds the scenario and provenance as JSON in <metadata>, escaped so the file stays valid', () => {
    const { text, parsed } = frame(meta(), FIGURE_SIZES.card);
    expect(text).not.toContain('</metadata> "]]>"');
    const node = parsed.getElementById(FIGURE_METADATA_KEY);
    expect(node?.tagName.toLowerCase()).toBe('metadata');
    const embedded = JSON.parse(node?.textContent ?? '');
    expect(embedded.scenario).toEqual(scenario);
    expect(embedded.preset).toBe('canada-1974');
    expect(embedded.provenance).toEqual({
      app: 'Public Money Lab',
      appVersion: '0.1.0',
      model: 'toy',
      modelVersion: '1.2.3',
      seed: 3,
      dataSources: ['Finance Canada'],
    });
    expect(embedded.assumptions).toHaveLength(2);
  });

  it('places the plot in the layout box and gives a plot without viewBox one, so it scales', () => {
    const doc = newDocument();
    const size = FIGURE_SIZES.card;
    const layout = figureLayout(meta(), size);
    const plot = testChart(doc, { width: 300, height: 200 }, false);
    frameFigure(doc, plot, meta(), size);
    expect(plot.getAttribute('viewBox')).toBe('0 0 300 200');
    expect(Number(plot.getAttribute('x'))).toBeCloseTo(layout.plot.x, 1);
    expect(Number(plot.getAttribute('y'))).toBeCloseTo(layout.plot.y, 1);
    expect(Number(plot.getAttribute('width'))).toBeCloseTo(layout.plot.width, 1);
    expect(Number(plot.getAttribute('height'))).toBeCloseTo(layout.plot.height, 1);
  });

  for (const [name, size] of Object.entries({ ...FIGURE_SIZES, screen2x: { width: 1920, height: 1200 } })) {
    for (const [label, m] of [
      ['normal', meta()],
      ['long', longMeta],
      ['extreme', extremeMeta],
    ] as const) {
      it(`keeps everything inside the ${name} canvas without overlap (${label} text)`, () => {
        const { parsed, layout } = frame(m, size);
        const { plot } = layout;
        expect(plot.x).toBeGreaterThanOrEqual(0);
        expect(plot.x + plot.width).toBeLessThanOrEqual(size.width);
        expect(plot.height).toBeGreaterThanOrEqual(size.height * 0.45 - 1e-9);
        const boxes = texts(parsed).map((t) => {
          const fontSize = Number(t.getAttribute('font-size'));
          const x = Number(t.getAttribute('x'));
          const y = Number(t.getAttribute('y'));
          const width = textWidth(t.textContent ?? '', fontSize, t.getAttribute('font-weight') === 'bold');
          return {
            x,
            right: x + width,
            top: y - ASCENT * fontSize,
            bottom: y + DESCENT * fontSize,
            text: t.textContent,
          };
        });
        expect(boxes.length).toBeGreaterThan(4);
        for (const b of boxes) {
          expect(b.x, b.text ?? '').toBeGreaterThanOrEqual(0);
          expect(b.right, b.text ?? '').toBeLessThanOrEqual(size.width);
          expect(b.top, b.text ?? '').toBeGreaterThanOrEqual(0);
          expect(b.bottom, b.text ?? '').toBeLessThanOrEqual(size.height);
          // Every line is wholly above or below the plot.
          expect(b.bottom <= plot.y + 0.01 || b.top >= plot.y + plot.height - 0.01, b.text ?? '').toBe(true);
        }
        const sorted = [...boxes].sort((a, b) => a.top - b.top);
        for (let i = 1; i < sorted.length; i++) {
          expect(sorted[i]!.top, sorted[i]!.text ?? '').toBeGreaterThanOrEqual(sorted[i - 1]!.bottom - 0.5);
        }
      });
    }
  }

  it('shortens overlong assumptions on a small figure, says so, and keeps the full text in metadata', () => {
    const { parsed } = frame(longMeta, FIGURE_SIZES.card);
    const shown = textOf(parsed, 'assumptions');
    expect(shown).toMatch(/^Assumptions: Assumption number 1 /);
    expect(shown).toContain("(assumptions shortened: the full text is in this file's metadata)");
    expect(shown).not.toContain('Assumption number 14');
    expect(textOf(parsed, 'sources')).toContain('Source 5');
    const embedded = JSON.parse(parsed.getElementById(FIGURE_METADATA_KEY)?.textContent ?? '');
    expect(embedded.assumptions).toEqual(longMeta.assumptions);
  });

  it('ends a subtitle past three lines in an ellipsis and shortens both footers to their notes', () => {
    const { parsed } = frame(extremeMeta, FIGURE_SIZES.card);
    const subtitle = texts(parsed).filter((t) => t.getAttribute('data-role') === 'subtitle');
    expect(subtitle).toHaveLength(3);
    expect(subtitle[2]!.textContent).toMatch(/ …$/);
    expect(textOf(parsed, 'subtitle')).not.toContain('Scenario 12');
    expect(textOf(parsed, 'sources')).toContain('(sources shortened');
    expect(textOf(parsed, 'assumptions')).toContain('(assumptions shortened');
  });

  it('ends a subtitle of one overlong token in an ellipsis too (it once looped forever)', () => {
    for (const size of Object.values(FIGURE_SIZES)) {
      const { parsed } = frame(meta({ subtitle: `Scenarios: ${'x'.repeat(600)}` }), size);
      const subtitle = texts(parsed).filter((t) => t.getAttribute('data-role') === 'subtitle');
      expect(subtitle).toHaveLength(3);
      const last = subtitle[2]!.textContent ?? '';
      expect(last).toMatch(/^x+ …$/);
      expect(textWidth(last, Number(subtitle[2]!.getAttribute('font-size')), false)).toBeLessThanOrEqual(
        size.width,
      );
    }
  });

  it('renders with the shipped font to exactly the card size', () => {
    const { text } = frame(meta(), FIGURE_SIZES.card);
    const image = new Resvg(text, {
      font: {
        loadSystemFonts: false,
        fontFiles: [`${FONTS}DejaVuSans.ttf`, `${FONTS}DejaVuSans-Bold.ttf`],
        defaultFontFamily: 'DejaVu Sans',
      },
    }).render();
    expect([image.width, image.height]).toEqual([1200, 675]);
  });
});

describe('text metrics', () => {
  const fonts = {
    loadSystemFonts: false,
    fontFiles: [`${FONTS}DejaVuSans.ttf`, `${FONTS}DejaVuSans-Bold.ttf`],
    defaultFontFamily: 'DejaVu Sans',
  };
  const inked = (s: string, bold: boolean) =>
    new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="60"><text x="10" y="40" font-family="DejaVu Sans" font-size="20"${bold ? ' font-weight="bold"' : ''}>${s}</text></svg>`,
      { font: fonts },
    ).getBBox()?.width ?? 0;

  for (const bold of [false, true]) {
    it(`matches what resvg draws with the shipped ${bold ? 'bold' : 'regular'} face within 3%`, () => {
      const sample = 'Sources: Finance Canada, Fiscal Reference Tables (2023), Table 1; seed 42.';
      const estimate = textWidth(sample, 20, bold);
      const drawn = inked(sample, bold);
      expect(drawn).toBeGreaterThan(100);
      // Never narrower than the ink: an estimate that fits the width guarantees the drawn text does.
      expect(estimate).toBeGreaterThanOrEqual(drawn);
      expect(Math.abs(estimate - drawn) / drawn).toBeLessThan(0.03);
    });
  }

  it('wraps to the width without losing or reordering words', () => {
    const text =
      'Half   the federal debt is held by the Bank of Canada at zero net interest, from 1974 onwards. Supercalifragilisticexpialidocious!';
    const lines = wrapText(text, 150, 12);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(150);
    expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(wrapText('', 100, 12)).toEqual([]);
  });
});

describe('shipped font', () => {
  it('is DejaVu Sans with its licence beside it', () => {
    const ttf = readFileSync(`${FONTS}DejaVuSans.ttf`);
    expect(ttf.readUInt32BE(0)).toBe(0x00010000);
    expect(readFileSync(`${FONTS}LICENSE-DejaVu.txt`, 'utf8')).toContain('Bitstream Vera');
  });
});
