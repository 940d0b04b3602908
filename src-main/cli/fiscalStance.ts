/**
 * `run … --same-fiscal-stance-as REF`: the run replays REF's programme spending and the tax rates
 * in force in each of its quarters, surcharges included (from REF's run with the same seed), so
 * that a difference between the two comes from financing alone (issue 8 §5). What was held equal
 * goes into summary.json.
 */
import { fiscalStanceFrom, stanceMismatch, type AbmScenario } from '../../models/abm';
import { parseScenario, type AnyScenario } from '../../models/scenario';
import { UsageError } from './errors';
import { loadScenario } from './scenario';

const FLAG = '--same-fiscal-stance-as';

/** The reference scenario, checked: both it and the scenario run must be agent-based economies. */
export function stanceReference(ref: string, main: AnyScenario, cwd: string): AbmScenario {
  const { scenario } = loadScenario(ref, null, undefined, cwd);
  if (main.model !== 'abm' || scenario.model !== 'abm')
    throw new UsageError(
      `${FLAG}: applies to agent-based economy scenarios only (model abm; here ${main.model} and ${scenario.model})`,
    );
  const reference = scenario as unknown as AbmScenario;
  const why = stanceMismatch(reference, main as unknown as AbmScenario);
  if (why) throw new UsageError(`${FLAG}: ${why}`);
  return reference;
}

/** The scenario to run with seed `seed`, replaying the stance of `columns` (the reference's run with that seed). */
export function withStance(
  main: AnyScenario,
  reference: AbmScenario,
  seed: number,
  columns: Readonly<Record<string, ArrayLike<number>>>,
): AnyScenario {
  const fiscalStance = fiscalStanceFrom({ ...reference, seed }, columns);
  return parseScenario({ ...main, seed, fiscalStance });
}
