/**
 * A modal dialog on the native `<dialog>` element: focus is trapped by the browser, Escape
 * closes it, and the focus goes back where it was (or to `returnFocus` when that element is
 * gone, after a delete). Render it only while it is open; unmounting closes it.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react'

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
  children: ReactNode
}

/** A native modal dialog with a heading. */
export function Dialog(props: DialogProps) {
  const { title, role = 'dialog', onClose, returnFocus, describedBy, children } = props
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
      className="dialog"
      role={role === 'alertdialog' ? role : undefined}
      aria-labelledby={headingId}
      aria-describedby={describedBy}
    >
      <h2 id={headingId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  )
}
