/**
 * One editable value of a scenario: a text field that takes a number (or, where the model allows, a
 * formula), a choice or a switch. What the user types stays in the field even when it is rejected,
 * with the schema's reason under it; the scenario only ever holds accepted values.
 */
import { useEffect, useState } from 'react';
import { CommitField } from '../common/CommitField';
import { parseFieldText, type FieldKind } from './scenarios';

export interface FieldProps {
  id: string;
  label: string;
  unit: string;
  help: string;
  kind: FieldKind;
  value: unknown;
  options?: readonly { value: string; label: string; title?: string }[];
  /** Try a value: null when accepted, else the problems to show. */
  onTry: (value: unknown) => string[] | null;
  /** Why the value has no effect with the other settings; the field stays editable, dimmed. */
  inactive?: string;
}

export function ParamField(props: FieldProps) {
  const { value } = props;
  const [problems, setProblems] = useState<string[] | null>(null);

  useEffect(() => setProblems(null), [value]);

  const tryValue = (v: unknown) => setProblems(props.onTry(v));
  const title = `${props.help}${props.kind === 'formula' ? ' Accepts a number or a formula.' : ''}`;
  const errorId = `${props.id}-error`;

  let input;
  if (props.kind === 'switch') {
    input = (
      <input
        id={props.id}
        type="checkbox"
        checked={value === true}
        onChange={(e) => tryValue(e.currentTarget.checked)}
      />
    );
  } else if (props.kind === 'choice') {
    input = (
      <select id={props.id} value={String(value)} onChange={(e) => tryValue(e.currentTarget.value)}>
        {(props.options ?? []).map((o) => (
          <option key={o.value} value={o.value} title={o.title}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else {
    input = (
      <CommitField
        id={props.id}
        value={String(value)}
        inputMode={props.kind === 'number' ? 'decimal' : 'text'}
        placeholder={props.kind === 'formula' ? 'number or formula' : 'number'}
        onCommit={(text) => props.onTry(parseFieldText(text))}
      />
    );
  }

  return (
    <div
      className={`control param-field${props.kind === 'switch' ? ' switch' : ''}${props.inactive ? ' inactive' : ''}`}
      title={title}
    >
      <label className="control-label" htmlFor={props.id}>
        <span>{props.label}</span>
        <span className="unit">{props.unit}</span>
      </label>
      {input}
      {props.inactive && <span className="field-note">{props.inactive}</span>}
      {problems && props.kind !== 'number' && props.kind !== 'formula' && (
        <ul className="field-error error" id={errorId} role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
