/**
 * The report card of the scenario in view, computed in the model workers: one task per seed (its
 * run and its twin with the policy rate 2 points higher, measured in the worker) and one per
 * robustness draw, all queued at once on the shared pool, with one progress bar and one Cancel.
 * A cancel or an error keeps the last card.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AbmScenario } from '../../../models/abm';
import {
  computeReportCard,
  planValidation,
  type ReportCard,
  type ValidationPlan,
} from '../../../models/abm/validation';
import { CancelledError, modelPool } from '../../worker/pool';

export type CardStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface CardState {
  status: CardStatus;
  /** Fraction of the work done, 0–1 (a seed weighs two full runs, a draw a small one). */
  progress: number;
  tasks: number;
  message: string | null;
  card: ReportCard | null;
  /** The scenario `card` was computed for (as validated: at least 400 quarters). */
  scenario: AbmScenario | null;
  /** What `card` was computed for, so the view can say when the scenario has changed since. */
  key: string | null;
  ms: number | null;
}

export const cardKey = (scenario: AbmScenario, seeds: number, draws: number) =>
  JSON.stringify({ scenario, seeds, draws });

const PROGRESS_MS = 100;
/** A draw runs at a tenth of the default scale, so it weighs about a twentieth of a seed's two runs. */
const DRAW_WEIGHT = 0.05;

export function useReportCard() {
  const [state, setState] = useState<CardState>({
    status: 'idle',
    progress: 0,
    tasks: 0,
    message: null,
    card: null,
    scenario: null,
    key: null,
    ms: null,
  });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback((scenario: AbmScenario, seeds: number, draws: number) => {
    controller.current?.abort();
    const ac = new AbortController();
    controller.current = ac;
    let plan: ValidationPlan;
    try {
      plan = planValidation(scenario, seeds);
    } catch (e) {
      setState((s) => ({ ...s, status: 'error', message: (e as Error).message }));
      return;
    }
    const seedDone = new Float64Array(seeds);
    let drawsDone = 0;
    const total = seeds + DRAW_WEIGHT * draws;
    const started = performance.now();
    setState((s) => ({ ...s, status: 'running', progress: 0, tasks: seeds + draws, message: null }));
    const timer = setInterval(() => {
      const done = (seedDone.reduce((a, b) => a + b, 0) + DRAW_WEIGHT * drawsDone) / total;
      setState((s) => (s.status === 'running' ? { ...s, progress: done } : s));
    }, PROGRESS_MS);
    const pool = modelPool();
    const options = { signal: ac.signal };
    computeReportCard(
      plan,
      draws,
      (seed) => {
        const i = seed - plan.seeds[0]!;
        return pool
          .validateSeed(plan, seed, { ...options, onProgress: (f) => (seedDone[i] = f) })
          .then((o) => ((seedDone[i] = 1), o));
      },
      (draw) => pool.validateDraw(draw, options).then((v) => (drawsDone++, v)),
    )
      .then(
        (card) => {
          if (ac.signal.aborted) return;
          setState({
            status: 'done',
            progress: 1,
            tasks: seeds + draws,
            message: null,
            card,
            scenario: plan.scenario,
            key: cardKey(scenario, seeds, draws),
            ms: performance.now() - started,
          });
        },
        (e: unknown) => {
          if (controller.current !== ac) return;
          if (e instanceof CancelledError) setState((s) => ({ ...s, status: 'cancelled', message: null }));
          else {
            ac.abort(); // the other tasks' answers could not make a card any more
            setState((s) => ({ ...s, status: 'error', message: (e as Error).message }));
          }
        },
      )
      .finally(() => clearInterval(timer));
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { ...state, start, cancel };
}
