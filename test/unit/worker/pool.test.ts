import '@vitest/web-worker';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerApi } from '../../../src-renderer/worker/api';
import { CancelledError, WorkerPool } from '../../../src-renderer/worker/pool';
import { getPreset } from '../../../models/scenario';
import { shippedData } from '../helpers/data';

const preset = getPreset('canada-1974');

describe('worker API (called directly)', () => {
  const api = createWorkerApi(shippedData());
  it('runs a scenario into typed arrays', () => {
    const r = api.run(preset);
    expect(r.model).toBe('fiscal-history');
    expect(r.index).toBeInstanceOf(Float64Array);
    expect(r.columns.counterfactual_debt).toBeInstanceOf(Float64Array);
    expect(r.index.length).toBe(61);
  });
  it('checks the data at start-up and names a corrupt file', () => {
    expect(api.checkData()).toEqual({
      ok: true,
      lines: ['accumulated-deficit: 1962–2022 (61 fiscal years)', 'net-debt: 1867–2019 (153 fiscal years)'],
    });
    const broken = { ...shippedData(), 'canada/canada_macro_long.csv': 'year,series\n1,2\n' };
    const check = createWorkerApi(broken).checkData();
    expect(check.ok).toBe(false);
    expect(check.lines[0]).toMatch(/canada_macro_long\.csv, line 2, column/);
  });
});

describe('worker pool (through comlink and a worker)', () => {
  const pool = new WorkerPool(
    () =>
      new Worker(new URL('../../../src-renderer/worker/model.worker.ts', import.meta.url), {
        type: 'module',
      }),
    2,
  );
  afterAll(() => pool.terminate());

  it('returns the same numbers as a direct run, with progress-free scenarios too', async () => {
    const direct = createWorkerApi(shippedData()).run(preset);
    const viaWorker = await pool.run(preset);
    expect(Array.from(viaWorker.columns.counterfactual_debt!)).toEqual(
      Array.from(direct.columns.counterfactual_debt!),
    );
    expect(viaWorker.summary).toEqual(direct.summary);
  });

  it('runs several scenarios at once and keeps each result with its scenario', async () => {
    const shares = [0, 0.25, 0.5, 0.75, 1];
    const results = await Promise.all(
      shares.map((s) => pool.run({ ...preset, params: { ...(preset.params as object), publicShare: s } })),
    );
    const finals = results.map((r) => r.summary.final_debt_counterfactual as number);
    expect(finals[0]).toBe(results[0]!.summary.final_debt_actual);
    for (let i = 1; i < finals.length; i++) expect(finals[i]!).toBeLessThan(finals[i - 1]!);
  });

  it('passes a scenario error back with the field named', async () => {
    await expect(pool.run({ ...preset, params: { country: 'canada', publicShare: -1 } })).rejects.toThrow(
      /params\.publicShare: .*\(got -1\)/,
    );
  });

  it('cancels: an aborted run rejects with CancelledError and the pool keeps working', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(pool.run(preset, { signal: ac.signal })).rejects.toBeInstanceOf(CancelledError);
    const ac2 = new AbortController();
    const pending = pool.run(preset, { signal: ac2.signal });
    ac2.abort();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    const after = await pool.run(preset);
    expect(after.index.length).toBe(61);
  });
});
