/**
 * Moving and selecting with the keyboard in the read-only article. A page that is not
 * editable has no caret, so without this a keyboard-only annotator could not select the
 * words to tag. In reading mode the arrow keys move a cursor (drawn by the React layer,
 * see ReadingCaret), Shift extends the selection, Ctrl (Alt on a Mac) goes by words, Home and
 * End go to the edges of the paragraph. In "Edit text" the browser's own editing keys apply
 * and these commands step aside.
 */
import {
  Plugin,
  PluginKey,
  Selection,
  TextSelection,
  type Command,
  type EditorState
} from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { isEditingText } from './annotateUi'

/** Letters, digits and combining marks make words; apostrophes and hyphens separate them. */
const WORD = /[\p{L}\p{N}\p{M}_]/u

/** The text block edges around a position. */
function blockEdges(state: EditorState, pos: number): { start: number; end: number } {
  const $pos = state.doc.resolve(pos)
  return { start: $pos.start(), end: $pos.end() }
}

/** The start of the next text block after `pos` (or the end of the previous one), if any. */
function nextBlock(state: EditorState, pos: number, dir: 1 | -1): number | null {
  const $pos = state.doc.resolve(pos)
  if ($pos.depth === 0) return null
  const outside = dir > 0 ? $pos.after() : $pos.before()
  const found = Selection.findFrom(state.doc.resolve(outside), dir, true)
  return found && found.head !== pos ? found.head : null
}

/** One character (code point) from `pos`, crossing into the next block at an edge. */
export function charStep(state: EditorState, pos: number, dir: 1 | -1): number {
  const { start, end } = blockEdges(state, pos)
  if (dir > 0 ? pos >= end : pos <= start) return nextBlock(state, pos, dir) ?? pos
  const $pos = state.doc.resolve(pos)
  const text = $pos.parent.textContent
  const offset = pos - start
  const code = text.charCodeAt(dir > 0 ? offset : offset - 1)
  const pair = dir > 0 ? code >= 0xd800 && code <= 0xdbff : code >= 0xdc00 && code <= 0xdfff
  return pos + dir * (pair ? 2 : 1)
}

/**
 * One word from `pos`: forwards to the end of the next word, backwards to the start of the
 * previous one (so Ctrl+Shift+→ twice from "Jason" selects "Jason Droege"); at a block
 * edge, into the next block.
 */
export function wordStep(state: EditorState, pos: number, dir: 1 | -1): number {
  const { start, end } = blockEdges(state, pos)
  if (dir > 0 ? pos >= end : pos <= start) return nextBlock(state, pos, dir) ?? pos
  const text = state.doc.resolve(pos).parent.textContent
  let i = pos - start
  const at = (k: number) => text[k] ?? ''
  if (dir > 0) {
    while (i < text.length && !WORD.test(at(i))) i++
    while (i < text.length && WORD.test(at(i))) i++
  } else {
    while (i > 0 && !WORD.test(at(i - 1))) i--
    while (i > 0 && WORD.test(at(i - 1))) i--
  }
  return start + i
}

/** Makes sure the DOM selection is inside the view, so ProseMirror draws the next one. */
export function syncDomSelection(view: EditorView): void {
  const dom = view.dom.ownerDocument.getSelection()
  if (!dom) return
  const { anchor, head } = view.state.selection
  try {
    const a = view.domAtPos(anchor)
    const h = view.domAtPos(head)
    dom.setBaseAndExtent(a.node, a.offset, h.node, h.offset)
  } catch {
    // A position without a DOM counterpart (mid-update): ProseMirror resyncs on its own.
  }
}

/** True when the DOM selection is inside the view. */
function domSelectionInView(view: EditorView): boolean {
  const sel = view.dom.ownerDocument.getSelection()
  return Boolean(sel?.anchorNode && view.dom.contains(sel.anchorNode))
}

/** Sets the selection to (anchor, head), scrolled into view, drawn in the DOM. */
function select(view: EditorView, anchor: number, head: number): void {
  if (!domSelectionInView(view)) syncDomSelection(view)
  const selection = TextSelection.create(view.state.doc, anchor, head)
  view.dispatch(
    view.state.tr.setSelection(selection).scrollIntoView().setMeta('addToHistory', false)
  )
  // Read-only views draw the DOM selection only when they own one; make sure they do.
  if (!domSelectionInView(view)) syncDomSelection(view)
}

