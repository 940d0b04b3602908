import { describe, expect, it } from 'vitest';
import {
  drawInterestDiagram,
  drawInterestDiagrams,
  flowWhat,
  interestFlows,
  netInterest,
  type InterestFlow,
  type StoredFlows,
} from '../../../src-renderer/charts/interestFlows';
import { doc, runSmall } from '../economy-ui/helpers';

const SECTORS = ['Households', 'Firms', 'Private banks', 'Public bank', 'Government'];
const ROWS = [
  'Wages',
  'Interest on private loans',
  'Interest on deposits',
  'Interest on government bonds',
  'Interest on reserves',
  'Interest on mortgages',
  'Δ Deposits',
];

/** Two quarters written by hand (columns in SECTORS order, + receives, − pays). */
function handCase(): { tf: StoredFlows; gdp: Float64Array } {
  const q1: Record<string, number[]> = {
    Wages: [50, -50, 0, 0, 0],
    'Interest on private loans': [0, -4, 4, 0, 0],
    'Interest on deposits': [2, 1, -3, 0, 0],
    // Households hold some bonds: one payer, two receivers.
    'Interest on government bonds': [2, 0, 4, 0, -6],
    'Interest on reserves': [0, 0, 1, -1, 0],
    // Two payers and two receivers: shared out by the receivers' shares (3/4 to banks).
    'Interest on mortgages': [-3, -1, 3, 1, 0],
    'Δ Deposits': [-9, 9, 0, 0, 0],
  };
  const q2: Record<string, number[]> = {
    Wages: [80, -80, 0, 0, 0],
    'Interest on private loans': [0, -8, 8, 0, 0],
    'Interest on deposits': [2, 0, -2, 0, 0],
    'Interest on government bonds': [0, 0, 10, 0, -10],
    'Interest on reserves': [0, 0, 0, 0, 0],
    'Interest on mortgages': [0, 0, 0, 0, 0],
    'Δ Deposits': [5, -5, 0, 0, 0],
  };
  const data = [q1, q2].flatMap((q) => ROWS.flatMap((r) => q[r]!));
  return {
    tf: { rows: ROWS, columns: SECTORS, data: Float64Array.from(data) },
    gdp: Float64Array.of(100, 200),
  };
}

const find = (flows: readonly InterestFlow[], from: string, to: string) =>
  flows.find((f) => f.from === from && f.to === to)?.share;

