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
  // Beside each other, as in the panels: the government's interest to private holders and the whole
  // public sector's (the interest-diagram figures, averaged the same way).
  {
    key: 'meanGovInterestToPrivateAfterBurnIn',
    label: 'Government interest to private creditors, mean after the burn-in, share of GDP',
    format: (v) => percent(v, 3),
  },
  {
    key: 'meanPublicInterestToPrivateAfterBurnIn',
    label: 'Public interest to private (bonds + reserves − advances), mean after the burn-in, share of GDP',
    format: (v) => percent(v, 3),
  },
  {
    key: 'meanInterestOnReservesAfterBurnIn',
    label: 'Interest the public bank pays on reserves, mean after the burn-in, share of GDP',
    format: (v) => percent(v, 3),
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

const PAYBACK_KEYS = ['meanGovInterestToPrivateAfterBurnIn', 'meanInterestOnReservesAfterBurnIn'];
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
          <tr key={row.key} data-key={row.key}>
            <th scope="row">{row.label}</th>
            {props.results.map((r) => {
              const v = med(r, row.key);
              return <td key={r.slotId}>{v === undefined ? '—' : row.format(v)}</td>;
            })}
          </tr>
        ))}
        {props.results.length > 1 && (
          <tr data-key="reservesPayBack">
            <th scope="row">
              Of the interest the government saves on bonds against {props.results[0]!.line.label}, the share
              the public bank pays back as extra interest on reserves (means after the burn-in)
            </th>
            {props.results.map((r, k) => {
              const pb = k === 0 ? null : payBack(props.results[0]!, r);
              return <td key={r.slotId}>{pb === null ? '—' : pb}</td>;
            })}
          </tr>
        )}
      </tbody>
    </table>
  );
}

function med(r: ScenarioRun, key: string): number | undefined {
  return median(r.summaries.map((s) => Number(s[key])).filter(Number.isFinite));
}

/**
 * (extra interest on reserves) ÷ (interest saved on bonds), against the first scenario: the part of
 * the saving the public sector pays back to banks on the reserves its financing created.
 */
export function payBack(base: ScenarioRun, r: ScenarioRun): string | null {
  const x = reservesPayback(paybackMedians(base), paybackMedians(r));
  if (x === null) return null;
  if (x.paidBackShare === null) return 'no saving';
  return `${percent(x.paidBackShare, 0)} of a saving of ${percent(x.bondInterestFall, 2)} of GDP`;
}
