/**
 * Whether the editor has read the page's selection. ProseMirror takes a selection made on the
 * page (a drag, an arrow key, a script) at the next `selectionchange` event, a task that a
 * busy page may run after a frame's callbacks. Until then its state still has the older
 * selection, and a view update that writes the selection back (a redraw of the drawing
 * window, a change of editing host) puts the older one back: the user's selection is lost.
 */
import { TextSelection } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'

/** What the check needs of a view. */
export type SelectionView = Pick<EditorView, 'dom' | 'state' | 'posAtDOM'>

/** What the check needs of the page's selection. */
export type PageSelection = Pick<
  Selection,
  'anchorNode' | 'anchorOffset' | 'focusNode' | 'focusOffset'
>

/**
 * False when the page's selection lies in the view and is not the state's text selection.
 * A selection outside the view, or a state's selection that is not a text selection (a
 * block, the whole article), is nothing a redraw can lose.
 */
export function selectionRead(view: SelectionView, page: PageSelection | null): boolean {
  if (!page?.anchorNode || !page.focusNode) return true
  if (!view.dom.contains(page.anchorNode) || !view.dom.contains(page.focusNode)) return true
  const { selection } = view.state
  if (!(selection instanceof TextSelection)) return true
  try {
    return (
      view.posAtDOM(page.anchorNode, page.anchorOffset) === selection.anchor &&
      view.posAtDOM(page.focusNode, page.focusOffset) === selection.head
    )
  } catch {
    return false
  }
}