describe('who pays interest to whom', () => {
  it('matches a hand-computed case: each interest row from its payers to its receivers, ÷ GDP, averaged', () => {
    const { tf, gdp } = handCase();
    const flows = interestFlows(tf, gdp, 2);
    // (4 + 0.75 of the mortgage row) / 100 and 8 / 200, averaged over two quarters.
    expect(find(flows, 'Firms', 'Private banks')).toBeCloseTo((0.0475 + 0.04) / 2, 14);
    expect(find(flows, 'Government', 'Private banks')).toBeCloseTo((0.04 + 0.05) / 2, 14);
    expect(find(flows, 'Government', 'Households')).toBeCloseTo(0.02 / 2, 14);
    expect(find(flows, 'Private banks', 'Households')).toBeCloseTo((0.02 + 0.01) / 2, 14);
    expect(find(flows, 'Private banks', 'Firms')).toBeCloseTo(0.01 / 2, 14);
    expect(find(flows, 'Public bank', 'Private banks')).toBeCloseTo(0.01 / 2, 14);
    expect(find(flows, 'Households', 'Private banks')).toBeCloseTo(0.0225 / 2, 14);
    expect(find(flows, 'Households', 'Public bank')).toBeCloseTo(0.0075 / 2, 14);
    expect(find(flows, 'Firms', 'Public bank')).toBeCloseTo(0.0025 / 2, 14);
    // Wages and the Δ rows are not interest; nothing else appears.
    expect(flows).toHaveLength(9);
    expect(flows.find((f) => f.from === 'Firms' && f.to === 'Households')).toBeUndefined();
    // Largest first, and each flow names its rows.
    expect(flows[0]!.from).toBe('Government');
    const loans = flows.find((f) => f.from === 'Firms' && f.to === 'Private banks')!;
    expect(loans.rows).toEqual(['Interest on private loans', 'Interest on mortgages']);
    expect(flowWhat(loans)).toBe('private loans + mortgages');
    // Net: banks receive 4.375 + 4.5 + 0.5 + 1.125 and pay 1.5 + 0.5 (% of GDP).
    const net = netInterest(flows, SECTORS);
    expect(net.get('Private banks')).toBeCloseTo(0.085, 14);
    expect([...net.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
  });

  it('averages over the last quarters only (the window after the burn-in)', () => {
    const { tf, gdp } = handCase();
    const flows = interestFlows(tf, gdp, 1);
    expect(find(flows, 'Firms', 'Private banks')).toBeCloseTo(0.04, 14);
    expect(find(flows, 'Government', 'Private banks')).toBeCloseTo(0.05, 14);
    expect(find(flows, 'Public bank', 'Private banks')).toBeUndefined();
  });

  it('agrees with the model’s own interest columns and summary on a run', () => {
    for (const preset of ['abm-private-debt', 'abm-public-bank', 'abm-tiered-rates']) {
      const r = runSmall(preset);
      const window = Number(r.summary.summaryQuarters);
      const flows = interestFlows(r.extras.transactionsFlow, r.columns.gdp_nominal!, window);
      const gov = ['Households', 'Firms', 'Private banks']
        .map((s) => find(flows, 'Government', s) ?? 0)
        .reduce((a, b) => a + b, 0);
      expect(gov).toBeCloseTo(Number(r.summary.meanGovInterestToPrivateAfterBurnIn), 12);
      const pub =
        gov +
        (find(flows, 'Public bank', 'Private banks') ?? 0) -
        (find(flows, 'Private banks', 'Public bank') ?? 0);
      expect(pub).toBeCloseTo(Number(r.summary.meanPublicInterestToPrivateAfterBurnIn), 12);
      // Firms pay their banks interest in every run.
      expect(find(flows, 'Firms', 'Private banks')).toBeGreaterThan(0);
    }
    // Interest-free public-bank finance: the government pays private holders less than in the baseline.
    const base = runSmall('abm-private-debt');
    const pb = runSmall('abm-public-bank');
    const govOf = (r: typeof base) =>
      find(
        interestFlows(r.extras.transactionsFlow, r.columns.gdp_nominal!, 12),
        'Government',
        'Private banks',
      ) ?? 0;
    expect(govOf(pb)).toBeLessThan(govOf(base));
  });
});

describe('interest diagram', () => {
  const { tf, gdp } = handCase();
  const flows = interestFlows(tf, gdp, 2);
  const scenario = { id: 'a', label: 'Hand case', colour: '#0072B2', flows };

  it('draws one arrow per flow, as wide as the flow on the shared scale, with labels that do not overlap', () => {
    const h = drawInterestDiagram(doc, scenario, { width: 440, height: 380 }, 0.045);
    const arrows = [...h.svg.querySelectorAll('path.flow')];
    expect(arrows).toHaveLength(flows.length);
    const widthOf = (from: string, to: string) =>
      Number(
        arrows
          .find((a) => a.getAttribute('data-from') === from && a.getAttribute('data-to') === to)!
          .getAttribute('stroke-width'),
      );
    expect(widthOf('Government', 'Private banks')).toBeCloseTo(16, 9);
    expect(widthOf('Firms', 'Private banks') / widthOf('Government', 'Private banks')).toBeCloseTo(
      0.04375 / 0.045,
      9,
    );
    for (const a of arrows)
      expect(a.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+Q[\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
    expect(h.svg.querySelectorAll('path.flow-head')).toHaveLength(flows.length);
    // Every label names its value; the two directions between banks and households are apart.
    const texts = [...h.svg.querySelectorAll('.flow-label text')].map((t) => t.textContent);
    expect(texts).toContain('4.50%');
    expect(texts).toContain('government bonds');
    const b = h.labelBoxes;
    for (let i = 0; i < b.length; i++)
      for (let j = i + 1; j < b.length; j++) {
        const o =
          b[i]!.x < b[j]!.x + b[j]!.w &&
          b[j]!.x < b[i]!.x + b[i]!.w &&
          b[i]!.y < b[j]!.y + b[j]!.h &&
          b[j]!.y < b[i]!.y + b[i]!.h;
        expect(o, `labels ${i} and ${j} overlap`).toBe(false);
      }
    // Net interest received by each sector in its box.
    const banks = h.svg.querySelector('[data-sector="Private banks"] .net')!.textContent;
    expect(banks).toBe('net +8.50%');
  });

  it('keeps labels apart in a crowded diagram (seven flows, 448×225: three scenarios exported, one with mortgages)', () => {
    const G = 'Interest on government bonds';
    const crowded = [
      { from: 'Households', to: 'Private banks', share: 0.0434, rows: ['Interest on mortgages'] },
      { from: 'Government', to: 'Private banks', share: 0.0193, rows: [G] },
      { from: 'Private banks', to: 'Households', share: 0.0137, rows: ['Interest on deposits'] },
      { from: 'Firms', to: 'Private banks', share: 0.0099, rows: ['Interest on private loans'] },
      { from: 'Private banks', to: 'Firms', share: 0.0029, rows: ['Interest on deposits'] },
      { from: 'Public bank', to: 'Private banks', share: 0.0025, rows: ['Interest on reserves'] },
      { from: 'Private banks', to: 'Public bank', share: 0.0014, rows: ['Interest on advances'] },
    ];
    const h = drawInterestDiagram(doc, { ...scenario, flows: crowded }, { width: 448, height: 225 }, 0.0434);
    const b = h.labelBoxes;
    expect(b).toHaveLength(7);
    const apart = (p: { x: number; y: number; w: number; h: number }, q: typeof p) =>
      !(p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h);
    for (let i = 0; i < b.length; i++)
      for (let j = i + 1; j < b.length; j++)
        expect(apart(b[i]!, b[j]!), `labels ${i} and ${j} overlap`).toBe(true);
    const nodes = [...h.svg.querySelectorAll('.sector rect')].map((r) => ({
      x: Number(r.getAttribute('x')),
      y: Number(r.getAttribute('y')),
      w: Number(r.getAttribute('width')),
      h: Number(r.getAttribute('height')),
    }));
    expect(nodes).toHaveLength(5);
    for (const l of b) for (const n of nodes) expect(apart(l, n), 'a label covers a sector').toBe(true);
  });

  it('writes a net that rounds to zero as "net 0", never as a negative zero', () => {
    // The government pays 3e-6 of GDP (0.0003%) more than it receives: below the label's precision.
    const tiny = [
      { from: 'Government', to: 'Private banks', share: 3e-6, rows: ['Interest on government bonds'] },
    ];
    const h = drawInterestDiagram(doc, { ...scenario, flows: tiny }, { width: 440, height: 380 }, 0.045);
    expect(h.svg.querySelector('[data-sector="Government"] .net')!.textContent).toBe('net 0');
    expect(h.svg.querySelector('[data-sector="Private banks"] .net')!.textContent).toBe('net 0');
  });

  it('matches the SVG snapshot of the hand case, two scenarios side by side', async () => {
    const half = {
      id: 'b',
      label: 'Half the bond interest',
      colour: '#D55E00',
      flows: flows.map((f) => ({ ...f, share: f.from === 'Government' ? f.share / 2 : f.share })),
    };
    const svg = drawInterestDiagrams(doc, [scenario, half], { width: 900, height: 400 });
    expect(svg.querySelectorAll('svg.interest-diagram')).toHaveLength(2);
    await expect(svg.outerHTML).toMatchFileSnapshot('__snapshots__/interest-diagram.hand.svg');
  });
});
