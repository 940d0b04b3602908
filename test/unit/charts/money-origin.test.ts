import { describe, expect, it } from 'vitest';
import {
  drawMoneyOriginChart,
  drawMoneyOriginPanel,
  MONEY_ORIGINS,
  moneyOriginSeries,
  sharedDomain,
  stackOrigins,
} from '../../../src-renderer/charts/moneyOrigin';
import { doc, pathNumbers, runSmall } from '../economy-ui/helpers';

/** Eight quarters written by hand, in currency; GDP 25 a quarter so % of annual GDP = the value. */
function handRun(leak = 0) {
  const n = 8;
  const idx = Float64Array.from({ length: n }, (_, i) => i + 1);
  const col = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  const columns: Record<string, Float64Array> = {
    gdp_nominal: col(() => 25),
    money_from_firm_loans: col((i) => 20 + i),
    money_from_mortgages: col((i) => 30 + 2 * i),
    money_from_public_bank_credit: col(() => 5),
    money_from_public_spending: col((i) => 3 * i),
    money_from_bank_bonds: col((i) => 40 - 2 * i),
    // Changes sign: a government account in credit, then overdrawn.
    money_from_other_net: col((i) => (i < 4 ? -2 : 1)),
    bank_equity: col(() => 6),
  };
  columns.money_stock = col(
    (i) =>
      columns.money_from_firm_loans![i]! +
      columns.money_from_mortgages![i]! +
      5 +
      3 * i +
      columns.money_from_bank_bonds![i]! +
      columns.money_from_other_net![i]! -
      6 +
      (i === 5 ? leak : 0),
  );
  return { index: idx, columns };
}

describe('money stock by origin', () => {
  it('turns the columns into signed shares of annual GDP that add up to the money stock', () => {
    const s = moneyOriginSeries(handRun())!;
    expect(s.parts.firm_loans![2]).toBeCloseTo(22, 12);
    expect(s.parts.bank_equity![0]).toBeCloseTo(-6, 12);
    expect(s.hasResidual).toBe(false);
    for (let i = 0; i < 8; i++) expect(Math.abs(s.residual[i]!)).toBeLessThan(1e-12);
  });

  it('shows what the parts do not explain as a residual band instead of hiding it', () => {
    const s = moneyOriginSeries(handRun(3))!;
    expect(s.hasResidual).toBe(true);
    expect(s.residual[5]).toBeCloseTo(3, 12);
    const h = drawMoneyOriginPanel(
      doc,
      { id: 'x', label: 'X', colour: '#000', series: s },
      { width: 500, height: 300 },
      sharedDomain([{ id: 'x', label: 'X', colour: '#000', series: s }]),
    );
    expect(h.svg.querySelector('path.origin-residual')).not.toBeNull();
  });

  it('is null for a result from a model version without the columns', () => {
    const r = handRun();
    delete r.columns.money_from_mortgages;
    expect(moneyOriginSeries(r)).toBeNull();
  });

  it('stacks positives up from zero and negatives down, each quarter on its own', () => {
    const s = moneyOriginSeries(handRun())!;
    const bands = stackOrigins(s);
    const top = (i: number) => Math.max(...bands.map((b) => b.upper[i]!));
    const bottom = (i: number) => Math.min(...bands.map((b) => b.lower[i]!));
    for (const i of [0, 5]) expect(top(i) + bottom(i)).toBeCloseTo(s.money[i]!, 12);
    const other = bands.find((b) => b.origin.id === 'other' && b.side === 'below')!;
    const otherAbove = bands.find((b) => b.origin.id === 'other' && b.side === 'above')!;
    const equity = bands.find((b) => b.origin.id === 'bank_equity')!;
    // Quarter 1: −2 hangs from zero and bank equity's −6 below it; quarter 5: +1 sits on top of the positives.
    expect([other.lower[0], other.upper[0]]).toEqual([-2, 0]);
    expect([equity.lower[0], equity.upper[0]]).toEqual([-8, -2]);
    expect([equity.lower[4], equity.upper[4]]).toEqual([-6, 0]);
    expect(otherAbove.upper[4]).toBeCloseTo(top(4), 12);
    expect(otherAbove.upper[4]! - otherAbove.lower[4]!).toBeCloseTo(1, 12);
    // Where it is negative its band above is zero-high, and the reverse.
    expect(otherAbove.upper[0]! - otherAbove.lower[0]!).toBe(0);
    expect(other.upper[4]! - other.lower[4]!).toBe(0);
  });

  it('draws every non-zero band with finite paths, the money line on top, and labels apart', () => {
    const s = moneyOriginSeries(runSmall('abm-public-bank'))!;
    const sc = { id: 'a', label: 'Public bank', colour: '#0072B2', series: s };
    const h = drawMoneyOriginPanel(doc, sc, { width: 440, height: 300 }, sharedDomain([sc]));
    const bands = [...h.svg.querySelectorAll('path.band')];
    // Mortgages are zero in this model version: no band for them.
    expect(bands.map((b) => b.getAttribute('data-origin'))).not.toContain('mortgages');
    expect(bands.map((b) => b.getAttribute('data-origin'))).toContain('public_spending');
    for (const b of bands) {
      const nums = pathNumbers(b.getAttribute('d'));
      expect(nums.length).toBeGreaterThan(4 * 24 - 1);
      expect(nums.every(Number.isFinite)).toBe(true);
    }
    expect(pathNumbers(h.svg.querySelector('path.money-line')!.getAttribute('d'))).toHaveLength(48);
    const ys = [...h.svg.querySelectorAll('text.origin-label')]
      .map((t) => Number(t.getAttribute('y')))
      .sort((a, b) => a - b);
    for (let k = 1; k < ys.length; k++) expect(ys[k]! - ys[k - 1]!).toBeGreaterThanOrEqual(12);
    expect(MONEY_ORIGINS.map((o) => o.column)).toContain('money_from_firm_loans');
    // The legend says which origins are absent rather than leaving a swatch with no band.
    const legend = drawMoneyOriginChart(doc, [sc], { width: 900, height: 400 }).querySelector(
      '.money-origin-legend',
    )!;
    expect(legend.textContent).toContain('Mortgages from private banks (none in these runs)');
    expect(legend.textContent).not.toContain('Firm loans from private banks (none');
  });

  it('matches the SVG snapshot of the hand case, two scenarios on one scale', async () => {
    const a = { id: 'a', label: 'Hand case', colour: '#0072B2', series: moneyOriginSeries(handRun())! };
    const b = { id: 'b', label: 'With a leak', colour: '#D55E00', series: moneyOriginSeries(handRun(3))! };
    const svg = drawMoneyOriginChart(doc, [a, b], { width: 900, height: 420 });
    expect(svg.querySelectorAll('svg.money-origin-panel')).toHaveLength(2);
    expect(svg.querySelector('.money-origin-legend')!.textContent).toContain('Residual');
    await expect(svg.outerHTML).toMatchFileSnapshot('__snapshots__/money-origin.hand.svg');
  });
});
