/** The report card's worker calls: a seed measured in the worker, a robustness draw, and Cancel. */
import '@vitest/web-worker';
import { afterAll, describe, expect, it } from 'vitest';
import { ABM_PRESETS } from '../../../models/abm';
import { drawParameterSets, planValidation, runSeedTask } from '../../../models/abm/validation';
import { runAbm } from '../../../models/abm';
import { createWorkerApi } from '../../../src-renderer/worker/api';
import { CancelledError, WorkerPool } from '../../../src-renderer/worker/pool';
import { shippedData } from '../helpers/data';

// Small enough for a unit test: 400 quarters of 300 households.
const small = { ...ABM_PRESETS['abm-private-debt']!, households: 300, firms: 15, banks: 2 };
const plan = planValidation(small, 2);

describe('report card in the worker', () => {
  const api = createWorkerApi(shippedData());
  const pool = new WorkerPool(
    () =>
      new Worker(new URL('../../../src-renderer/worker/model.worker.ts', import.meta.url), {
        type: 'module',
      }),
    2,
  );
  afterAll(() => pool.terminate());

  it(
    'measures a seed as the in-process task does, reporting progress over both runs',
    { timeout: 180_000 },
    async () => {
      const seen: number[] = [];
      const direct = runSeedTask(plan, 1, (s) => runAbm(s));
      expect(api.validateSeed(plan, 1, (f) => seen.push(f))).toEqual(direct);
      expect(seen.at(-1)).toBe(1);
      // The first run reports in [0, 0.5], the hiked twin in (0.5, 1]: never backwards.
      expect(seen.some((f) => f > 0.5 && f < 1)).toBe(true);
      expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
      const viaPool = await pool.validateSeed(plan, 1);
      expect(viaPool).toEqual(direct);
      // At this tiny scale the economy may diverge; then the seed says where, and no fact has a number.
      if (direct.error) {
        expect(direct.error).toMatch(/quarter \d+/);
        expect(direct.measurements['unemployment-mean']!.value).toBeNull();
      } else expect(direct.measurements['unemployment-mean']!.value).toBeGreaterThan(0);
    },
  );

  it('runs a robustness draw and says why one failed', async () => {
    const [draw] = drawParameterSets(small, 1, 3);
    const verdict = await pool.validateDraw(draw!);
    expect(verdict).toEqual(api.validateDraw(draw!));
    expect(typeof verdict.ok).toBe('boolean');
    const bad = api.validateDraw({
      ...plan.scenario,
      params: { ...small.params, policyRate: 't > 2 ? 9 : 0' },
    });
    expect(bad).toMatchObject({ ok: false, reason: expect.stringMatching(/policyRate/) });
  });

  it('cancels a seed task and keeps working', { timeout: 120_000 }, async () => {
    const ac = new AbortController();
    const pending = pool.validateSeed(plan, 2, { signal: ac.signal });
    ac.abort();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect((await pool.validateSeed(plan, 2)).seed).toBe(2);
  });
});
