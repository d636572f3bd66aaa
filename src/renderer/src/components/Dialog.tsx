/**
 * The one modal dialog of the app, on the native `<dialog>` element: the page behind it is
 * inert, Escape closes it, Tab wraps inside it, it opens on the control marked
 * `data-autofocus` (else the browser's first control), and the focus goes back where it was
 * (or to `returnFocus` when that element is gone, after a delete). Render it only while it is
 * open; unmounting closes it. {@link DialogActions} is the row of buttons at its foot.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

/** Props of {@link Dialog}. */
export interface DialogProps {
  /** Heading of the dialog, also its accessible name. */
  title: string
  /** 'alertdialog' for confirmations of something that cannot be undone here. */
  role?: 'dialog' | 'alertdialog'
  /** Called on Escape or any other request to close. */
  onClose(): void
  /** Element to focus on close when the one focused before has left the page. */
  returnFocus?: () => HTMLElement | null
  /** Id of the element describing the dialog (the question of a confirmation). */
  describedBy?: string
  /** An extra class on the `<dialog>` (a wider sheet, say). */
  className?: string
  children: ReactNode
}

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * Keeps Tab inside the dialog: a modal `<dialog>` makes the page inert, but Tab from its
 * last control still leaves for the browser's own toolbar; here it wraps to the first
 * control (and Shift+Tab from the first to the last).
 */
export function wrapTab(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return
  const dialog = event.currentTarget.closest('dialog')
  if (!dialog) return
  const items = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) =>
      el.getClientRects().length > 0 &&
      !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked)
  )
  if (!items.length) return
  const first = items[0]
  const last = items[items.length - 1]
  const active = document.activeElement
  if (!event.shiftKey && active === last) {
    event.preventDefault()
    first.focus()
  } else if (event.shiftKey && active === first) {
    event.preventDefault()
    last.focus()
  }
}

/** A native modal dialog with a heading. */
export function Dialog(props: DialogProps) {
  const { title, role = 'dialog', onClose, returnFocus, describedBy, className, children } = props
  const ref = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const onCloseRef = useRef(onClose)
  const returnFocusRef = useRef(returnFocus)
  useEffect(() => {
    onCloseRef.current = onClose
    returnFocusRef.current = returnFocus
  }, [onClose, returnFocus])

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    // React's autoFocus runs before the dialog is shown, which then focuses its first
    // control instead: the marked control is focused here, once the dialog is up.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true })
    // A tall dialog (the help sheet) opens at its top, whichever control has the focus.
    dialog.scrollTop = 0
    const onCancel = (event: Event) => {
      // Let React unmount the dialog rather than the browser closing it behind React's back.
      event.preventDefault()
      onCloseRef.current()
    }
    dialog.addEventListener('cancel', onCancel)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      if (dialog.open) dialog.close()
      const target = before?.isConnected ? before : returnFocusRef.current?.()
      target?.focus()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      role={role === 'alertdialog' ? role : undefined}
      aria-labelledby={headingId}
      aria-describedby={describedBy}
    >
      <h2 id={headingId} className="dialog-title">
        {title}
      </h2>
      {/* Key events bubble here from every control of the dialog. */}
      <div className="dialog-content" onKeyDown={wrapTab}>
        {children}
      </div>
    </dialog>
  )
}

/** One button of {@link DialogActions}. */
export interface DialogButton {
  label: string
  /** Without it, the button submits the dialog's form. */
  onClick?(): void
  disabled?: boolean
  /** The dialog opens with this button focused. */
  autoFocus?: boolean
}

/**
 * The foot of a dialog: Cancel (when there is one) then the main button, which submits the
 * form around it unless it has its own `onClick`. `tone` 'danger' for what cannot be undone.
 * A button marked `autoFocus` takes the focus when the dialog opens (`data-autofocus`) and
 * also when it appears in a dialog already open (React's `autoFocus`: the export's result).
 */
export function DialogActions(props: {
  cancel?: DialogButton
  confirm: DialogButton
  tone?: 'primary' | 'danger'
}) {
  const { cancel, confirm, tone = 'primary' } = props
  const render = (button: DialogButton, className: string, submits: boolean) => (
    <button
      type={submits ? 'submit' : 'button'}
      className={className}
      disabled={button.disabled}
      autoFocus={button.autoFocus}
      data-autofocus={button.autoFocus || undefined}
      onClick={button.onClick}
    >
      {button.label}
    </button>
  )
  return (
    <div className="dialog-actions">
      {cancel && render(cancel, 'button', false)}
      {render(confirm, `button button-${tone}`, !confirm.onClick)}
    </div>
  )
}
