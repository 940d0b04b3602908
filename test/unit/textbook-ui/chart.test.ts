import { describe, expect, it } from 'vitest';
import { drawResultChart } from '../../../src-renderer/charts';
import { drawTextbookChart, textbookChartSpec } from '../../../src-renderer/charts/textbook';
import { doc, runPreset } from './helpers';

const size = { width: 900, height: 420 };

describe('textbook time chart', () => {
  it('draws SIM’s income, disposable income, consumption and cash, each labelled with its steady state', () => {
    const h = drawTextbookChart(doc, runPreset('gl-sim'), size);
    const ids = [...h.svg.querySelectorAll('path.series')].map((p) => p.getAttribute('data-series'));
    expect(ids).toEqual(['Y', 'YD', 'C', 'H']);
    const labels = [...h.svg.querySelectorAll('.line-label')].map((t) => t.textContent);
    expect(labels).toEqual(['Y → 100', 'YD → 80', 'C → 80', 'H → 80']);
    // 60 periods: 60 points in each line.
    expect(h.svg.querySelector('path.series-Y')!.getAttribute('d')!.split('L')).toHaveLength(60);
  });

  it('puts each steady-state line at its value on the y axis', () => {
    const h = drawTextbookChart(doc, runPreset('gl-sim'), size);
    const y = h.svg.querySelector('line.steady-Y')!;
    expect(Number(y.getAttribute('y1'))).toBeCloseTo(h.yPixel(100), 9);
    expect(Number(y.getAttribute('y1'))).toBe(Number(y.getAttribute('y2')));
    expect(h.svg.querySelectorAll('line.steady')).toHaveLength(4);
    // The helper band that widened the axis is gone from the picture.
    expect(h.svg.querySelector('.band')).toBeNull();
  });

  it('keeps a steady state far above the run’s values inside the plot', () => {
    // Five periods of SIM get nowhere near Y = 100; the reference line must still be on the chart.
    const h = drawTextbookChart(doc, runPreset('gl-sim', {}, 5), size);
    const y = Number(h.svg.querySelector('line.steady-Y')!.getAttribute('y1'));
    expect(y).toBeGreaterThanOrEqual(h.plot.top);
    expect(y).toBeLessThanOrEqual(h.plot.top + h.plot.height);
  });

  it('follows a shock: G from 20 to 25 in period 10 moves the steady state to 125 and marks the period', () => {
    const r = runPreset('gl-sim', { G: 't >= 10 ? 25 : 20' }, 120);
    const h = drawTextbookChart(doc, r, size, {
      markers: [{ x: 10, kind: 'event', label: 'from 10: G = 25' }],
    });
    expect(h.svg.querySelector('.label-Y')!.textContent).toBe('Y → 125');
    expect(h.svg.querySelector('.marker-event text')!.textContent).toBe('from 10: G = 25');
    expect(r.columns.Y![8]).toBeLessThan(100);
    expect(r.columns.Y![119]).toBeCloseTo(125, 3);
  });

  it('draws only the chosen variables, and no reference lines when asked not to', () => {
    const spec = textbookChartSpec(runPreset('gl-pc'), { series: ['Y', 'Bh', 'nope'], steadyState: false });
    expect(spec.series.map((s) => s.label)).toEqual(['Y', 'Bh']);
  });

  it('is the chart the CLI draws for a textbook model', () => {
    const svg = drawResultChart(doc, runPreset('gl-bmw'), size);
    expect([...svg.querySelectorAll('.line-label')].map((t) => t.textContent)).toEqual([
      'Y → 160',
      'C → 144',
      'K → 160',
      'M → 160',
    ]);
  });
});
