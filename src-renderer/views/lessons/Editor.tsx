/**
 * A teacher's copy of a lesson, edited in place: its title, each step's title and text, and the
 * amounts of its transactions. Every edit is checked as a file would be; until the lesson balances
 * again the problems are listed (naming the step) and the last balanced version stays on screen.
 */
import type { LessonInput } from '../../../models/lessons';

export type Edit = (mutate: (draft: LessonInput) => void, key: string) => void;

export function Editor(props: {
  draft: LessonInput;
  step: number;
  onEdit: Edit;
  /** The draft's problems, repeated beside the fields being edited. */
  problems: string[] | null;
}) {
  const { draft, step } = props;
  const s = draft.steps[step];
  if (!s) return null;
  const sectorLabel = (id: string) => draft.sectors.find((x) => x.id === id)?.label ?? id;
  const instrumentLabel = (id: string) => draft.instruments.find((x) => x.id === id)?.label ?? id;
  return (
    <div className="lesson-editor" data-testid="lesson-editor">
      <h3>Edit your copy</h3>
      {props.problems && (
        <ul className="editor-problems" role="alert">
          {props.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <label>
        Lesson title
        <input
          type="text"
          value={draft.title}
          onChange={(e) => props.onEdit((d) => void (d.title = e.target.value), 'title')}
        />
      </label>
      <label>
        Step {step + 1} title
        <input
          type="text"
          value={s.title}
          onChange={(e) =>
            props.onEdit((d) => void (d.steps[step]!.title = e.target.value), `s${step}.title`)
          }
        />
      </label>
      <label>
        Step {step + 1} text (plain text)
        <textarea
          rows={6}
          value={s.text}
          onChange={(e) => props.onEdit((d) => void (d.steps[step]!.text = e.target.value), `s${step}.text`)}
        />
      </label>
      {(s.transactions ?? []).map((t, j) => (
        <fieldset key={j} className="transaction-editor">
          <legend>
            <input
              type="text"
              aria-label={`Transaction ${j + 1} label`}
              value={t.label}
              onChange={(e) =>
                props.onEdit(
                  (d) => void (d.steps[step]!.transactions![j]!.label = e.target.value),
                  `s${step}.t${j}.label`,
                )
              }
            />
          </legend>
          <table>
            <tbody>
              {t.entries.map((e, k) => (
                <tr key={k}>
                  <td>{sectorLabel(e.sector)}</td>
                  <td>{instrumentLabel(e.instrument)}</td>
                  <td>
                    <input
                      type="number"
                      step="any"
                      aria-label={`${sectorLabel(e.sector)} ${instrumentLabel(e.instrument)} amount`}
                      value={Number.isFinite(e.amount) ? e.amount : ''}
                      onChange={(ev) =>
                        props.onEdit(
                          (d) =>
                            void (d.steps[step]!.transactions![j]!.entries[k]!.amount =
                              ev.target.value === '' ? Number.NaN : Number(ev.target.value)),
                          `s${step}.t${j}.e${k}`,
                        )
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
      ))}
      <p className="muted">
        + is an asset or a rise in net worth, − a liability (or a fall in net worth). Each transaction must
        sum to zero along every row, and each sector&apos;s entries must match its change in net worth.
      </p>
    </div>
  );
}
