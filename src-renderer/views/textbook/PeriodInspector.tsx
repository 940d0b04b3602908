/**
 * Step mode: one period at a time (back, forward, or a slider), showing that period's balance
 * sheet and transactions-flow matrix with the validator's verdict, what happened in words and
 * T-accounts, and who paid whom.
 */
import { useCallback, useMemo, useState } from 'react';
import { NET_WORTH_ROW } from '../../../models/accounting';
import { drawSankey, paymentFlows } from '../../charts/sankey';
import type { TextbookResult } from '../../charts/textbook';
import { SvgHost } from '../common/SvgHost';
import { MatrixTable } from './MatrixTable';
import { PeriodStory } from './TAccounts';

export function waterTightLine(maxError: number): string {
  return `water-tight: every row and column sums to zero, largest error ${maxError === 0 ? '0' : maxError.toExponential(0)}`;
}

export function PeriodInspector(props: {
  result: TextbookResult;
  period: number;
  onPeriod: (p: number) => void;
}) {
  const { result, period, onPeriod } = props;
  const extras = result.extras;
  const last = extras.periods.length;
  const p = extras.periods[period - 1]!;
  const [financial, setFinancial] = useState(false);
  const tangible = extras.instruments.filter((i) => i.kind === 'tangible').map((i) => i.label);
  const unbalanced = new Set(tangible.length ? [...tangible, NET_WORTH_ROW] : []);
  const drawFlows = useCallback(
    (doc: Document, size: { width: number; height: number }) =>
      drawSankey(doc, p.transactionsFlow, size, { financial, title: `Who paid whom in period ${period}` }),
    [p, financial, period],
  );
  // The same flows as the picture, one row each, for the keyboard and the "Show data" table.
  const flowsData = useMemo(() => {
    const flows = paymentFlows(p.transactionsFlow, { financial });
    return {
      label: `Who paid whom in period ${period}`,
      indexName: 'Payment',
      rows: flows.length,
      rowName: (i: number) => `${flows[i]!.row}: ${flows[i]!.from} → ${flows[i]!.to}`,
      columns: [{ id: 'amount', label: 'Amount', values: flows.map((f) => f.amount) }],
      format: (v: number) => v.toFixed(2),
      unit: 'money units',
    };
  }, [p, financial, period]);

  return (
    <section className="period-inspector" aria-label="Step through the periods">
      <header className="stepper">
        <h3>Period by period</h3>
        <button
          type="button"
          onClick={() => onPeriod(period - 1)}
          disabled={period <= 1}
          title="The previous period"
        >
          ◀ Back
        </button>
        <input
          id="tb-period"
          type="range"
          min={1}
          max={last}
          step={1}
          value={period}
          aria-label="Period"
          onChange={(e) => onPeriod(Number(e.currentTarget.value))}
        />
        <button
          type="button"
          onClick={() => onPeriod(period + 1)}
          disabled={period >= last}
          title="The next period"
        >
          Next ▶
        </button>
        <output htmlFor="tb-period" data-testid="period-shown">
          Period {period} of {last}
        </output>
      </header>
      <div className="matrices">
        <div className="matrix-wrap">
          <MatrixTable
            matrix={p.balanceSheet}
            caption={`Balance sheet at the end of period ${period} (+ assets, − liabilities)`}
            testId="balance-sheet"
            unbalancedRows={unbalanced}
          />
        </div>
        <div className="matrix-wrap">
          <MatrixTable
            matrix={p.transactionsFlow}
            caption={`Transactions-flow matrix, period ${period} (+ sources, − uses of funds)`}
            testId="transactions-flow"
          />
        </div>
      </div>
      {tangible.length > 0 && (
        <p className="muted small">
          {tangible.join(', ')} is a real asset: nobody owes it, so its row does not sum to zero; the net
          worth it represents does, and the two rows cancel in Σ.
        </p>
      )}
      <p
        className={p.verdict.ok ? 'verdict ok' : 'verdict error'}
        data-testid="verdict"
        title={p.verdict.message}
      >
        {p.verdict.ok ? '✓ ' : '✗ '}
        {waterTightLine(p.verdict.maxError)}
        <span className="muted small">
          {' '}
          ({p.verdict.checksRun} checks: both matrices, net worth, stocks rebuilt from the postings)
        </span>
      </p>
      <h3>What happened in period {period}, and why</h3>
      <PeriodStory extras={extras} period={p} />
      <div className="panel-header">
        <h3>Who paid whom in period {period}</h3>
        <label
          className="inline-check"
          title="Also draw the saving row and the changes in assets and liabilities: who financed whom"
        >
          <input
            type="checkbox"
            checked={financial}
            onChange={(e) => setFinancial(e.currentTarget.checked)}
          />{' '}
          include financing (Δ rows)
        </label>
      </div>
      <SvgHost draw={drawFlows} height={360} testId="sankey" data={flowsData} />
    </section>
  );
}
