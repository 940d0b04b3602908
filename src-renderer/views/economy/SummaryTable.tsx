/** Headline numbers of each scenario side by side (medians over its runs), to read what the panels show. */
import { median } from 'd3';
import type { ScenarioRun } from './useEconomyRuns';
import { fixed, percent } from '../../format';
import { reservesPayback, reservesPaybackSentence } from '../../../models/abm';

const pct = (v: number) => percent(v, 1);
const ROWS: readonly { key: string; label: string; format: (v: number) => string }[] = [
  { key: 'finalGovDebtToGdp', label: 'Government debt at the end, share of annual GDP', format: pct },
  {
    key: 'cumulativeInterestToPrivateCreditorsToFinalAnnualGdp',
    label: 'Interest paid to private creditors over the run, share of final annual GDP',
    format: pct,
  },
  {
    key: 'cumulativePublicInterestToPrivate',
    label:
      'Interest the public sector paid the private sector (bonds + reserves − advances), share of final annual GDP',
    format: pct,
  },
  {
    key: 'meanBondInterestToPrivateAfterBurnIn',
    label: 'Bond interest to private holders, share of GDP, mean after the burn-in',
    format: (v) => percent(v, 2),
  },
  {
    key: 'meanInterestOnReservesAfterBurnIn',
    label: 'Interest the public bank pays on reserves, share of GDP, mean after the burn-in',
    format: (v) => percent(v, 2),
  },
  { key: 'meanInflationAfterBurnIn', label: 'Inflation, mean after the burn-in', format: pct },
  { key: 'meanUnemploymentAfterBurnIn', label: 'Unemployment, mean after the burn-in', format: pct },
  { key: 'realGdpGrowthPerYear', label: 'Real GDP growth per year', format: pct },
  {
    key: 'meanGiniWealthAfterBurnIn',
    label: 'Wealth Gini, mean after the burn-in',
    format: (v) => fixed(v, 3),
  },
  { key: 'totalBankruptcies', label: 'Bankruptcies over the run', format: (v) => fixed(v, 0) },
];

const PAYBACK_KEYS = ['meanBondInterestToPrivateAfterBurnIn', 'meanInterestOnReservesAfterBurnIn'];
/** The keys the payback sentence reads, as medians over a scenario's runs (like the table). */
function paybackMedians(r: ScenarioRun): Record<string, number | undefined> {
  return Object.fromEntries(
    PAYBACK_KEYS.map((k) => [k, median(r.summaries.map((s) => Number(s[k])).filter(Number.isFinite))]),
  );
}

export function SummaryTable(props: { results: readonly ScenarioRun[] }) {
  const runs = props.results[0]?.seeds.length ?? 1;
  const base = props.results[0];
  return (
    <>
      {summaryTable(props, runs)}
      {base && props.results.length > 1 && (
        <div
          className="econ-payback small"
          data-testid="econ-payback"
          aria-label="Interest paid back on reserves"
        >
          {props.results.slice(1).map((r) => {
            const x = reservesPayback(paybackMedians(base), paybackMedians(r));
            return (
              <p key={r.slotId}>
                <span className="swatch" style={{ background: r.line.colour }} aria-hidden /> {r.line.label}{' '}
                against {base.line.label}:{' '}
                {x ? reservesPaybackSentence(x) : 'not computed (a summary is missing).'}
              </p>
            );
          })}
        </div>
      )}
    </>
  );
}

/** Headline rows, one column per scenario. */
function summaryTable(props: { results: readonly ScenarioRun[] }, runs: number) {
  return (
    <table className="econ-summary" data-testid="econ-summary">
      <caption>{runs > 1 ? `Medians over ${runs} runs per scenario` : 'One run per scenario'}</caption>
      <thead>
        <tr>
          <th scope="col" />
          {props.results.map((r) => (
            <th key={r.slotId} scope="col" title={r.line.name}>
              <span className="swatch" style={{ background: r.line.colour }} aria-hidden /> {r.line.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {props.results.map((r) => {
              const v = median(r.summaries.map((s) => Number(s[row.key])).filter(Number.isFinite));
              return <td key={r.slotId}>{v === undefined ? '—' : row.format(v)}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
