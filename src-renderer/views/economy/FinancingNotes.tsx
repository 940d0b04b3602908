/**
 * What a comparison of financing can and cannot show, said beside the numbers: whether interest-free
 * and debt-free public-bank financing can differ at all under the scenarios' fiscal rules, and what
 * a same-fiscal-stance comparison held equal.
 */
import { financingViewsStatement } from '../../../models/abm';
import type { ScenarioRun } from './useEconomyRuns';

/**
 * The interest-free-or-debt-free statements a comparison needs, one per distinct statement. Said
 * whenever a public bank finances deficits or a rule reads the debt: where the statement matters.
 * When the compared scenarios need different statements (one under a rule, one without), each
 * names the scenarios it is about, or the reader could not tell which holds for which.
 */
export function financingViews(results: readonly Pick<ScenarioRun, 'scenario' | 'line'>[]): string[] {
  const relevant = results.filter(
    (r) => r.scenario.params.moneyRegime !== 'private-debt' || r.scenario.params.fiscalRule !== 'none',
  );
  const byText = new Map<string, string[]>();
  for (const r of relevant) {
    const text = financingViewsStatement(r.scenario.params);
    byText.set(text, [...(byText.get(text) ?? []), r.line.label]);
  }
  if (byText.size <= 1) return [...byText.keys()];
  return [...byText].map(([text, who]) => `For ${who.join(', ')}: ${text}`);
}

export function FinancingNotes(props: { results: readonly ScenarioRun[]; sameStance: boolean }) {
  const { results } = props;
  const views = financingViews(results);
  const held = props.sameStance ? results[1]?.first.summary.fiscalStanceHeldEqual : undefined;
  if (views.length === 0 && held === undefined) return null;
  return (
    <div className="financing-notes small" data-testid="econ-financing-notes">
      {held !== undefined && (
        <p data-testid="econ-same-stance-note">
          <strong>Held equal.</strong> {String(held)}
        </p>
      )}
      {views.map((v) => (
        <p key={v} data-testid="econ-financing-views">
          <strong>Interest-free or debt-free?</strong> {v}
        </p>
      ))}
    </div>
  );
}
