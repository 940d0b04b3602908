/**
 * The one text box for typed values (years, counts, numbers, formulas): it accepts every keystroke
 * and checks the text only on Enter or when the field loses focus, so typing 2010 over 2013 passes
 * through "2", "20", "201" without the field snapping back. A rejected text stays in the field with
 * the reason beside it (aria-invalid, aria-describedby); the value is unchanged. Escape restores it.
 */
import { useEffect, useState, type KeyboardEvent } from 'react';

export interface CommitFieldProps {
  id: string;
  /** The accepted value, as text. */
  value: string;
  /** Check and apply a typed text: null when accepted, else the problems to show. */
  onCommit: (text: string) => string[] | null;
  inputMode?: 'numeric' | 'decimal' | 'text';
  placeholder?: string;
  /** Ids of elements that describe the field (help text); the error is added to them. */
  describedBy?: string;
  ariaLabel?: string;
  className?: string;
}

export function CommitField(props: CommitFieldProps) {
  const { value, onCommit } = props;
  const [draft, setDraft] = useState(value);
  const [problems, setProblems] = useState<string[] | null>(null);

  // Undo, redo, a preset or an accepted commit changed the value: show it.
  useEffect(() => {
    setDraft(value);
    setProblems(null);
  }, [value]);

  const commit = () => {
    if (draft === value && !problems) return;
    setProblems(onCommit(draft.trim()));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && (draft !== value || problems)) {
      e.preventDefault();
      setDraft(value);
      setProblems(null);
    }
  };
  const errorId = `${props.id}-error`;
  const describedBy = [props.describedBy, problems ? errorId : null].filter(Boolean).join(' ');

  return (
    <>
      <input
        id={props.id}
        type="text"
        className={props.className}
        inputMode={props.inputMode ?? 'decimal'}
        spellCheck={false}
        autoComplete="off"
        value={draft}
        placeholder={props.placeholder}
        aria-label={props.ariaLabel}
        aria-invalid={problems ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {problems && (
        <ul className="field-error error" id={errorId} role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A whole number from min to max, or the reason it is not (naming the field). */
export function parseWhole(text: string, label: string, min: number, max: number): number | string {
  const v = text === '' ? Number.NaN : Number(text);
  if (!Number.isInteger(v) || v < min || v > max) {
    return `${label}: must be a whole number from ${min} to ${max}${text === '' ? '' : ` (got "${text}")`}`;
  }
  return v;
}
