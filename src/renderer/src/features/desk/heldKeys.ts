/**
 * Keys pressed while the open article is rebuilt from the desk. Between the old editor going
 * and the new one taking the focus back, no editor has the focus: a Ctrl+Z, a tag's key or a
 * typed letter would reach the page and be lost. Held here, they go to the new editor in the
 * order they were pressed, as if it had had the focus all along.
 */
import type { EditorView } from 'prosemirror-view'

let held: KeyboardEvent[] | null = null

function hold(event: KeyboardEvent): void {
  // A field elsewhere (a dialog, the search box) has the focus: its keys are its own.
  if (event.target !== document.body && event.target !== document.documentElement) return
  if (event.isComposing) return
  event.preventDefault()
  held?.push(event)
}

/** Starts holding the keys that reach the page (a focused editor is going). */
export function holdKeys(): void {
  if (held) return
  held = []
  document.addEventListener('keydown', hold, true)
}

/** Stops holding keys; gives those held to `view` (null: the rebuild made no editor). */
export function releaseKeys(view: EditorView | null): void {
  if (!held) return
  const keys = held
  held = null
  document.removeEventListener('keydown', hold, true)
  if (view) for (const key of keys) replay(view, key)
}

function replay(view: EditorView, event: KeyboardEvent): void {
  if (view.isDestroyed) return
  if (view.someProp('handleKeyDown', (f) => f(view, event))) return
  // A typed character (the page's keypress never came, the keydown being held): in "Edit
  // text" it goes where the selection is.
  const typed = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey
  if (typed && view.editable) view.dispatch(view.state.tr.insertText(event.key).scrollIntoView())
}
