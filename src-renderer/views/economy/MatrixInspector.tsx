/**
 * Any period's sector balance sheet and transactions-flow matrix of one scenario (its own seed's run),
 * with the verdict of the invariants the model checked in that period.
 */
import { useMemo, useState } from 'react';
import type { Matrix } from '../../../models/accounting';
import type { AbmResult } from '../../charts/economy';
import { MatrixTable } from '../textbook/MatrixTable';
import type { ScenarioRun } from './useEconomyRuns';

type Stored = AbmResult['extras']['balanceSheet'];

// The model's amounts are in currency units (COLUMN_UNITS): a scaled table says so, so
// "millions" is never read as millions of dollars.
const SCALES = [
  { k: 1e9, word: 'billions of currency units' },
  { k: 1e6, word: 'millions of currency units' },
  { k: 1e3, word: 'thousands of currency units' },
];

/** One period of a stored matrix, with the Σ column MatrixTable expects, in a readable unit. */
export function periodMatrix(m: Stored, period: number): { matrix: Matrix; unit: string } {
  const nR = m.rows.length;
  const nC = m.columns.length;
  const at = (period - 1) * nR * nC;
  let largest = 0;
  for (let i = 0; i < nR * nC; i++) largest = Math.max(largest, Math.abs(m.data[at + i]!));
  const scale = SCALES.find((s) => largest >= 10 * s.k) ?? { k: 1, word: 'currency units' };
  const values = new Float64Array(nR * (nC + 1));
  for (let r = 0; r < nR; r++) {
    let sum = 0;
    for (let c = 0; c < nC; c++) {
      const v = m.data[at + r * nC + c]! / scale.k;
      values[r * (nC + 1) + c] = v;
      sum += v;
    }
    values[r * (nC + 1) + nC] = sum;
  }
  return { matrix: { rows: m.rows, columns: [...m.columns, 'Σ'], values }, unit: scale.word };
}

export function MatrixInspector(props: { results: readonly ScenarioRun[] }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const run = props.results.find((r) => r.slotId === chosen) ?? props.results[0]!;
  const last = run.first.index.length;
  const [wanted, setPeriod] = useState(last);
  const period = Math.min(Math.max(1, wanted), last);
  const ex = run.first.extras;
  const bs = useMemo(() => periodMatrix(ex.balanceSheet, period), [ex, period]);
  const tf = useMemo(() => periodMatrix(ex.transactionsFlow, period), [ex, period]);
  const passed = ex.invariants.passed[period - 1] === 1;
  const error = ex.invariants.maxRelativeError[period - 1]!;

  return (
    <section className="matrix-inspector" aria-label="Balance sheets and flows by period">
      <header className="stepper">
        <h3>Balance sheets and flows</h3>
        <label className="control inline" htmlFor="econ-matrix-scenario">
          <span className="control-label">Scenario</span>
          <select
            id="econ-matrix-scenario"
            value={run.slotId}
            onChange={(e) => setChosen(e.currentTarget.value)}
          >
            {props.results.map((r) => (
              <option key={r.slotId} value={r.slotId}>
                {r.line.label}
              </option>
            ))}
          </select>
        </label>
        <input
          id="econ-period"
          type="range"
          min={1}
          max={last}
          step={1}
          value={period}
          aria-label="Quarter"
          onChange={(e) => setPeriod(Number(e.currentTarget.value))}
        />
        <output htmlFor="econ-period" data-testid="econ-period-shown">
          Quarter {period} of {last}
        </output>
      </header>
      <p className="muted small">
        The run with seed {run.seeds[0]}
        {run.seeds.length > 1 ? ' (the first of the Monte Carlo runs)' : ''}; amounts in {bs.unit}.
      </p>
      <div className="matrices">
        <div className="matrix-wrap">
          <MatrixTable
            matrix={bs.matrix}
            caption={`Balance sheets at the end of quarter ${period}, ${bs.unit} (+ assets, − liabilities)`}
            testId="econ-balance-sheet"
          />
        </div>
        <div className="matrix-wrap wide">
          <MatrixTable
            matrix={tf.matrix}
            caption={`Transactions-flow matrix, quarter ${period}, ${tf.unit} (+ sources, − uses of funds)`}
            testId="econ-transactions-flow"
          />
        </div>
      </div>
      <p
        className={passed ? 'verdict ok' : 'verdict error'}
        data-testid="econ-verdict"
        title={ex.invariants.checks.join('; ')}
      >
        {passed ? '✓ Every invariant held' : '✗ An invariant failed'} in quarter {period}: largest relative
        error {error === 0 ? '0' : error.toExponential(1)}.{' '}
        <span className="muted small">Checks: {ex.invariants.checks.join('; ')}.</span>
      </p>
    </section>
  );
}
