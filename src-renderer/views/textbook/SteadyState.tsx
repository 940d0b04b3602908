/** The closed-form steady state beside where the run ended, so a reader sees how close it got. */
import { VARIABLE_NAMES, type TextbookResult } from '../../charts/textbook';
import { formatNumber } from '../../format';

const fmt = (v: number) =>
  Number.isFinite(v) ? formatNumber(v, { digits: 2, trim: true }) : 'none (grows without limit)';

export function SteadyState({ result }: { result: TextbookResult }) {
  const entries = Object.entries(result.extras.steadyState);
  if (!entries.length) return null;
  const last = result.index.length - 1;
  return (
    <section aria-label="Steady state">
      <h3>Steady state with the final period’s parameters</h3>
      <dl className="summary">
        {entries.map(([k, v]) => (
          <div key={k} className="card" data-testid={`steady-${k}`}>
            <dt>
              {k}, {VARIABLE_NAMES[k] ?? result.units[k]}
            </dt>
            <dd>
              {fmt(v)}{' '}
              <span className="muted small">
                (period {result.index[last]}: {fmt(result.columns[k]?.[last] ?? NaN)})
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
