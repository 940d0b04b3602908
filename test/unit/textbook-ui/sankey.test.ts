import { describe, expect, it } from 'vitest';
import { drawSankey, paymentFlows } from '../../../src-renderer/charts/sankey';
import { doc, runPreset } from './helpers';

const sim = runPreset('gl-sim');
const period1 = sim.extras.periods[0]!;
const col = (name: string) => sim.columns[name]![0]!;

describe('payments from the transactions-flow matrix', () => {
  it('has each SIM row pay from its negative cell to its positive cell, in the model’s amounts', () => {
    const flows = paymentFlows(period1.transactionsFlow);
    const by = Object.fromEntries(flows.map((f) => [f.row, f]));
    expect(flows).toHaveLength(4);
    expect(by.Consumption).toMatchObject({ from: 'Households', to: 'Production' });
    expect(by.Consumption!.amount).toBeCloseTo(col('C'), 12);
    expect(by['Government expenditure']).toMatchObject({ from: 'Government', to: 'Production', amount: 20 });
    expect(by.Wages).toMatchObject({ from: 'Production', to: 'Households' });
    expect(by.Wages!.amount).toBeCloseTo(col('Y'), 12);
    expect(by.Taxes).toMatchObject({ from: 'Households', to: 'Government' });
    expect(by.Taxes!.amount).toBeCloseTo(col('T'), 12);
  });

  it('adds financing rows only when asked: households acquire the cash the government issued', () => {
    const flows = paymentFlows(period1.transactionsFlow, { financial: true });
    const cash = flows.filter((f) => f.row === 'Δ Money (cash)');
    expect(cash).toHaveLength(1);
    expect(cash[0]).toMatchObject({ from: 'Households', to: 'Government' });
    // The deficit G − T is what households hold as new cash.
    expect(cash[0]!.amount).toBeCloseTo(20 - col('T'), 12);
  });

  it('shares a row with several payers and receivers in proportion, conserving its total', () => {
    const m = {
      rows: ['Interest'],
      columns: ['A', 'B', 'C', 'D', 'Σ'],
      values: Float64Array.from([-30, -10, 25, 15, 0]),
    };
    const flows = paymentFlows(m);
    const amount = (from: string, to: string) => flows.find((f) => f.from === from && f.to === to)!.amount;
    expect(amount('A', 'C')).toBeCloseTo(18.75, 12);
    expect(amount('A', 'D')).toBeCloseTo(11.25, 12);
    expect(amount('B', 'C')).toBeCloseTo(6.25, 12);
    expect(amount('B', 'D')).toBeCloseTo(3.75, 12);
    expect(flows.reduce((a, f) => a + f.amount, 0)).toBeCloseTo(40, 12);
  });

  it('ignores rounding noise, so a 1e-15 cell is not drawn as a payment', () => {
    const m = { rows: ['X'], columns: ['A', 'B', 'Σ'], values: Float64Array.from([1e-15, -1e-15, 0]) };
    expect(paymentFlows(m)).toEqual([]);
  });
});

describe('Sankey drawing', () => {
  it('draws one link per payment, payers left and receivers right, with totals on the nodes', () => {
    const pc = runPreset('gl-pc');
    const m = pc.extras.periods[2]!.transactionsFlow;
    const flows = paymentFlows(m);
    const svg = drawSankey(doc, m, { width: 900, height: 360 });
    const links = [...svg.querySelectorAll('path.link')];
    expect(links).toHaveLength(flows.length);
    const drawn = links.map((l) => Number(l.getAttribute('data-amount'))).sort((a, b) => a - b);
    expect(drawn).toEqual(flows.map((f) => f.amount).sort((a, b) => a - b));
    const households = [...svg.querySelectorAll('.node-pays text')].find((t) =>
      t.textContent!.startsWith('Households'),
    )!;
    const paid = flows.filter((f) => f.from === 'Households').reduce((a, f) => a + f.amount, 0);
    expect(households.textContent).toBe(`Households ${paid.toFixed(2)}`);
    for (const n of svg.querySelectorAll('.node rect')) {
      const x = Number(n.getAttribute('x'));
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + Number(n.getAttribute('width'))).toBeLessThanOrEqual(900);
    }
  });

  it('keeps link labels at least a line apart', () => {
    const bmw = runPreset('gl-bmw');
    const svg = drawSankey(
      doc,
      bmw.extras.periods[4]!.transactionsFlow,
      { width: 900, height: 360 },
      { financial: true },
    );
    const ys = [...svg.querySelectorAll('.link-labels text')]
      .map((t) => Number(t.getAttribute('y')))
      .sort((a, b) => a - b);
    expect(ys.length).toBeGreaterThan(5);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(13 - 1e-9);
  });

  it('gives each drawn row its own colour while there are no more rows than colours (model PC)', () => {
    const pc = runPreset('gl-pc');
    const svg = drawSankey(doc, pc.extras.periods[4]!.transactionsFlow, { width: 700, height: 400 });
    const rows = new Map<string, string>();
    for (const l of svg.querySelectorAll('path.link'))
      rows.set(l.getAttribute('data-row')!, l.getAttribute('stroke')!);
    expect(rows.size).toBeGreaterThanOrEqual(5);
    expect(rows.size).toBeLessThanOrEqual(6);
    expect(new Set(rows.values()).size).toBe(rows.size);
    // Not the first blue and the sky blue together: side by side they read as one colour.
    expect([...rows.values()].filter((c) => ['#0072B2', '#56B4E9'].includes(c))).toHaveLength(1);
  });

  it('says so when a period has no payments', () => {
    const m = { rows: ['X'], columns: ['A', 'Σ'], values: Float64Array.from([0, 0]) };
    expect(drawSankey(doc, m, { width: 400, height: 200 }).textContent).toContain(
      'No payments in this period',
    );
  });
});