/** A caret command: computes the new head; `extend` keeps the anchor. */
function caretCommand(
  extend: boolean,
  nextHead: (state: EditorState, head: number, view: EditorView) => number | null,
  collapseTo?: 'start' | 'end'
): Command {
  return (state, dispatch, view) => {
    if (!view || isEditingText(state) || !view.hasFocus()) return false
    const { anchor, head, from, to, empty } = state.selection
    if (!extend && !empty && collapseTo) {
      if (dispatch)
        select(view, collapseTo === 'start' ? from : to, collapseTo === 'start' ? from : to)
      return true
    }
    const next = nextHead(state, head, view)
    if (next === null) return true
    if (dispatch) select(view, extend ? anchor : next, next)
    return true
  }
}

/** The position one line above or below the head, by screen coordinates. */
function lineStep(view: EditorView, head: number, dir: 1 | -1): number | null {
  try {
    const rect = view.coordsAtPos(head)
    const height = Math.max(8, rect.bottom - rect.top)
    const top = dir > 0 ? rect.bottom + height / 2 : rect.top - height / 2
    const found = view.posAtCoords({ left: rect.left + 1, top })
    if (found && found.pos !== head) return found.pos
  } catch {
    // Off screen or not laid out: fall back to the next block.
  }
  return nextBlock(view.state, head, dir)
}

/** The reading-mode caret bindings (prosemirror-keymap notation). */
export function caretBindings(mac: boolean): Record<string, Command> {
  const word = mac ? 'Alt' : 'Ctrl'
  const bindings: Record<string, Command> = {}
  for (const [key, dir] of [
    ['ArrowRight', 1],
    ['ArrowLeft', -1]
  ] as const) {
    const collapse = dir > 0 ? 'end' : 'start'
    bindings[key] = caretCommand(false, (s, h) => charStep(s, h, dir), collapse)
    bindings[`Shift-${key}`] = caretCommand(true, (s, h) => charStep(s, h, dir))
    bindings[`${word}-${key}`] = caretCommand(false, (s, h) => wordStep(s, h, dir), collapse)
    bindings[`Shift-${word}-${key}`] = caretCommand(true, (s, h) => wordStep(s, h, dir))
  }
  for (const [key, dir] of [
    ['ArrowDown', 1],
    ['ArrowUp', -1]
  ] as const) {
    bindings[key] = caretCommand(false, (_s, h, v) => lineStep(v, h, dir))
    bindings[`Shift-${key}`] = caretCommand(true, (_s, h, v) => lineStep(v, h, dir))
  }
  bindings.Home = caretCommand(false, (s, h) => blockEdges(s, h).start)
  bindings['Shift-Home'] = caretCommand(true, (s, h) => blockEdges(s, h).start)
  bindings.End = caretCommand(false, (s, h) => blockEdges(s, h).end)
  bindings['Shift-End'] = caretCommand(true, (s, h) => blockEdges(s, h).end)
  return bindings
}

const scrollKey = new PluginKey<number>('readingScroll')

/**
 * `tr.scrollIntoView()` in the read-only article. ProseMirror scrolls to the selection only
 * when the DOM selection is inside the view, which in a read-only view is often not the case
 * (the panel has the focus after "go to this quote"); this plugin then brings the selection's
 * head into view itself.
 */
export function readingScrollPlugin(): Plugin<number> {
  return new Plugin<number>({
    key: scrollKey,
    state: {
      init: () => 0,
      apply: (tr, count) => (tr.scrolledIntoView ? count + 1 : count)
    },
    view: () => ({
      update(view, prev) {
        const asked = scrollKey.getState(view.state) !== scrollKey.getState(prev)
        if (!asked || view.editable || domSelectionInView(view)) return
        let coords: { top: number; bottom: number }
        try {
          coords = view.coordsAtPos(view.state.selection.head)
        } catch {
          return
        }
        // The article scrolls inside its pane (<main>); centre the head there if it is out.
        const scroller = view.dom.closest('main')
        const frame = scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight }
        if (coords.top >= frame.top && coords.bottom <= frame.bottom) return
        const delta = coords.top - (frame.top + frame.bottom) / 2
        if (scroller) scroller.scrollBy({ top: delta })
        else window.scrollBy({ top: delta })
      }
    })
  })
}
