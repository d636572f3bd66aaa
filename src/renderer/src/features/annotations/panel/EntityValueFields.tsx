/**
 * The normalised value of a money, percentage or date entity in the entity dialog: amount
 * and currency, a percent (with its fraction), or a date and the optional end of an
 * interval. The dialog owns the fields; this draws them with the problem of the field that
 * is wrong, as `readValueInput` reads them.
 */
import { TextField } from '@renderer/components/Field'
import type { Messages } from '@renderer/i18n/strings'
import type { ValueInput, ValueProblem } from '@shared/annotations/valueInput'

/** Which field a problem belongs to ('incomplete' is the form's, not one field's). */
const FIELD_OF: Partial<Record<ValueProblem, keyof ValueInput>> = {
  amount: 'amount',
  currency: 'currency',
  percent: 'percent',
  date: 'date',
  until: 'until',
  'until-before-date': 'until'
}

export function EntityValueFields(props: {
  kind: 'money' | 'percentage' | 'date'
  input: ValueInput
  onInput(input: ValueInput): void
  problem: ValueProblem | null
  /** The percent as a fraction in the UI language, when the percent reads. */
  fraction: string
  t: Messages
}) {
  const { kind, input, t } = props
  const errorOf = (field: keyof ValueInput): string | null =>
    props.problem && FIELD_OF[props.problem] === field ? t.panelValueProblems[props.problem] : null
  const text = (field: keyof ValueInput, label: string, hint: string, className: string) => (
    <TextField
      label={label}
      hint={hint}
      error={errorOf(field)}
      className={className}
      spellCheck={false}
      autoComplete="off"
      value={input[field] ?? ''}
      onValue={(v) => props.onInput({ ...input, [field]: v })}
    />
  )
  return (
    <fieldset className="entity-value">
      <legend>{t.panelValueHeading}</legend>
      {kind === 'money' && (
        <div className="field-row entity-value-money">
          {text('amount', t.panelValueAmountLabel, t.panelValueAmountHint, 'entity-value-amount')}
          {text(
            'currency',
            t.panelValueCurrencyLabel,
            t.panelValueCurrencyHint,
            'entity-value-currency'
          )}
        </div>
      )}
      {kind === 'percentage' &&
        text(
          'percent',
          t.panelValuePercentLabel,
          t.panelValuePercentHint(props.fraction),
          'entity-value-percent'
        )}
      {kind === 'date' && (
        <div className="field-row">
          {text('date', t.panelValueDateLabel, t.panelValueDateHint, 'entity-value-date')}
          {text('until', t.panelValueUntilLabel, t.panelValueUntilHint, 'entity-value-until')}
        </div>
      )}
      <p className="field-hint">{t.panelValueClearHint}</p>
    </fieldset>
  )
}
