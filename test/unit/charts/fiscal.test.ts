import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  drawDebtChart,
  drawFiscalDecomposition,
  largestRestatement,
  type FiscalResult,
} from '../../../src-renderer/charts/fiscal';
import { spreadLabels } from '../../../src-renderer/charts/svg';
import { runScenario } from '../../../models/run';
import { getPreset } from '../../../models/scenario';
import { shippedData } from '../helpers/data';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const doc = document as unknown as Document;
const data = shippedData();
const run = (params: Record<string, unknown> = {}) => {
  const s = getPreset('canada-1974');
  Object.assign(s.params as object, params);
  return runScenario(s, { data }) as FiscalResult;
};

describe('fiscal debt chart', () => {
  it('matches the SVG snapshot of preset:canada-1974', async () => {
    const svg = drawDebtChart(doc, [run()], { width: 900, height: 480 }).svg.outerHTML;
    await expect(svg).toMatchFileSnapshot('__snapshots__/canada-1974.debt.svg');
  });

  it('draws one line per counterfactual plus history, with direct labels that do not overlap', () => {
    const h = drawDebtChart(
      doc,
      [run({ publicShare: 0.25 }), run({ publicShare: 0.5 }), run({ publicShare: 1 })],
      { width: 900, height: 480 },
    );
    const paths = h.svg.querySelectorAll('path.series');
    expect(paths.length).toBe(4);
    for (const p of paths) expect(p.getAttribute('d')!.split('L').length).toBe(61);
    const labels = [...h.svg.querySelectorAll('text.line-label')];
    // History is drawn last, so it lies on top of the counterfactuals where they coincide.
    expect(labels.map((l) => l.textContent)).toEqual([
      'Public bank holds 25%',
      'Public bank holds 50%',
      'Public bank holds 100%',
      'Actual',
    ]);
    expect(paths[paths.length - 1]!.getAttribute('data-series')).toBe('actual');
    const ys = labels.map((l) => Number(l.getAttribute('y'))).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(15);
    // Labels stay inside the svg.
    for (const l of labels)
      expect(Number(l.getAttribute('x')) + l.textContent!.length * 7.5).toBeLessThanOrEqual(900);
  });

  it('marks the 1974 start and the FY1983-84 and FY2016-17 accounting breaks, and labels its units', () => {
    const svg = drawDebtChart(doc, [run()], { width: 900, height: 480 }).svg;
    expect([...svg.querySelectorAll('.marker')].map((m) => m.getAttribute('data-x'))).toEqual([
      '1974',
      '1984',
      '2017',
    ]);
    expect(svg.querySelector('.y-label')!.textContent).toBe(
      'Federal debt (accumulated deficit), Finance Canada, CAD billions, current dollars',
    );
    const pct = drawDebtChart(doc, [run({ view: 'percent-gdp' })], { width: 900, height: 480 }).svg;
    expect(pct.querySelector('.y-label')!.textContent).toMatch(/% of GDP$/);
    expect(pct.querySelector('.y-axis .tick text')!.textContent).toMatch(/%$/);
  });
});

describe('decomposition bars', () => {
  it('stacks interest, primary balance and restatements per decade, matching the model', () => {
    const svg = drawFiscalDecomposition(doc, run(), { width: 600, height: 340 });
    const bars = [...svg.querySelectorAll('g.bar')];
    expect(bars.map((b) => b.getAttribute('data-span'))).toEqual([
      '1975–84',
      '1985–94',
      '1995–04',
      '2005–14',
      '2015–22',
    ]);
    // FY1995–2004: AD 487,524 → 496,180 (+8.7B); PDC 44.2+49.4+47.3+43.1+43.3+43.4+43.9+39.7+37.3+35.7 = 427.3B.
    expect(bars[2]!.querySelector('title')!.textContent).toMatch(
      /^1995–04: net 8\.7; interest 427\.3, primary balance −418\.6, restatements 0\.0$/,
    );
    const yearly = drawFiscalDecomposition(doc, run(), { width: 600, height: 340 }, 1);
    expect(yearly.querySelectorAll('g.bar').length).toBe(2022 - 1974);
  });
});

describe('label spreading', () => {
  it('keeps order, keeps the minimum gap and stays inside the bounds', () => {
    const out = spreadLabels([100, 101, 102, 300], 15, 0, 400);
    expect(out).toEqual([100, 115, 130, 300]);
    const squeezed = spreadLabels([395, 396, 397], 15, 0, 400);
    expect(squeezed).toEqual([370, 385, 400]);
  });

  it('moves only the crowded labels: one far from the crowd stays at its line', () => {
    // Two lines end together at the top, two at the bottom: the bottom pair must not push the top
    // pair above the plot (where they once collided).
    expect(spreadLabels([10, 10, 398, 399], 25, 5, 400)).toEqual([10, 35, 375, 400]);
    expect(spreadLabels([200, 395, 396, 397], 15, 0, 400)).toEqual([200, 370, 385, 400]);
  });

  it('shares the height evenly when the labels cannot fit at the gap', () => {
    expect(spreadLabels([50, 50, 50, 50, 50], 30, 0, 100)).toEqual([0, 25, 50, 75, 100]);
  });
});

describe('the decomposition note', () => {
  it('gives the largest restatement with the same sign as the break label, in the span shown', () => {
    const r = runScenario(getPreset('canada-1974'), { data: shippedData() }) as FiscalResult;
    expect(largestRestatement(r)).toBe('Largest restatement in this span: +16.5B in FY2016–17.');
    const preset = getPreset('canada-1974') as unknown as { params: object };
    const to2000 = runScenario(
      { ...preset, params: { ...preset.params, endYear: 2000 } },
      { data: shippedData() },
    ) as FiscalResult;
    expect(largestRestatement(to2000)).toBe('Largest restatement in this span: −11.8B in FY1983–84.');
  });
});
