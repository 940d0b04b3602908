/**
 * One step of a lesson, as the class sees it: the plain-words text, the prediction (before the
 * reveal), then per world the T-accounts of the sectors involved and the balance-sheet matrix with
 * the change highlighted, and the running money stock with what created it. Text is rendered as
 * React text nodes only: a lesson file's markup shows as characters and never runs.
 */
import { useMemo } from 'react';
import type { LessonRun } from '../../../models/lessons';
import { MatrixTable } from '../textbook/MatrixTable';
import { TAccountView } from '../textbook/TAccounts';
import {
  accountLabel,
  changedCells,
  directionOf,
  levelsAccount,
  money,
  postingTableOf,
  stepAccounts,
  withConsolidated,
  type Direction,
} from './model';

export interface Guess {
  sector: string;
  instrument: string;
  direction: 'up' | 'down';
}

export function LessonStep(props: {
  run: LessonRun;
  step: number;
  /** False while a prediction is asked: the accounts stay hidden until the reveal. */
  revealed: boolean;
  guess: Guess | null;
  onGuess?: (g: Guess) => void;
  onReveal?: () => void;
  /** The handout prints the matrix too but no buttons. */
  print?: boolean;
}) {
  const { run, step } = props;
  const lesson = run.lesson;
  const s = lesson.steps[step]!;
  const tables = useMemo(() => run.variants.map(postingTableOf), [run]);
  const hidden = !!s.predict && !props.revealed;
  return (
    <article className="lesson-step" data-testid="lesson-step" data-step={step}>
      <h3 className="lesson-step-title">{s.title}</h3>
      <p className="lesson-text" data-testid="lesson-text">
        {s.text}
      </p>
      {s.predict && (
        <Prediction
          run={run}
          step={step}
          revealed={props.revealed}
          guess={props.guess}
          onGuess={props.onGuess}
          onReveal={props.onReveal}
          print={props.print}
        />
      )}
      {!hidden && (
        <div className={`lesson-worlds n${run.variants.length}`} key={step}>
          {run.variants.map((v, k) => {
            const r = v.steps[step]!;
            const accounts = stepAccounts(v, tables[k]!, step);
            const group = s.consolidate;
            return (
              <section
                key={v.id || 'one'}
                className="lesson-world"
                data-testid={`world-${v.id || 'one'}`}
                aria-label={v.title || 'Accounts'}
              >
                {v.title && <h4 className="world-title">{v.title}</h4>}
                <div className="lesson-accounts">
                  {group
                    ? [
                        ...group.sectors.map((id) => {
                          const sector = v.sectors.find((x) => x.id === id)!;
                          return (
                            <TAccountView key={id} levels account={levelsAccount(v, r.after, sector, [id])} />
                          );
                        }),
                        <TAccountView
                          key="group"
                          levels
                          account={levelsAccount(
                            v,
                            r.after,
                            { id: 'consolidated', label: group.label, name: group.label },
                            group.sectors,
                          )}
                        />,
                      ]
                    : accounts.map((a) => <TAccountView key={a.sector.id} account={a} />)}
                  {!group && accounts.length === 0 && (
                    <p className="muted">No transactions in this step: nothing moves.</p>
                  )}
                </div>
                {r.postings.length > 0 && (
                  <details className="lesson-postings" open={run.variants.length === 1 || props.print}>
                    <summary>In words</summary>
                    <ol>
                      {r.postings.map((p, i) => (
                        <li key={i}>{p.explanation}.</li>
                      ))}
                    </ol>
                  </details>
                )}
                <MoneyStock
                  print={props.print}
                  label={lesson.money.label}
                  before={r.moneyBefore}
                  after={r.moneyAfter}
                  opening={v.openingMoney}
                  changes={r.moneyChanges.map((c) => ({ ...c, title: lesson.steps[c.step]!.title }))}
                />
              </section>
            );
          })}
        </div>
      )}
      {!hidden && (
        <div className={`lesson-matrices n${run.variants.length}`}>
          {run.variants.map((v) => {
            const r = v.steps[step]!;
            const group = s.consolidate;
            const matrix = group
              ? withConsolidated(
                  r.after,
                  group.label,
                  group.sectors.map((id) => v.sectors.find((x) => x.id === id)!.label),
                )
              : r.after;
            return (
              <div className="matrix-scroll" key={v.id || 'one'}>
                <MatrixTable
                  matrix={matrix}
                  caption={`${v.title ? `${v.title}: b` : 'B'}alance sheet after step ${step + 1} (+ asset, − liability; the net-worth row is −net worth, so every column sums to 0)`}
                  testId={`lesson-bs-${v.id || 'one'}`}
                  changed={group ? undefined : changedCells(r.before, r.after)}
                />
              </div>
            );
          })}
        </div>
      )}
    </article>
  );
}

