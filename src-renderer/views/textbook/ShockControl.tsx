/**
 * "From period k set X to v": a step change in one parameter, written into the scenario as the
 * formula "t >= k ? v : base" and listed with a button to take it back.
 */
import { useState } from 'react';
import { CommitField, parseWhole } from '../common/CommitField';
import type { TextbookScenario } from '../../../models/textbook';
import { baseValue, paramUi, parseShock, shockFormula, type TextbookSpecLike } from './params';

export function ShockControl(props: {
  spec: TextbookSpecLike;
  scenario: TextbookScenario;
  onChange: (params: TextbookScenario['params']) => void;
}) {
  const { spec, scenario } = props;
  const first = spec.params[0]!;
  const [name, setName] = useState(first.name);
  const def = spec.params.find((d) => d.name === name) ?? first;
  const ui = paramUi(def.name);
  const base = baseValue(scenario.params[def.name], def.value);
  const [from, setFrom] = useState(Math.min(10, scenario.periods));
  // A quarter more than the current value, rounded to the slider's step, as a visible first try.
  const [value, setValue] = useState<number | null>(null);
  const shown = value ?? Math.min(ui.max, Math.round((base * 1.25) / ui.step) * ui.step);
  const shocks = spec.params.flatMap((d) => {
    const s = parseShock(scenario.params[d.name]);
    return s ? [{ name: d.name, ...s }] : [];
  });

  const apply = () =>
    props.onChange({
      ...scenario.params,
      [def.name]: shockFormula({ from, value: +shown.toPrecision(12), base }),
    });
  const remove = (param: string, b: number) => props.onChange({ ...scenario.params, [param]: b });

  return (
    <fieldset className="shock">
      <legend>Shock a parameter</legend>
      <div className="shock-row">
        <label title="The first period with the new value">
          From period{' '}
          <CommitField
            id="shock-from"
            className="short"
            value={String(from)}
            inputMode="numeric"
            ariaLabel="From period"
            onCommit={(text) => {
              const v = parseWhole(text, 'From period', 1, scenario.periods);
              if (typeof v === 'string') return [v];
              setFrom(v);
              return null;
            }}
          />
        </label>
        <label title="The parameter to change">
          set{' '}
          <select
            id="shock-param"
            value={def.name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setValue(null);
            }}
          >
            {spec.params.map((d) => (
              <option key={d.name} value={d.name} title={d.meaning}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label title={`New value of ${def.name} (${def.meaning})`}>
          to{' '}
          <CommitField
            id="shock-value"
            className="short"
            value={String(shown)}
            ariaLabel={`New value of ${def.name}`}
            onCommit={(text) => {
              const v = text === '' ? Number.NaN : Number(text);
              if (!Number.isFinite(v)) return [`New value of ${def.name}: must be a number (got "${text}")`];
              setValue(v);
              return null;
            }}
          />
        </label>
      </div>
      <button
        type="button"
        onClick={apply}
        title={`Writes ${def.name} = "${shockFormula({ from, value: shown, base })}"`}
      >
        Apply shock
      </button>
      {shocks.length > 0 && (
        <ul className="shock-list">
          {shocks.map((s) => (
            <li key={s.name}>
              <code>{s.name}</code>: {s.base} → {s.value} from period {s.from}{' '}
              <button
                type="button"
                onClick={() => remove(s.name, s.base)}
                title={`Set ${s.name} back to ${s.base} for every period`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
