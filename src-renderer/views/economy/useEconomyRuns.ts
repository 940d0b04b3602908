/**
 * Runs of the Economy workspace, started by the Run button: every scenario × every seed goes to the
 * worker pool at once (the pool queues what it cannot run yet), with one progress bar and one Cancel.
 * Results replace the charts only when every run is back; a cancel or an error keeps the last ones.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { fiscalStanceFrom, stanceMismatch, type AbmScenario } from '../../../models/abm';
import type { RunResult } from '../../../models/result';
import { economyLine, shortName, type AbmResult, type EconomyLine } from '../../charts/economy';
import { seriesColour, seriesDash } from '../../charts/palette';
import { CancelledError, modelPool } from '../../worker/pool';
import { seedsFor, uniqueLabels, type Slot } from './scenarios';

export interface ScenarioRun {
  slotId: string;
  scenario: AbmScenario;
  seeds: number[];
  line: EconomyLine;
  /** The run with the scenario's own seed, in full: its matrices, assumptions and sources. */
  first: AbmResult;
  summaries: RunResult['summary'][];
}

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface EconomyRuns {
  status: RunStatus;
  /** Fraction of all runs' quarters done, 0–1. */
  progress: number;
  total: number;
  message: string | null;
  results: ScenarioRun[] | null;
  /** runKey of the inputs behind `results`, so the view can say when they are out of date. */
  key: string | null;
  /** The results replay the first scenario's fiscal stance (programme spending and tax rates). */
  sameStance: boolean;
  ms: number | null;
}

export function runKey(slots: readonly Slot[], runs: number, sameStance = false): string {
  return JSON.stringify({ scenarios: slots.map((s) => s.scenario), runs, sameStance });
}

/** Progress reaches React at most this often: 200 runs each reporting every 20 quarters would flood it. */
const PROGRESS_MS = 100;

export function useEconomyRuns() {
  const [state, setState] = useState<EconomyRuns>({
    status: 'idle',
    progress: 0,
    total: 0,
    message: null,
    results: null,
    key: null,
    sameStance: false,
    ms: null,
  });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback((slots: readonly Slot[], runs: number, sameStance = false) => {
    controller.current?.abort();
    const ac = new AbortController();
    controller.current = ac;
    const jobs = slots.flatMap((slot) => seedsFor(slot.scenario.seed, runs).map((seed) => ({ slot, seed })));
    const fractions = new Float64Array(jobs.length);
    const started = performance.now();
    setState((s) => ({ ...s, status: 'running', progress: 0, total: jobs.length, message: null }));
    const timer = setInterval(() => {
      const done = fractions.reduce((a, b) => a + b, 0) / jobs.length;
      setState((s) => (s.status === 'running' ? { ...s, progress: done } : s));
    }, PROGRESS_MS);
    const pool = modelPool();
    const runJob = (i: number, scenario: AbmScenario): Promise<AbmResult> => {
      const { slot, seed } = jobs[i]!;
      return pool.run(scenario, { signal: ac.signal, onProgress: (f) => (fractions[i] = f) }).then(
        (r) => {
          fractions[i] = 1;
          return r as AbmResult;
        },
        (e: unknown) => {
          // Name the scenario and seed, so the failing run can be reproduced alone.
          if (!(e instanceof CancelledError) && e instanceof Error) {
            e.message = `${shortName(slot.scenario.name ?? 'scenario')}, seed ${seed}: ${e.message}`;
          }
          throw e;
        },
      );
    };
    const own = (i: number) => ({ ...jobs[i]!.slot.scenario, seed: jobs[i]!.seed });
    const replay = sameStance && slots.length > 1;
    const mismatch = replay
      ? slots
          .slice(1)
          .map((s) => stanceMismatch(slots[0]!.scenario, s.scenario))
          .find((m) => m !== null)
      : undefined;
    // Same fiscal stance: the first scenario runs first; every other run then replays the
    // programme spending and the tax rates in force, quarter by quarter, of the first scenario's
    // run with the same seed.
    const all: Promise<AbmResult[]> = mismatch
      ? Promise.reject(new Error(`Same fiscal stance: ${mismatch}.`))
      : replay
        ? Promise.all(jobs.slice(0, runs).map((_, i) => runJob(i, own(i)))).then((firsts) =>
            Promise.all(
              jobs.slice(runs).map((_, k) => {
                const i = runs + k;
                const stance = fiscalStanceFrom(own(k % runs), firsts[k % runs]!.columns);
                return runJob(i, { ...own(i), fiscalStance: stance });
              }),
            ).then((rest) => [...firsts, ...rest]),
          )
        : Promise.all(jobs.map((_, i) => runJob(i, own(i))));
    all
      .then(
        (results) => {
          if (ac.signal.aborted) return;
          const names = slots.map((slot) => slot.scenario.name ?? slot.origin.label);
          const labels = uniqueLabels(names.map(shortName));
          const out = slots.map((slot, k) => {
            const mine = results.slice(k * runs, (k + 1) * runs);
            const name = names[k]!;
            return {
              slotId: slot.id,
              scenario: slot.scenario,
              seeds: seedsFor(slot.scenario.seed, runs),
              first: mine[0]!,
              summaries: mine.map((r) => r.summary),
              line: economyLine(mine, {
                id: slot.id,
                label: labels[k]!,
                name,
                colour: seriesColour(slot.colour),
                dash: seriesDash(slot.colour),
              }),
            };
          });
          setState({
            status: 'done',
            progress: 1,
            total: jobs.length,
            message: null,
            results: out,
            key: runKey(slots, runs, replay),
            sameStance: replay,
            ms: performance.now() - started,
          });
        },
        (e: unknown) => {
          if (controller.current === ac && !(e instanceof CancelledError)) {
            ac.abort(); // stop the other runs: their results could not be shown anyway
            setState((s) => ({ ...s, status: 'error', message: (e as Error).message }));
          } else if (controller.current === ac) {
            setState((s) => ({ ...s, status: 'cancelled', message: null }));
          }
        },
      )
      .finally(() => clearInterval(timer));
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { ...state, start, cancel };
}