function MoneyStock(props: {
  print?: boolean;
  label: string;
  before: number;
  after: number;
  opening: number;
  changes: { step: number; title: string; label: string; amount: number }[];
}) {
  const delta = props.after - props.before;
  return (
    <div className="money-stock" data-testid="money-stock">
      <div className="money-now">
        <span className="money-label">{props.label}</span>{' '}
        <strong data-testid="money-value" data-value={props.after}>
          {money(props.after)}
        </strong>{' '}
        {Math.abs(delta) > 1e-9 ? (
          <span className={delta > 0 ? 'money-up' : 'money-down'}>({money(delta, true)} in this step)</span>
        ) : (
          <span className="muted">(unchanged in this step)</span>
        )}
      </div>
      <details className="money-sources" open={props.print}>
        <summary>What created it</summary>
        <ul>
          {props.opening !== 0 && <li>At the start: {money(props.opening)}</li>}
          {props.changes.map((c, i) => (
            <li key={i}>
              Step {c.step + 1}, {c.label}: {money(c.amount, true)}
            </li>
          ))}
          {props.changes.length === 0 && props.opening === 0 && <li>Nothing yet.</li>}
        </ul>
      </details>
    </div>
  );
}

const ARROW: Record<Direction, string> = { up: '↑ up', down: '↓ down', none: 'does not move' };

function Prediction(props: {
  run: LessonRun;
  step: number;
  revealed: boolean;
  guess: Guess | null;
  onGuess?: (g: Guess) => void;
  onReveal?: () => void;
  print?: boolean;
}) {
  const lesson = props.run.lesson;
  const p = lesson.steps[props.step]!.predict!;
  const variants = props.run.variants.map((v) => v.id);
  return (
    <div className="prediction" data-testid="prediction">
      <p className="prediction-prompt">
        <strong>Predict first:</strong> {p.prompt}
      </p>
      <ul className="prediction-options">
        {p.options.map((o) => {
          const label = accountLabel(lesson, o.sector, o.instrument);
          const actual = variants.map((v) => directionOf(lesson, props.step, o.sector, o.instrument, v));
          const picked = props.guess?.sector === o.sector && props.guess.instrument === o.instrument;
          const right = picked && actual.includes(props.guess!.direction);
          return (
            <li
              key={label}
              className={props.revealed ? (actual.some((d) => d !== 'none') ? 'moves' : 'still') : undefined}
            >
              <span className="option-label">{label}</span>
              {!props.revealed && !props.print && (
                <span className="option-buttons">
                  {(['up', 'down'] as const).map((d) => (
                    <button
                      key={d}
                      type="button"
                      aria-pressed={picked && props.guess?.direction === d}
                      onClick={() =>
                        props.onGuess?.({ sector: o.sector, instrument: o.instrument, direction: d })
                      }
                      title={`Predict: ${label} goes ${d}`}
                    >
                      {d === 'up' ? '↑' : '↓'}
                    </button>
                  ))}
                </span>
              )}
              {props.revealed && (
                <span className="option-answer" data-testid="prediction-answer">
                  {actual
                    .map((d, k) =>
                      variants.length > 1 ? `${props.run.variants[k]!.title}: ${ARROW[d]}` : ARROW[d],
                    )
                    .join(' · ')}
                  {picked && (
                    <span className={right ? 'verdict-right' : 'verdict-wrong'}>
                      {right ? ' ✓ your prediction was right' : ` ✗ you predicted ${props.guess!.direction}`}
                    </span>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {!props.revealed && !props.print && (
        <button type="button" className="reveal-button" onClick={props.onReveal} title="Show the answer (→)">
          Reveal
        </button>
      )}
    </div>
  );
}
