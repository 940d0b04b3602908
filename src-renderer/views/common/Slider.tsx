import { CommitField, parseWhole } from './CommitField';

/** A labelled slider with its value shown, a unit, and a plain-words tooltip. */
export function Slider(props: {
  id: string;
  label: string;
  help: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format: (v: number) => string;
  onChange: (v: number) => void;
}) {
  return (
    <label className="control" title={props.help} htmlFor={props.id}>
      <span className="control-label">
        {props.label} <output htmlFor={props.id}>{props.format(props.value)}</output>
      </span>
      <input
        id={props.id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-describedby={`${props.id}-help`}
        onChange={(e) => props.onChange(Number(e.currentTarget.value))}
      />
      <span id={`${props.id}-help`} className="visually-hidden">
        {props.help}
      </span>
    </label>
  );
}

export function Select<T extends string>(props: {
  id: string;
  label: string;
  help: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  return (
    <label className="control" title={props.help} htmlFor={props.id}>
      <span className="control-label">{props.label}</span>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as T)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function YearInput(props: {
  id: string;
  label: string;
  help: string;
  value: number;
  min: number;
  max: number;
  onChange: (v: number) => void;
}) {
  return (
    <div className="control" title={props.help}>
      <label className="control-label" htmlFor={props.id}>
        {props.label}
      </label>
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
      <span id={`${props.id}-help`} className="visually-hidden">
        {props.help}
      </span>
    </div>
  );
}
