import type { ReactNode } from 'react';
import { CommitField, parseWhole } from './CommitField';

/**
 * Labelled controls with a plain-words tooltip. The accessible name is the short label alone; the
 * help is the description (aria-describedby), so a screen reader says "Public bank's net rate,
 * slider, 0.00%" before the explanation, not a 170-character sentence. Field is the frame all three
 * share: label (with the current value, for a slider), input, help.
 */
interface FieldProps {
  id: string;
  label: string;
  help: string;
}

function Field(props: FieldProps & { output?: string; children: ReactNode }) {
  return (
    <div className="control" title={props.help}>
      {props.output === undefined ? (
        <label className="control-label" htmlFor={props.id}>
          {props.label}
        </label>
      ) : (
        <span className="control-label">
          <label htmlFor={props.id}>{props.label}</label> <output htmlFor={props.id}>{props.output}</output>
        </span>
      )}
      {props.children}
      <span id={`${props.id}-help`} className="visually-hidden">
        {props.help}
      </span>
    </div>
  );
}

export function Slider(
  props: FieldProps & {
    value: number;
    min: number;
    max: number;
    step: number;
    format: (v: number) => string;
    onChange: (v: number) => void;
  },
) {
  return (
    <Field id={props.id} label={props.label} help={props.help} output={props.format(props.value)}>
      <input
        id={props.id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-valuetext={props.format(props.value)}
        aria-describedby={`${props.id}-help`}
        onChange={(e) => props.onChange(Number(e.currentTarget.value))}
      />
    </Field>
  );
}

export function Select<T extends string>(
  props: FieldProps & {
    value: T;
    options: readonly { value: T; label: string }[];
    onChange: (v: T) => void;
  },
) {
  return (
    <Field id={props.id} label={props.label} help={props.help}>
      <select
        id={props.id}
        value={props.value}
        aria-describedby={`${props.id}-help`}
        onChange={(e) => props.onChange(e.currentTarget.value as T)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function YearInput(
  props: FieldProps & {
    value: number;
    min: number;
    max: number;
    onChange: (v: number) => void;
  },
) {
  return (
    <Field id={props.id} label={props.label} help={props.help}>
      <CommitField
        id={props.id}
        value={String(props.value)}
        inputMode="numeric"
        describedBy={`${props.id}-help`}
        onCommit={(text) => {
          const v = parseWhole(text, props.label, props.min, props.max);
          if (typeof v === 'string') return [v];
          props.onChange(v);
          return null;
        }}
      />
    </Field>
  );
}
