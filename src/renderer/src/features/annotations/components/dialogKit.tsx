/**
 * What the annotation dialogs share: the live layer and settings, running a command on the
 * editor, the quoted text shown at the top of a dialog, and a group of radio buttons.
 */
import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react'
import type { Command, EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { mentionCounts } from '@shared/annotations/registry'
import type { Entity } from '@shared/model'
import { Dialog as ShellDialog, type DialogProps } from '@renderer/components/Dialog'
import { useEditorState, useEditorView } from '@renderer/editor/EditorSession'
import { annotationsKey, EMPTY_LAYER, type AnnotationLayer } from '@renderer/editor/annotations'
import { useArticleFeatureContext } from '@renderer/features/FeatureContext'
import { sessionFor, type AnnotateSession } from '../session'

const selectLayer = (state: EditorState): AnnotationLayer =>
  annotationsKey.getState(state)?.layer ?? EMPTY_LAYER

/** The annotation layer of the open article (re-renders when it changes). */
export function useLayer(): AnnotationLayer {
  return useEditorState(selectLayer, EMPTY_LAYER)
}

/** The entities as a list, and their mention counts, for type-ahead. */
export function useEntities(): { list: Entity[]; counts: Map<string, number> } {
  const layer = useLayer()
  const list = useMemo(() => [...layer.entities.values()], [layer.entities])
  const counts = useMemo(() => mentionCounts(layer.annotations), [layer.annotations])
  return { list, counts }
}

/** The feature session of the open article (null outside an article). */
export function useSession(): AnnotateSession | null {
  const ctx = useArticleFeatureContext()
  return ctx ? sessionFor(ctx) : null
}

/** Runs a command on the view; true when it did something. */
export function runCommand(view: EditorView | null, command: Command): boolean {
  if (!view) return false
  return command(view.state, view.dispatch, view)
}

/** The editor view (for dialogs rendered anywhere under the workspace). */
export { useEditorView }

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

/**
 * The shell's dialog, with Tab kept inside it, opening on the control marked
 * `data-autofocus` (React's autoFocus runs before the dialog is shown, which then focuses its
 * first control instead).
 */
export function Dialog(props: DialogProps) {
  const { children, ...rest } = props
  const content = useRef<HTMLDivElement>(null)
  // Runs after the shell dialog's own effect, which has shown it (parents' effects run last).
  useEffect(() => {
    content.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true })
    // A tall dialog (the help sheet) opens at its top, whichever control has the focus.
    const dialog = content.current?.closest('dialog')
    if (dialog) dialog.scrollTop = 0
  }, [])
  return (
    <ShellDialog {...rest}>
      {/* Key events bubble here from every control of the dialog. */}
      <div ref={content} className="dialog-content" onKeyDown={wrapTab}>
        {children}
      </div>
    </ShellDialog>
  )
}

/** The text a dialog is about, shown as a quotation at its top. */
export function QuotedText(props: { label: string; text: string }) {
  const lang = useArticleFeatureContext()?.opened.article.language
  return (
    <figure className="quoted-text">
      <figcaption className="field-hint">{props.label}</figcaption>
      <blockquote lang={lang}>{props.text}</blockquote>
    </figure>
  )
}

/** A row of radio buttons in a fieldset (kind, status…), drawn as a segmented control. */
export function ChoiceGroup<T extends string>(props: {
  legend: string
  name?: string
  options: readonly T[]
  labels: Readonly<Record<T, string>>
  value: T
  onChange(value: T): void
}) {
  const generated = useId()
  const name = props.name ?? generated
  return (
    <fieldset className="choice-group">
      <legend>{props.legend}</legend>
      <div className="choice-options">
        {props.options.map((option) => (
          <label key={option} className="choice-option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            <span>{props.labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
