/** Labels never hide data: no marker label's box touches a line or band that was drawn (issue 9 §2). */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../models/scenario';
import { runScenario } from '../../../models/run';
import { drawResultChart } from '../../../src-renderer/charts';
import { pathRuns, polylineHitsBox, type Box } from '../../../src-renderer/charts/geometry';
import { drawLineChart, type LineChartSpec } from '../../../src-renderer/charts/lineChart';
import { FIGURE_SIZES, figureLayout, textWidth } from '../../../src-renderer/export';
import { ASCENT, DESCENT } from '../../../src-renderer/export/layout';
import { shippedData } from '../helpers/data';

const newDoc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/** The glyph box of a drawn label, from its own attributes (not from the placement code). */
function textBox(t: Element): Box {
  const x = Number(t.getAttribute('x'));
  const y = Number(t.getAttribute('y'));
  const size = Number(t.getAttribute('font-size'));
  const w = textWidth(t.textContent ?? '', size);
  const x0 = t.getAttribute('text-anchor') === 'end' ? x - w : x;
  return { x0, x1: x0 + w, y0: y - size * ASCENT, y1: y + size * DESCENT };
}

/** Every marker label that overlaps drawn data, as "label × series". */
function hiddenData(svg: SVGSVGElement): string[] {
  const data = [...svg.querySelectorAll('path.series, path.band')].map((p) => ({
    id: p.getAttribute('class') ?? '',
    runs: pathRuns(p.getAttribute('d') ?? ''),
  }));
  expect(data.length).toBeGreaterThan(0);
  const out: string[] = [];
  for (const t of svg.querySelectorAll('.marker text')) {
    const box = textBox(t);
    for (const d of data) if (polylineHitsBox(d.runs, box)) out.push(`${t.textContent} × ${d.id}`);
  }
  return out;
}

describe('marker labels', () => {
  it("keep off the lines in the CLI's default-size chart of canada-1974 (the 2017 break label hid 2011–2016)", () => {
    const scenario = getPreset('canada-1974');
    const result = runScenario(scenario, { data: shippedData() });
    const meta = {
      title: 'x',
      subtitle: 'y',
      sources: result.sources,
      assumptions: result.assumptions,
      provenance: result.provenance,
      scenario,
      date: '2026-01-01',
    };
    for (const size of Object.values(FIGURE_SIZES)) {
      const svg = drawResultChart(newDoc(), result, figureLayout(meta, size).plot);
      const labels = [...svg.querySelectorAll('.marker text')].map((t) => t.textContent);
      expect(labels).toEqual(['Counterfactual from FY1974–75', '1984 break', '2017 break']);
      expect(hiddenData(svg)).toEqual([]);
    }
  });

  it('the geometric check finds a label placed on a line (it can fail)', () => {
    const svg = drawLineChart(
      newDoc(),
      {
        title: 't',
        x: [0, 1, 2],
        xLabel: 'x',
        yLabel: 'y',
        series: [{ id: 'a', label: 'A', values: [0, 1, 2], colour: '#000' }],
        markers: [{ x: 1, label: 'here', kind: 'event' }],
      },
      { width: 400, height: 300 },
    ).svg;
    const t = svg.querySelector('.marker text')!;
    const path = pathRuns(svg.querySelector('path.series')!.getAttribute('d')!);
    const [mx, my] = path[0]![1]!;
    t.setAttribute('x', String(mx - 5));
    t.setAttribute('y', String(my + 3));
    t.setAttribute('text-anchor', 'start');
    expect(hiddenData(svg)).toEqual(['here × series series-a']);
  });

  it('never overlap lines or bands, for any data and markers (seeded property)', () => {
    const values = (n: number) =>
      fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: n, maxLength: n });
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 60 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            series: fc.array(values(n), { minLength: 1, maxLength: 4 }),
            band: fc.option(fc.tuple(values(n), values(n))),
            markers: fc.array(
              fc.record({
                at: fc.integer({ min: 0, max: n - 1 }),
                label: fc.string({ minLength: 1, maxLength: 30 }),
                kind: fc.constantFrom('event' as const, 'break' as const),
              }),
              { maxLength: 5 },
            ),
            width: fc.integer({ min: 320, max: 1200 }),
            height: fc.integer({ min: 220, max: 700 }),
          }),
        ),
        ({ n, series, band, markers, width, height }) => {
          const x = Array.from({ length: n }, (_, i) => 2000 + i);
          const spec: LineChartSpec = {
            title: 't',
            x,
            xLabel: 'x',
            yLabel: 'y',
            series: series.map((v, i) => ({ id: `s${i}`, label: `S${i}`, values: v, colour: '#000' })),
            bands: band
              ? [
                  {
                    id: 'b',
                    lower: band[0].map((v, i) => Math.min(v, band[1][i]!)),
                    upper: band[0].map((v, i) => Math.max(v, band[1][i]!)),
                    colour: '#888',
                  },
                ]
              : [],
            markers: markers.map((m) => ({ x: x[m.at]!, label: m.label, kind: m.kind })),
          };
          const svg = drawLineChart(newDoc(), spec, { width, height }).svg;
          expect(hiddenData(svg)).toEqual([]);
          // Every visible marker keeps its label.
          expect(svg.querySelectorAll('.marker text').length).toBe(svg.querySelectorAll('.marker').length);
        },
      ),
      { seed: 9, numRuns: 150 },
    );
  });
});
