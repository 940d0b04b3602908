import { describe, expect, it } from 'vitest';
import { economyLine, PANELS } from '../../../src-renderer/charts/economy';
import { csvUnits } from '../../../src-renderer/export';
import { figureMeta, figureTitle } from '../../../src-renderer/views/economy/exports';
import {
  flowRows,
  interestScenarios,
  interestTable,
  INTEREST_FIGURE,
  MONEY_ORIGIN_FIGURE,
  moneyOriginScenarios,
  moneyOriginTable,
} from '../../../src-renderer/views/economy/originFigures';
import { groupPairs } from '../../../src-renderer/views/economy/SmallMultiples';
import { payBack } from '../../../src-renderer/views/economy/SummaryTable';
import type { ScenarioRun } from '../../../src-renderer/views/economy/useEconomyRuns';
import { runSmall } from './helpers';

function scenarioRun(preset: string, label: string): ScenarioRun {
  const r = runSmall(preset);
  return {
    slotId: label,
    scenario: r.provenance.scenario as ScenarioRun['scenario'],
    seeds: [1],
    first: r,
    summaries: [r.summary],
    line: economyLine([r], { id: label, label, name: label, colour: '#000' }),
  };
}

describe('the accounting figures of the Economy workspace', () => {
  const a = scenarioRun('abm-private-debt', 'Private');
  const b = scenarioRun('abm-public-bank', 'Public');

  it('tabulates the money stock by origin per scenario, in % of annual GDP, adding up to the money stock', () => {
    const t = moneyOriginTable(moneyOriginScenarios([a, b]));
    expect(t.index).toHaveLength(24);
    const gdp = a.first.columns.gdp_nominal![5]!;
    expect(t.columns['Private: money stock']![5]).toBeCloseTo(
      (100 * a.first.columns.money_stock![5]!) / (4 * gdp),
      10,
    );
    const parts = Object.entries(t.columns).filter(
      ([k]) => k.startsWith('Public: ') && k !== 'Public: money stock',
    );
    expect(parts.map(([k]) => k)).toContain("Public: Less: private banks' equity");
    const sum = parts.reduce((acc, [, v]) => acc + v[10]!, 0);
    expect(sum).toBeCloseTo(t.columns['Public: money stock']![10]!, 8);
    // Every column has a unit (the CSV's units line would throw otherwise).
    expect(Object.keys(csvUnits(t))).toHaveLength(1 + Object.keys(t.columns).length);
  });

  it('tabulates each interest flow by quarter; its mean after the burn-in is the diagram’s value', () => {
    const scen = interestScenarios([a, b]);
    const rows = flowRows(scen);
    expect(rows[0]!.from).toBe('Private banks');
    expect(rows.map((r) => `${r.from} → ${r.to}`)).toContain('Government → Private banks');
    const t = interestTable([a, b]);
    const col = t.columns['Private: Government → Private banks (government bonds)']!;
    expect(col).toHaveLength(24);
    const window = Number(a.first.summary.summaryQuarters);
    let mean = 0;
    for (let i = 24 - window; i < 24; i++) mean += col[i]! / window;
    const share = scen[0]!.flows.find((f) => f.from === 'Government' && f.to === 'Private banks')!.share;
    expect(mean).toBeCloseTo(100 * share, 10);
    expect(Object.keys(csvUnits(t))).toHaveLength(1 + Object.keys(t.columns).length);
  });

  it('titles and describes an exported accounting figure by what it shows', () => {
    expect(figureTitle([a, b], MONEY_ORIGIN_FIGURE)).toBe('Money stock by origin: Private vs Public');
    expect(figureTitle([a, b], INTEREST_FIGURE)).toBe('Who pays interest to whom: Private vs Public');
    const meta = figureMeta([a, b], INTEREST_FIGURE, undefined);
    expect(meta.subtitle).toContain("Each scenario's run with its own seed (1, 1)");
    expect(meta.subtitle).toContain('mean over the quarters after the burn-in');
    expect(meta.subtitle).not.toContain('Quarters along the horizontal axis');
    expect(meta.assumptions.length).toBeGreaterThan(0);
    expect(meta.sources.length).toBeGreaterThan(0);
  });

  it('says how much of the bond-interest saving the public bank pays back on reserves', () => {
    const text = payBack(a, b)!;
    const [share, saving] = text.match(/-?[\d.]+/g)!.map(Number);
    const s = (r: ScenarioRun, k: string) => Number(r.summaries[0]![k]);
    const saved = s(a, 'meanGovInterestToPrivateAfterBurnIn') - s(b, 'meanGovInterestToPrivateAfterBurnIn');
    const extra = s(b, 'meanInterestOnReservesAfterBurnIn') - s(a, 'meanInterestOnReservesAfterBurnIn');
    expect(saved).toBeGreaterThan(0);
    expect(share).toBeCloseTo((100 * extra) / saved, 0);
    expect(saving).toBeCloseTo(100 * saved, 2);
    expect(payBack(a, a)).toBe('no saving');
  });

  it('groups public interest to private with government interest to private, once, in panel order', () => {
    const groups = groupPairs(PANELS);
    const ids = groups.map((g) => g.map((p) => p.id));
    expect(ids).toContainEqual(['interest_private_pct_gdp', 'public_interest_pct_gdp']);
    expect(ids.flat()).toEqual(PANELS.map((p) => p.id));
  });
});
