import { describe, expect, it } from 'vitest';
import { drawResultChart } from '../../../src-renderer/charts';
import {
  drawEconomyChart,
  drawEconomyPanel,
  economyLine,
  gridShape,
  indicatorSeries,
  KEY_PANELS,
  PANELS,
  panelValue,
  shortName,
  withPairs,
  wrapLabel,
} from '../../../src-renderer/charts/economy';
import { doc, pathNumbers, runSmall } from './helpers';

const debtPanel = PANELS.find((p) => p.id === 'debt_private_pct_gdp')!;

describe('economy indicators', () => {
  const r = runSmall('abm-private-debt');
  const s = indicatorSeries(r);

  it('puts stocks over annual GDP (four quarters) and flows over the quarter’s GDP, in percent', () => {
    const i = 10;
    const gdp = r.columns.gdp_nominal![i]!;
    expect(s.columns.debt_private_pct_gdp![i]).toBeCloseTo(
      (100 * r.columns.gov_debt_private![i]!) / (4 * gdp),
      10,
    );
    expect(s.columns.interest_private_pct_gdp![i]).toBeCloseTo(
      (100 * r.columns.gov_interest_to_private![i]!) / gdp,
      10,
    );
    expect(s.columns.unemployment_pct![i]).toBeCloseTo(100 * r.columns.unemployment![i]!, 12);
    expect(s.columns.social_economy_pct![i]).toBeCloseTo(
      100 * (r.columns.coop_output_share![i]! + r.columns.social_output_share![i]!),
      12,
    );
    expect(s.columns.bankruptcy_pct![i]).toBeCloseTo((100 * r.columns.bankruptcies![i]!) / 15, 12);
  });

  it('has one column per panel, as long as the run', () => {
    expect(Object.keys(s.columns).sort()).toEqual(PANELS.map((p) => p.id).sort());
    for (const c of Object.values(s.columns)) expect(c).toHaveLength(24);
  });

  it('a private-debt economy has no public-bank debt and no debt-free money; an interest-free one pays private creditors less', () => {
    expect(Math.max(...s.columns.debt_public_bank_pct_gdp!)).toBe(0);
    expect(Math.max(...s.columns.debt_free_pct_gdp!)).toBe(0);
    const pub = indicatorSeries(runSmall('abm-public-bank')).columns;
    expect(pub.debt_public_bank_pct_gdp!.at(-1)).toBeGreaterThan(5);
    expect(pub.interest_private_pct_gdp!.at(-1)).toBeLessThan(s.columns.interest_private_pct_gdp!.at(-1)!);
  });
});

describe('Monte Carlo lines', () => {
  const runs = [1, 2, 3, 4, 5].map((seed) => runSmall('abm-private-debt', seed));
  const line = economyLine(runs, { id: 'a', label: 'A', name: 'A', colour: '#000' });

  it('takes the median and the 10–90% band across seeds', () => {
    const i = 20;
    const values = runs.map((r) => indicatorSeries(r).columns.inflation_pct![i]!).sort((a, b) => a - b);
    expect(line.runs).toBe(5);
    expect(line.series.columns.inflation_pct![i]).toBeCloseTo(values[2]!, 12);
    // R type 7: the 10th percentile of 5 values sits 0.4 of the way from the 1st to the 2nd.
    expect(line.series.columns.inflation_pct_p10![i]).toBeCloseTo(
      values[0]! + 0.4 * (values[1]! - values[0]!),
      12,
    );
    expect(line.series.columns.inflation_pct_p90![i]).toBeCloseTo(
      values[3]! + 0.6 * (values[4]! - values[3]!),
      12,
    );
  });

  it('draws the band under each line, with finite coordinates', () => {
    const other = economyLine(
      [2, 3, 4].map((seed) => runSmall('abm-public-bank', seed)),
      {
        id: 'b',
        label: 'B',
        name: 'B',
        colour: '#f00',
      },
    );
    const h = drawEconomyPanel(doc, [line, other], debtPanel, { width: 420, height: 230 });
    for (const id of ['a', 'b']) {
      const band = h.svg.querySelector(`path.band-${id}`)!.getAttribute('d');
      const numbers = pathNumbers(band);
      // 24 quarters, upper edge then lower edge, x and y each.
      expect(numbers).toHaveLength(24 * 2 * 2);
      expect(numbers.every(Number.isFinite)).toBe(true);
      const series = pathNumbers(h.svg.querySelector(`path.series-${id}`)!.getAttribute('d'));
      expect(series).toHaveLength(48);
      expect(series.every(Number.isFinite)).toBe(true);
    }
  });
});

