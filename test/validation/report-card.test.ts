/**
 * Acceptance: the baseline economy (preset abm-private-debt, default scale, 400 quarters) over
 * 8 seeds reproduces every stylised fact of issue 7 §3, by the card's own rule: the median over
 * seeds in the target range and at least 7 of the 8 seeds in range; robustness: at least 95% of
 * 200 seeded parameter draws (at the reduced scale the card names) complete 400 quarters, which
 * the model does not reach yet (marked below as a known failure).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ABM_PRESETS } from '../../models/abm';
import { DEFAULT_DRAWS, FACTS, inRange, planValidation, type ReportCard } from '../../models/abm/validation';
import { reportCard, withPool } from '../../src-main/cli/commands/validate';

const SEEDS = 8;
let card: ReportCard;

beforeAll(async () => {
  const plan = planValidation(ABM_PRESETS['abm-private-debt']!, SEEDS);
  const start = performance.now();
  card = await withPool(2 * SEEDS + DEFAULT_DRAWS, (run) => reportCard(plan, DEFAULT_DRAWS, run));
  console.log(`report card computed in ${((performance.now() - start) / 1000).toFixed(0)} s`);
});

describe('the baseline economy behaves like an economy (issue 7 §3)', () => {
  it.each(FACTS.filter((f) => f.kind !== 'robustness').map((f) => [f.id, f] as const))('%s', (id, def) => {
    const fact = card.facts.find((f) => f.id === id)!;
    const where = `${fact.name}: target ${fact.target}, median ${fact.median} (p10 ${fact.p10}, p90 ${fact.p90}), ${fact.inRange} of ${fact.of} seeds in range${fact.note ? `; ${fact.note}` : ''}`;
    expect(fact.median, where).not.toBeNull();
    expect(inRange(fact.median!, def.target), where).toBe(true);
    expect(fact.of).toBe(SEEDS);
    expect(fact.inRange, where).toBeGreaterThanOrEqual(7);
  });

  // Known shortfall (issue 7 stays open on it): the model completes 93–94% of fresh draw samples,
  // not 95% (draw seeds 1–4 with the deposits channel: 186, 183, 184 and 194 of 200; at the
  // default scale, draw seed 2: 187; after the defaulted-firm revaluation, draw seed 1: 185). The target is kept as written and marked as failing, so the suite says so
  // instead of passing on a lucky sample; when the model reaches it, this test turns red and the
  // marker must go. CALIBRATION.md "Robustness, third pass" has the failures by class.
  it.fails('robustness: at least 95% of 200 parameter draws complete 400 quarters (known shortfall)', () => {
    const r = card.robustness!;
    expect(r.draws).toBe(DEFAULT_DRAWS);
    expect(r.completed / r.draws, r.failures.join('; ')).toBeGreaterThanOrEqual(0.95);
  });

  // Regression guard below the measured level: a change that breaks runs wholesale (a leak, a
  // guard tripping at the start) fails here even while the 95% target is not met.
  it('robustness: at least 90% of the draws complete (regression guard)', () => {
    const r = card.robustness!;
    expect(r.draws).toBe(DEFAULT_DRAWS);
    expect(r.completed / r.draws, r.failures.join('; ')).toBeGreaterThanOrEqual(0.9);
  });
});
