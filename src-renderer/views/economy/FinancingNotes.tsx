/**
 * What a comparison of financing can and cannot show, said beside the numbers: whether interest-free
 * and debt-free public-bank financing can differ at all under the scenarios' fiscal rules, and what
 * a same-fiscal-stance comparison held equal.
 */
import { financingViewsStatement } from '../../../models/abm';
import type { ScenarioRun } from './useEconomyRuns';

export function FinancingNotes(props: { results: readonly ScenarioRun[]; sameStance: boolean }) {
  const { results } = props;
  // Said whenever a public bank finances deficits or a rule reads the debt: where the statement matters.
  const relevant = results.filter(
    (r) => r.scenario.params.moneyRegime !== 'private-debt' || r.scenario.params.fiscalRule !== 'none',
  );
  const views = [...new Set(relevant.map((r) => financingViewsStatement(r.scenario.params)))];
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