describe('economy panels', () => {
  const a = economyLine([runSmall('abm-private-debt')], {
    id: 'a',
    label: 'Private-debt economy',
    name: 'Private-debt economy: deficits financed by bonds',
    colour: '#0072B2',
  });
  const b = economyLine([runSmall('abm-debt-free')], {
    id: 'b',
    label: 'Public bank, debt-free',
    name: 'Public bank, debt-free: the public bank credits the government',
    colour: '#D55E00',
  });

  it('reads a quarter back from a pixel and each line’s value in it (for the hover read-out)', () => {
    const h = drawEconomyPanel(doc, [a, b], debtPanel, { width: 420, height: 230 });
    for (const q of [1, 7, 24]) expect(h.quarterAt(h.xPixel(q) + 0.4)).toBe(q);
    expect(h.quarterAt(-1000)).toBe(1);
    expect(h.quarterAt(10_000)).toBe(24);
    expect(panelValue(a, debtPanel.id, 7)).toBe(a.series.columns.debt_private_pct_gdp![6]);
    expect(panelValue(b, debtPanel.id, 24)).toBe(b.series.columns.debt_private_pct_gdp![23]);
    expect(panelValue(a, debtPanel.id, 25)).toBeNull();
    expect(panelValue(a, 'no_such_panel', 3)).toBeNull();
  });

  it('puts each line where its value is on the y axis, and its label at its end without overlap', () => {
    const h = drawEconomyPanel(doc, [a, b], debtPanel, { width: 420, height: 230 });
    const pts = pathNumbers(h.svg.querySelector('path.series-a')!.getAttribute('d'));
    const lastY = pts.at(-1)!;
    // d3 writes paths to 3 decimals.
    expect(lastY).toBeCloseTo(h.yPixel(a.series.columns.debt_private_pct_gdp!.at(-1)!), 2);
    const ys = [...h.svg.querySelectorAll('text.line-label')].map((t) => Number(t.getAttribute('y')));
    expect(ys).toHaveLength(2);
    expect(Math.abs(ys[0]! - ys[1]!)).toBeGreaterThanOrEqual(12 * 2);
    // Labels stay inside the panel.
    for (const t of h.svg.querySelectorAll('text.line-label tspan')) {
      expect(Number(t.getAttribute('x')) + 7 * t.textContent!.length).toBeLessThanOrEqual(420 + 1);
    }
  });

  it('gives a flat zero line a 0–1 axis instead of a degenerate one', () => {
    const h = drawEconomyPanel(
      doc,
      [a],
      PANELS.find((p) => p.id === 'debt_free_pct_gdp')!,
      { width: 400, height: 220 },
    );
    expect(h.yPixel(0)).toBe(h.plot.top + h.plot.height);
    expect(h.yPixel(1)).toBe(h.plot.top);
  });

  it('wraps a title and unit too long for a narrow panel onto second lines, the plot below them', () => {
    const narrow = drawEconomyPanel(doc, [a], debtPanel, { width: 180, height: 260 }, false);
    const wide = drawEconomyPanel(doc, [a], debtPanel, { width: 600, height: 260 }, false);
    const spans = (h: typeof narrow, cls: string) =>
      [...h.svg.querySelectorAll(`text.${cls} tspan`)].map((t) => t.textContent!);
    expect(spans(wide, 'panel-title')).toEqual([debtPanel.title]);
    const title = spans(narrow, 'panel-title');
    expect(title).toHaveLength(2);
    expect(title.join(' ')).toBe(debtPanel.title);
    expect(spans(narrow, 'panel-unit').join(' ')).toBe(debtPanel.unit);
    const lastUnitY = Math.max(
      ...[...narrow.svg.querySelectorAll('text.panel-unit tspan')].map((t) => Number(t.getAttribute('y'))),
    );
    expect(narrow.plot.top).toBeGreaterThan(lastUnitY);
    expect(narrow.plot.top).toBeGreaterThan(wide.plot.top);
  });

  it('lays several panels out in a grid and the CLI draws the four key panels', () => {
    const svg = drawEconomyChart(
      doc,
      [a, b],
      { width: 900, height: 500 },
      PANELS.map((p) => p.id),
    );
    expect(svg.querySelectorAll('svg.economy-panel')).toHaveLength(PANELS.length);
    expect(svg.querySelectorAll('path.series')).toHaveLength(2 * PANELS.length);
    const cli = drawResultChart(doc, runSmall('abm-ubi-money'), { width: 912, height: 270 });
    const panels = [...cli.querySelectorAll('svg.economy-panel')];
    // The key panels, with the public sector's interest beside the government's.
    expect(panels.map((p) => p.getAttribute('class')!.replace('economy-panel panel-', ''))).toEqual([
      ...KEY_PANELS.slice(0, 2),
      'public_interest_pct_gdp',
      ...KEY_PANELS.slice(2),
    ]);
    // Exported figures name the scenarios once, in a legend above the panels, not at line ends.
    expect(cli.querySelector('.legend text')!.textContent).toContain('Citizen');
    expect(cli.querySelectorAll('text.line-label')).toHaveLength(0);
    const legend = [...svg.querySelectorAll('.legend-item')];
    expect(legend.map((g) => g.querySelector('text')!.textContent)).toEqual([a.label, b.label]);
    expect(legend.map((g) => g.querySelector('title')!.textContent)).toEqual([a.name, b.name]);
    // Panels start below the legend.
    const ys = [...svg.querySelectorAll('svg.economy-panel')].map((p) => Number(p.getAttribute('y')));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(20);
  });

  it('draws public interest to private beside government interest to private, on the same scale', () => {
    expect(withPairs(['interest_private_pct_gdp', 'inflation_pct'], [a, b])).toEqual([
      'interest_private_pct_gdp',
      'public_interest_pct_gdp',
      'inflation_pct',
    ]);
    expect(withPairs(['public_interest_pct_gdp'], [a])).toEqual([
      'public_interest_pct_gdp',
      'interest_private_pct_gdp',
    ]);
    // A model version without the public sector's column has nothing to pair.
    const old = { ...a, series: { ...a.series, columns: { ...a.series.columns } } };
    delete old.series.columns.public_interest_pct_gdp;
    expect(withPairs(['interest_private_pct_gdp'], [old])).toEqual(['interest_private_pct_gdp']);
    const size = { width: 420, height: 230 };
    const gov = drawEconomyPanel(
      doc,
      [a, b],
      PANELS.find((p) => p.id === 'interest_private_pct_gdp')!,
      size,
    );
    const pub = drawEconomyPanel(
      doc,
      [a, b],
      PANELS.find((p) => p.id === 'public_interest_pct_gdp')!,
      size,
    );
    for (const v of [0, 0.5, 1, 2]) expect(gov.yPixel(v)).toBeCloseTo(pub.yPixel(v), 9);
  });

  it('chooses a grid without empty cells when one fits the shape', () => {
    expect(gridShape(4, { width: 900, height: 500 })).toEqual({ columns: 2, rows: 2 });
    expect(gridShape(4, { width: 1200, height: 260 })).toEqual({ columns: 4, rows: 1 });
    expect(gridShape(1, { width: 900, height: 500 })).toEqual({ columns: 1, rows: 1 });
    expect(gridShape(12, { width: 900, height: 900 })).toEqual({ columns: 3, rows: 4 });
  });
});

