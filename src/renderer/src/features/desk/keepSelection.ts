/**
 * Keeps the reader's place when the open article is rebuilt because others' changes arrived
 * from the desk: the selection (as code points, which the desk keeps exact) is noted before
 * the reload and set again in the new editor, without moving the page or taking the focus,
 * and "Edit text" stays on if it was (what was typed is saved before the reload).
 */
import { Plugin, TextSelection } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { isEditingText, setEditing } from '../annotations/annotateUi'
import {
  articleConversions,
  offsetsOf,
  positionsOf
} from '@renderer/editor/annotations/conversions'

interface KeptSelection {
  articleId: string
  start: number
  end: number
  /** The article had the focus: give it back, with the page's own selection. */
  focused: boolean
  /** "Edit text" was on: it stays on, so the editor goes on typing where they were. */
  editing: boolean
}

let kept: KeptSelection | null = null

/** Notes the selection of `view` (the open article `articleId`) for the next editor. */
export function keepSelectionOf(view: EditorView | null, articleId: string): void {
  if (!view || view.isDestroyed) return
  const { from, to } = view.state.selection
  const { start, end } = offsetsOf(view.state.doc, from, to, articleConversions)
  kept = { articleId, start, end, focused: view.hasFocus(), editing: isEditingText(view.state) }
}

function restore(view: EditorView, selection: KeptSelection): void {
  if (selection.editing && !isEditingText(view.state)) view.dispatch(setEditing(view.state, true))
  const { doc } = view.state
  const { from, to } = positionsOf(doc, selection.start, selection.end, articleConversions)
  const size = doc.content.size
  const next = TextSelection.create(doc, Math.min(from, size), Math.min(to, size))
  view.dispatch(view.state.tr.setSelection(next).setMeta('addToHistory', false))
  if (!selection.focused) return
  view.dom.focus({ preventScroll: true })
  // A read-only view draws its selection only once the page's selection is inside it.
  const anchor = view.domAtPos(next.from)
  const head = view.domAtPos(next.to)
  document.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, head.node, head.offset)
}

/** Sets the kept selection in the editor of `articleId` once it exists. */
export function keepSelectionPlugin(articleId: string): Plugin {
  return new Plugin({
    view(view) {
      const selection = kept?.articleId === articleId ? kept : null
      kept = null
      const timer = selection
        ? setTimeout(() => {
            if (!view.isDestroyed) restore(view, selection)
          }, 0)
        : undefined
      return { destroy: () => clearTimeout(timer) }
    }
  })
}
