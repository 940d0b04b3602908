/**
 * The rate banks pay on deposits: the deposits channel of monetary policy (Drechsler, Savov &
 * Schnabl 2017, QJE 132(4)). Banks pass on only a share β (`depositPassThrough`) of a change in the
 * policy rate to depositors, so the spread they earn on deposits widens as the policy rate rises
 * (market power in deposit markets). In the aggregate US data deposit rates rise by about 35–40% of
 * the Fed funds rate.
 *
 *   deposit rate = max(0, min(policy, policy − depositSpread − (1 − β)·(policy − REFERENCE))),
 *
 * i.e. a + β·policy with a = (1 − β)·REFERENCE − depositSpread: `depositSpread` is the spread at the
 * reference policy rate, so at the default 2.5% deposits earn 1% whatever β (the default economy's
 * start is unchanged). With β = 0.4 and the 1.5-point spread the intercept is zero: the deposit rate
 * is 0.4 × policy, the proportional spread, (1 − β) × policy, that DSS measure. β = 1 is the old
 * rule, policy − depositSpread, at every rate (bit for bit: (1 − 1)·x = 0). The deposit spread is
 * never negative (min with the policy rate): no bank pays more on a sight deposit than the rate it
 * can earn on the money, which a small spread and a low β would otherwise give at low policy rates
 * (β = 0.2 and a 0.5-point spread at 2.5% would pay 1.6% on deposits at a 0.5% policy rate).
 *
 * One function for the run (economy.ts setRates) and the steady state (steadyState.ts), so a run
 * starts at the rate it then pays.
 */
import type { AbmParams } from './params';

/** The policy rate (annual) at which `depositSpread` is stated: the default policy rate. */
export const DEPOSIT_SPREAD_REFERENCE_RATE = 0.025;

/** The annual deposit rate at annual policy rate `policy`, floored at zero. */
export function depositRateAnnual(
  p: Pick<AbmParams, 'depositSpread' | 'depositPassThrough'>,
  policy: number,
): number {
  const rule =
    policy - p.depositSpread - (1 - p.depositPassThrough) * (policy - DEPOSIT_SPREAD_REFERENCE_RATE);
  return Math.max(0, Math.min(policy, rule));
}