describe('labels', () => {
  it('shortens a scenario name to the part before its colon, keeping an edit mark', () => {
    expect(shortName('Public bank, debt-free: the public bank credits the government with no bond')).toBe(
      'Public bank, debt-free',
    );
    expect(shortName('Tiered rates: the public bank lends … (edited)')).toBe('Tiered rates (edited)');
    expect(shortName("Citizen's income financed by taxes")).toBe("Citizen's income financed by taxes");
  });

  it('wraps a long label onto two lines and shortens only what still does not fit', () => {
    expect(wrapLabel('Public bank, interest-free', 14)).toEqual(['Public bank,', 'interest-free']);
    expect(wrapLabel("Citizen's income financed by public money creation", 16)).toEqual([
      "Citizen's income",
      'financed by pub…',
    ]);
    expect(wrapLabel('Short', 14)).toEqual(['Short']);
  });
});

describe('axis', () => {
  it('ignores rounding noise below zero instead of stretching the axis to a negative tick', () => {
    const index = Float64Array.from({ length: 5 }, (_, i) => i + 1);
    const values = Float64Array.from([40, 20, 5, -5e-10, 1e-12]);
    const line = {
      id: 'n',
      label: 'N',
      name: 'N',
      colour: '#000',
      runs: 1,
      series: { index, columns: { debt_private_pct_gdp: values } },
    };
    const h = drawEconomyPanel(doc, [line], debtPanel, { width: 400, height: 220 });
    expect(h.yPixel(0)).toBe(h.plot.top + h.plot.height);
    const ticks = [...h.svg.querySelectorAll('.y-axis .tick text')].map((t) => t.textContent);
    expect(ticks[0]).toBe('0');
  });
});
