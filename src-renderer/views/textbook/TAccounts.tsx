/**
 * What happened in one period, in words and in T-accounts: the numbered postings with their
 * plain-words explanations, then each sector's assets and liabilities, line by line, each line
 * pointing back to the posting that caused it.
 */
import { postingsOf } from '../../../models/textbook/postingTable';
import type { TextbookExtras, TextbookPeriod } from '../../../models/textbook/types';
import { buildTAccounts, type TAccount, type TLine } from './tAccounts';
import { signed } from '../../format';

const signedAmount = (v: number) => signed(v, 2);

export function PeriodStory(props: { extras: TextbookExtras; period: TextbookPeriod }) {
  const accounts = buildTAccounts(props.extras, props.period);
  return (
    <div className="period-story">
      <ol className="postings" data-testid="postings">
        {postingsOf(props.extras.postings, props.period.period).map((p, k) => (
          <li key={k}>
            <strong>{p.row}.</strong> {p.explanation}
          </li>
        ))}
      </ol>
      <div className="t-accounts">
        {accounts.map((a) => (
          <TAccountView key={a.sector.id} account={a} />
        ))}
      </div>
    </div>
  );
}

/** `levels`: the account shows holdings (a balance sheet), not one period's changes. */
export function TAccountView({ account: a, levels = false }: { account: TAccount; levels?: boolean }) {
  const nwLabel = levels ? 'net worth' : 'net worth (saving)';
  const total = levels ? 'Total' : 'Change';
  return (
    <table className="t-account" data-testid={`t-account-${a.sector.id}`}>
      <caption>{a.sector.label}</caption>
      <thead>
        <tr>
          <th scope="col">Assets</th>
          <th scope="col">Liabilities and net worth</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>
            <Lines lines={a.assets} empty={levels ? 'nothing' : 'no change'} />
          </td>
          <td>
            <Lines
              lines={a.liabilities}
              quiet={Math.abs(a.netWorthChange) > 1e-9}
              empty={levels ? 'nothing' : 'no change'}
            />
            {Math.abs(a.netWorthChange) > 1e-9 && (
              <div
                className="t-line"
                title="Income minus spending (plus real assets acquired): what the sector saved"
              >
                <span className="amount">{signedAmount(a.netWorthChange)}</span>
                <span>{nwLabel}</span>
              </div>
            )}
          </td>
        </tr>
      </tbody>
      <tfoot>
        <tr>
          <td>
            {total} {signedAmount(a.assetsChange)}
          </td>
          <td>
            {total} {signedAmount(a.liabilitiesChange + a.netWorthChange)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** `quiet`: another line follows in the same cell (net worth), so an empty list says nothing. */
function Lines({
  lines,
  quiet = false,
  empty = 'no change',
}: {
  lines: TLine[];
  quiet?: boolean;
  empty?: string;
}) {
  if (!lines.length) return quiet ? null : <span className="muted">{empty}</span>;
  return (
    <>
      {lines.map((l, i) => (
        <div key={i} className="t-line" title={`${l.posting}. ${l.row}`}>
          <span className="amount">{signedAmount(l.amount)}</span>
          <span>
            {l.instrument} {l.posting > 0 && <span className="muted">({l.posting})</span>}
          </span>
        </div>
      ))}
    </>
  );
}
