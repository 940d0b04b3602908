/** The Economy workspace's "Interest-free or debt-free?" statement (issue 8 §4): which scenario it is about. */
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, financingViewsStatement, type AbmScenario } from '../../../models/abm';
import { financingViews } from '../../../src-renderer/views/economy/FinancingNotes';

const run = (preset: string, label: string) => {
  const scenario = ABM_PRESETS[preset] as AbmScenario;
  return { scenario, line: { label } } as unknown as Parameters<typeof financingViews>[0][number];
};

describe('interest-free or debt-free: the statement beside a comparison', () => {
  it('one statement, unprefixed, when every scenario it concerns needs the same one', () => {
    const views = financingViews([
      run('abm-private-debt', 'Private debt'),
      run('abm-public-bank', 'Public bank'),
      run('abm-debt-free', 'Debt-free'),
    ]);
    expect(views).toEqual([financingViewsStatement(ABM_PRESETS['abm-public-bank']!.params)]);
    expect(views[0]).toMatch(/two accounting views of one consolidated public sector/);
  });

  it('names the scenarios each statement is about when a rule separates them', () => {
    const views = financingViews([
      run('abm-private-debt', 'Private debt'),
      run('abm-public-bank', 'Public bank'),
      run('abm-fiscal-rule-public-bank', 'Rule, public bank'),
      run('abm-fiscal-rule-private-debt', 'Rule, private debt'),
    ]);
    expect(views).toHaveLength(2);
    expect(views[0]).toMatch(/^For Public bank: No fiscal rule is on/);
    expect(views[1]).toMatch(/^For Rule, public bank, Rule, private debt: The fiscal rule counts every bond/);
  });

  it('says nothing for private-debt scenarios without a rule', () => {
    expect(financingViews([run('abm-private-debt', 'A'), run('abm-mortgage-private', 'B')])).toEqual([]);
  });
});
