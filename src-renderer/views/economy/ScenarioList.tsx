/** The scenarios being compared: each with its colour (the same in every panel), to edit or remove, and a way to add one. */
import { shortName } from '../../charts/economy';
import { seriesColour } from '../../charts/palette';
import { ABM_PRESETS, MAX_SLOTS, type Slot } from './scenarios';

export function ScenarioList(props: {
  slots: readonly Slot[];
  editing: string;
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
  onAdd: (preset: string) => void;
}) {
  const full = props.slots.length >= MAX_SLOTS;
  return (
    <fieldset className="scenario-list">
      <legend>Scenarios compared (up to {MAX_SLOTS})</legend>
      <ul>
        {props.slots.map((s) => {
          const name = s.scenario.name ?? s.origin.label;
          return (
            <li
              key={s.id}
              className={s.id === props.editing ? 'editing' : undefined}
              data-testid="scenario-slot"
            >
              <span className="swatch" style={{ background: seriesColour(s.colour) }} aria-hidden />
              <button
                type="button"
                className="slot-name"
                aria-pressed={s.id === props.editing}
                title={`${name}: edit this scenario below`}
                onClick={() => props.onEdit(s.id)}
              >
                {shortName(name)}
              </button>
              <button
                type="button"
                className="slot-remove"
                aria-label={`Remove ${shortName(name)}`}
                title="Remove from the comparison (Undo brings it back)"
                disabled={props.slots.length <= 1}
                onClick={() => props.onRemove(s.id)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <label
        className="control"
        htmlFor="econ-add"
        title="Add a copy of a built-in scenario to the comparison"
      >
        <span className="control-label">Add a scenario</span>
        <select
          id="econ-add"
          value=""
          disabled={full}
          onChange={(e) => e.currentTarget.value && props.onAdd(e.currentTarget.value)}
        >
          <option value="">{full ? `(${MAX_SLOTS} at most: remove one first)` : 'Choose a preset…'}</option>
          {ABM_PRESETS.map((p) => (
            <option key={p.name} value={p.name} title={`${p.name}: ${p.title}`}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
