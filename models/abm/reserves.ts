/**
 * Interest on reserves (`reserveRemuneration`, issue 8 §2): the lever that decides how much of the
 * interest a public bank saves on bonds it pays back to private banks on the reserves its financing
 * creates. Why a lever: under the floor system every reserve the public bank's bond purchases create
 * earns close to the policy rate, so "interest-free" financing still pays interest, to banks.
 * - floor: every reserve earns policy − reserveSpread (today's behaviour);
 * - tiered: reserves up to the requirement (reserveRatio × deposits) earn nothing, the excess earns
 *   the policy rate;
 * - none: no reserve earns anything.
 * Advances cost policy + spreadAdvances under all three (the top of the corridor). The model has no
 * interbank market, so market rates stay policy + spread whatever reserves earn (see the help).
 */
import { PERIODS_PER_YEAR } from './params';
import type { Economy } from './state';

/** Interest the public bank owes bank k on its reserves this quarter, at the reserves it holds now. */
export function reserveInterest(E: Economy, k: number): number {
  const res = Math.max(0, E.banks.res[k]!);
  switch (E.p.reserveRemuneration) {
    case 'tiered': {
      const required = E.p.reserveRatio * Math.max(0, E.banks.dep[k]!);
      return Math.max(0, res - required) * excessReserveRate(E);
    }
    case 'none':
      return 0;
    default:
      return res * E.r.reserves;
  }
}

/** Quarterly rate on excess reserves under `tiered`: the policy rate, floored at zero like every tier. */
export function excessReserveRate(E: Economy): number {
  return Math.max(0, E.r.policy) / PERIODS_PER_YEAR;
}
