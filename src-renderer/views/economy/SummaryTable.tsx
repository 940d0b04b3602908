/** Headline numbers of each scenario side by side (medians over its runs), to read what the panels show. */
import { median } from 'd3';
import type { ScenarioRun } from './useEconomyRuns';
import { fixed, percent } from '../../format';

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
  { key: 'meanInflationAfterBurnIn', label: 'Inflation, mean after the burn-in', format: pct },
  { key: 'meanUnemploymentAfterBurnIn', label: 'Unemployment, mean after the burn-in', format: pct },
  { key: 'realGdpGrowthPerYear', label: 'Real GDP growth per year', format: pct },
  {
    key: 'meanGiniWealthAfterBurnIn',
    label: 'Wealth Gini, mean after the burn-in',
    format: (v) => fixed(v, 3),
  },
  { key: 'totalBankruptcies', label: 'Bankruptcies over the run', format: (v) => fixed(v, 0) },
  {
    key: 'meanProgrammeSpendingToGdpAfterBurnIn',
    label: 'Programme spending (public wages + purchases), share of GDP after the burn-in',
    format: pct,
  },
  {
    key: 'meanPrimaryBalanceToGdpAfterBurnIn',
    label: 'Primary balance (before interest), share of GDP after the burn-in',
    format: pct,
  },
];

export function SummaryTable(props: { results: readonly ScenarioRun[] }) {
  const runs = props.results[0]?.seeds.length ?? 1;
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
