/** The editor of one scenario: its scale, then its parameters grouped by lever, each with help and unit. */
import { PARAM_DOCS } from '../../../models/abm';
import { fieldName, PARAM_GROUPS, SCALE_FIELDS, type FieldPath, type Slot } from './scenarios';
import { ParamField } from './ParamField';

export function ParamEditor(props: {
  slot: Slot;
  onTry: (field: FieldPath, value: unknown) => string[] | null;
}) {
  const { slot, onTry } = props;
  const s = slot.scenario;
  // The view keys this editor by slot, so switching scenarios remounts the fields with fresh drafts.
  const id = (f: FieldPath) => `econ-${fieldName(f).replace('.', '-')}`;
  return (
    <div className="param-editor" data-testid="param-editor">
      <details open>
        <summary>Scale and seed</summary>
        {SCALE_FIELDS.map((f) => (
          <ParamField
            key={f.key}
            id={id({ scale: f.key })}
            label={f.label}
            unit={f.key === 'seed' ? 'first of the runs' : 'count'}
            help={f.help}
            kind="number"
            value={s[f.key]}
            onTry={(v) => onTry({ scale: f.key }, v)}
          />
        ))}
      </details>
      {PARAM_GROUPS.map((g) => (
        <details key={g.group} open={g.group.startsWith('Policy: money')}>
          <summary>{g.group}</summary>
          {g.fields.map((f) => (
            <ParamField
              key={f.key}
              id={id({ param: f.key })}
              label={f.doc.label}
              unit={f.doc.unit}
              help={`${f.doc.help}${f.kind === 'number' || f.kind === 'formula' ? ` Range ${f.doc.min} to ${f.doc.max}.` : ''}`}
              kind={f.kind}
              options={f.options}
              inactive={inactiveReason(f.key, s.params)}
              value={s.params[f.key]}
              onTry={(v) => onTry({ param: f.key }, v)}
            />
          ))}
        </details>
      ))}
    </div>
  );
}

/** The public bank's household tier: its own terms, read only when the tier is on. */
const PUBLIC_MORTGAGE_KEYS = ['publicMortgageSpread', 'publicMortgageMaxLtv', 'publicMortgageLimit'];

/** A lever that the rest of the scenario switches off, said at the field. */
export function inactiveReason(key: string, params: Slot['scenario']['params']): string | undefined {
  if (
    key !== 'housingMarket' &&
    !params.housingMarket &&
    PARAM_DOCS[key as keyof typeof PARAM_DOCS]?.group === 'Housing and mortgages'
  )
    return 'No effect without the housing market.';
  if (PUBLIC_MORTGAGE_KEYS.includes(key) && !params.publicBankMortgages)
    return "No effect while the public bank's household tier is off.";
  if (
    (key === 'householdBondRateSensitivity' || key === 'householdBondBuffer') &&
    params.householdBondShare === 0
  )
    return 'No effect while households hold no bonds (bond share 0).';
  if (key === 'publicShare' && params.moneyRegime === 'private-debt')
    return 'No effect while deficits are financed by bonds sold to private banks.';
  if (key === 'citizensIncomeMoneyShare' && params.citizensIncomeFinancing !== 'bonds')
    return "No effect: the citizen's income financing is not bonds (money credits all of it, taxes none).";
  if (key === 'citizensIncomeTaxMix' && params.citizensIncomeFinancing !== 'taxes')
    return "No effect while the citizen's income is not financed by taxes.";
  if (key.startsWith('fiscal') && key !== 'fiscalRule' && params.fiscalRule === 'none')
    return 'No effect without a fiscal rule.';
  if (key === 'fiscalDeficitCeiling' && params.fiscalRule === 'debt-target')
    return 'Used by the deficit ceiling only.';
  if ((key === 'fiscalDebtTarget' || key === 'fiscalRuleSpeed') && params.fiscalRule === 'deficit-ceiling')
    return 'Used by the debt target only.';
  return undefined;
}
