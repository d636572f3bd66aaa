/**
 * One labelled form control with its hint or its error, as every dialog draws it: the label
 * names the control, the hint (or, once something is wrong, the error in its place) describes
 * it, and an invalid control is marked `aria-invalid`. The control itself is the caller's,
 * given the attributes that tie it to the label and the text under it.
 */
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type RefObject,
  type TextareaHTMLAttributes
} from 'react'
import { useT } from '@renderer/i18n/I18n'

/** What {@link Field} gives its control to spread on it. */
export interface FieldControl {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
}

/** Props of {@link Field}. */
export interface FieldProps {
  label: string
  /** Shown under the control while there is no error. */
  hint?: string
  /** Shown in place of the hint; marks the control invalid. */
  error?: string | null
  /** Marks the control invalid without a message of its own (the form's error says why). */
  invalid?: boolean
  /** Adds "(optional)" after the label. */
  optional?: boolean
  /** Ids of other elements that describe the control too (a form's error). */
  describedBy?: string
  className?: string
  children(control: FieldControl): ReactNode
}

/** A label, a control and its hint or error. */
export function Field(props: FieldProps) {
  const t = useT()
  const id = useId()
  const noteId = `${id}-note`
  const note = props.error || props.hint
  const describedBy = [note ? noteId : '', props.describedBy ?? ''].filter(Boolean).join(' ')
  const control: FieldControl = {
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': props.error || props.invalid ? true : undefined
  }
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={id}>
        {props.label}
        {props.optional && <span className="optional"> {t.fieldOptional}</span>}
      </label>
      {props.children(control)}
      {note && (
        <p id={noteId} className={props.error ? 'field-error' : 'field-hint'}>
          {note}
        </p>
      )}
    </div>
  )
}

/** The form's own error (what main refused, what is missing), read out when it appears. */
export function FormError(props: { id?: string; message: string | null | undefined }) {
  if (!props.message) return null
  return (
    <p id={props.id} className="form-error" role="alert">
      {props.message}
    </p>
  )
}

/** Props of {@link TextField}: a {@link Field}'s, the value, and the text control's own. */
export type TextFieldProps = Omit<FieldProps, 'children'> & {
  value: string
  onValue(value: string): void
  /** A text area of this many rows instead of one line. */
  rows?: number
  /** Set to the control, for a form that moves the focus to it. */
  inputRef?: RefObject<HTMLElement | null>
} & Omit<
    InputHTMLAttributes<HTMLInputElement> & TextareaHTMLAttributes<HTMLTextAreaElement>,
    'value' | 'onChange' | 'children' | 'id'
  >

/**
 * A {@link Field} around a one-line text input, or a text area when it has `rows`; its
 * `className` and the other attributes go to the control.
 */
export function TextField(props: TextFieldProps) {
  const { label, hint, error, invalid, optional, describedBy, value, onValue, inputRef, ...rest } =
    props
  const field = { label, hint, error, invalid, optional, describedBy }
  const ref = (el: HTMLElement | null) => {
    if (inputRef) inputRef.current = el
  }
  return (
    <Field {...field}>
      {(control) =>
        rest.rows ? (
          <textarea
            {...rest}
            {...control}
            ref={ref}
            value={value}
            onChange={(e) => onValue(e.target.value)}
          />
        ) : (
          <input
            type="text"
            {...rest}
            {...control}
            ref={ref}
            value={value}
            onChange={(e) => onValue(e.target.value)}
          />
        )
      }
    </Field>
  )
}
