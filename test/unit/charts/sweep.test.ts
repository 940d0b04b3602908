import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../models/scenario';
import { designTasks, makeDesign, type SweepDesign, type SweepRow } from '../../../models/sweep';
import { drawSweepChart } from '../../../src-renderer/charts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const doc = document as unknown as Document;
const size = { width: 800, height: 480 };

function design(
  kind: 'grid' | 'tornado',
  vary: { name: string; low: number; high: number; steps: number }[],
  runs = 1,
) {
  return makeDesign({
    kind,
    scenario: getPreset('abm-private-debt'),
    vary,
    runs,
    seed: 1,
    metrics: [{ name: 'u', formula: 'last(unemployment)' }],
    stochastic: true,
  });
}

/** Rows with a known metric: f of the point's values, plus the seed's offset. */
function rows(d: SweepDesign, f: (v: number[]) => number, upTo = Infinity): SweepRow[] {
  return designTasks(d)
    .slice(0, upTo)
    .map((t) => ({
      task: t.index,
      point: t.point,
      values: t.values,
      seed: t.seed,
      metrics: [f(t.values) + (t.seed ?? 0)],
    }));
}

const draw = (d: SweepDesign, r: SweepRow[]) =>
  drawSweepChart(
    doc,
    { design: d, rows: r, metric: 0, labels: {}, units: { u: 'share of labour force' }, title: 't' },
    size,
  );

describe('sweep charts', () => {
  it('one parameter: the median line, the 10–90% band over seeds and a dot per point', () => {
    const d = design('grid', [{ name: 'policyRate', low: 0, high: 0.05, steps: 6 }], 5);
    const svg = draw(
      d,
      rows(d, ([x]) => 100 * x!),
    );
    expect(svg.querySelectorAll('path.band')).toHaveLength(1);
    expect(svg.querySelector('path.band')!.getAttribute('d')).toMatch(/^M.+Z$/);
    expect(svg.querySelectorAll('path.series-median')).toHaveLength(1);
    expect(svg.querySelectorAll('circle.point')).toHaveLength(6);
    expect(svg.querySelector('.band-label')!.textContent).toBe('Shaded: 10th–90th percentile over 5 seeds');
    // Before the first run arrives: axes only, no band (an empty band would be an invalid path).
    const empty = draw(d, []);
    expect(empty.querySelectorAll('path.band')).toHaveLength(0);
    expect(empty.querySelectorAll('circle.point')).toHaveLength(0);
    // Partial: the first 2 points with all their seeds, and one seed of the third.
    expect(
      draw(
        d,
        rows(d, ([x]) => x!, 11),
      ).querySelectorAll('circle.point'),
    ).toHaveLength(3);
  });

  it('two parameters: one heat-map cell per grid point, pending ones empty, a legend with the unit', () => {
    const d = design('grid', [
      { name: 'policyRate', low: 0, high: 0.05, steps: 6 },
      { name: 'incomeTaxRate', low: 0.1, high: 0.3, steps: 4 },
    ]);
    const full = draw(
      d,
      rows(d, ([a, b]) => a! + b!),
    );
    expect(full.querySelectorAll('rect.cell')).toHaveLength(24);
    expect(full.querySelectorAll('rect.cell.pending')).toHaveLength(0);
    expect(full.querySelector('.legend-unit')!.textContent).toBe('share of labour force');
    expect(full.querySelector('.legend-title')!.textContent).toBe('u');
    expect(full.querySelectorAll('.legend-step').length).toBeGreaterThan(10);
    // cividis: the lowest cell is dark blue, the highest light yellow.
    const cells = [...full.querySelectorAll('rect.cell')];
    const byValue = cells.sort(
      (a, b) => Number(a.getAttribute('data-value')) - Number(b.getAttribute('data-value')),
    );
    expect(byValue[0]!.getAttribute('fill')).toBe('rgb(0, 32, 81)');
    expect(byValue.at(-1)!.getAttribute('fill')).toBe('rgb(253, 234, 69)');
    const partial = draw(
      d,
      rows(d, ([a, b]) => a! + b!, 10),
    );
    expect(partial.querySelectorAll('rect.cell')).toHaveLength(24);
    expect(partial.querySelectorAll('rect.cell.pending')).toHaveLength(14);
  });

  it('tornado: bars ranked by swing, largest first, with the base line', () => {
    const d = design('tornado', [
      { name: 'policyRate', low: 0, high: 0.05, steps: 2 },
      { name: 'incomeTaxRate', low: 0.1, high: 0.3, steps: 2 },
      { name: 'wealthTaxRate', low: 0, high: 0.02, steps: 2 },
    ]);
    // Metric = 1·policyRate + 10·incomeTaxRate + 1000·wealthTaxRate: swings 0.05, 2 and 20.
    const svg = draw(
      d,
      rows(d, ([a, b, c]) => a! + 10 * b! + 1000 * c!),
    );
    const bars = [...svg.querySelectorAll('g.bar')];
    expect(bars.map((b) => b.getAttribute('data-param'))).toEqual([
      'wealthTaxRate',
      'incomeTaxRate',
      'policyRate',
    ]);
    const ys = bars.map((b) => Number(b.querySelector('rect')!.getAttribute('y')));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(Number(bars[0]!.getAttribute('data-swing'))).toBeCloseTo(20, 9);
    expect(svg.querySelectorAll('line.base-line')).toHaveLength(1);
    expect(svg.querySelectorAll('rect.segment.low')).toHaveLength(3);
    expect(svg.querySelectorAll('rect.segment.high')).toHaveLength(3);
    // Partial: the base and the first parameter only.
    expect(
      draw(
        d,
        rows(d, ([a]) => a!, 3),
      ).querySelectorAll('g.bar'),
    ).toHaveLength(1);
  });
});
