/**
 * The feature's actions as ProseMirror commands, shared by the key bindings and the toolbar:
 * tag the selection with an entity type, open the quote, link, note, "Tag all", re-attach,
 * "What's here" and help dialogs, toggle "Edit text", undo and redo. Each one says what it
 * did (or why it could not) in the session's notice line.
 */
import { redo, redoDepth, undo, undoDepth } from 'prosemirror-history'
import {
  TextSelection,
  type Command,
  type EditorState,
  type Selection,
  type Transaction
} from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { BLOCK_SEPARATOR, truncate } from '@shared/text'
import { hasOrphans, tagEntity } from '@renderer/editor/annotations'
import { afterInputEvent } from '@renderer/editor/afterInputEvent'
import { typeLabel } from './describe'
import { tagAllTarget } from '@renderer/editor/annotations/queries/tagAllTarget'
import type { AnnotateSession } from './session'
import { annotateUiOf, openDialog, setEditing, type DialogRequest } from './annotateUi'

/** The feature's commands, bound to one article's session. */
export interface AnnotateActions {
  quote: Command
  tagAs(typeId: string): Command
  link: Command
  note: Command
  claim: Command
  tagAll: Command
  inspect: Command
  reattach: Command
  help: Command
  toggleEditText: Command
  stopEditText: Command
  undo: Command
  redo: Command
  /** Whether undo or redo has something to do (the toolbar greys them out otherwise). */
  canUndo(state: EditorState): boolean
  canRedo(state: EditorState): boolean
}

/** True when the selection covers some text. */
export function hasTextSelected(state: EditorState): boolean {
  const { from, to } = state.selection
  return from < to && state.doc.textBetween(from, to, BLOCK_SEPARATOR).trim().length > 0
}

/** The selected text, shortened for a notice. */
function selectedWords(state: EditorState): string {
  const { from, to } = state.selection
  return truncate(state.doc.textBetween(from, to, ' '), 40, { flatten: true })
}

/**
 * Tags, in the task after the key, the words selected when the key was pressed (as the text
 * stands now, if it changed meanwhile), and leaves selected what is selected now: a selection
 * made in between, which the view may not have read yet, is read from the page and kept,
 * instead of being put back to the words the key tagged.
 */
function tagLater(
  view: EditorView,
  atKey: EditorState,
  tag: (state: EditorState, dispatch: (tr: Transaction) => void) => void
): void {
  if (view.isDestroyed) return
  const now = view.state
  const words = now.doc === atKey.doc ? atKey.selection : now.selection
  const base = words.eq(now.selection) ? now : now.apply(now.tr.setSelection(words))
  if (!hasTextSelected(base)) return
  const selected = selectionOnPage(view) ?? now.selection
  tag(base, (tr) => view.dispatch(tr.setSelection(selected.map(tr.doc, tr.mapping))))
}

/** The selection on the page, when it is in the article and differs from the view's. */
function selectionOnPage(view: EditorView): Selection | null {
  const page = view.dom.ownerDocument.getSelection()
  if (!page) return null
  const { anchorNode, anchorOffset, focusNode, focusOffset } = page
  if (!anchorNode || !focusNode || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode))
    return null
  try {
    const { doc } = view.state
    const anchor = doc.resolve(view.posAtDOM(anchorNode, anchorOffset))
    const head = doc.resolve(view.posAtDOM(focusNode, focusOffset))
    return TextSelection.between(anchor, head)
  } catch {
    // A place the view cannot name (inside a widget): keep the view's own selection.
    return null
  }
}

/** The feature's commands for one session. */
export function createAnnotateActions(session: AnnotateSession): AnnotateActions {
  const { ctx } = session

  /** A dialog over the selection; without a selection, a notice says what to do. */
  function dialogOnSelection(kind: 'quote' | 'link' | 'note' | 'claim' | 'reattach'): Command {
    return (state, dispatch) => {
      if (!hasTextSelected(state)) {
        if (dispatch) session.notify((t) => t.selectFirst)
        return true
      }
      const { from, to } = state.selection
      if (dispatch) dispatch(openDialog(state, { kind, from, to } as DialogRequest))
      return true
    }
  }

  const tagAs =
    (typeId: string): Command =>
    (state, dispatch, view) => {
      if (!hasTextSelected(state)) {
        if (dispatch) session.notify((t) => t.selectFirst)
        return true
      }
      const tag = (state: EditorState, dispatch?: (tr: Transaction) => void): void => {
        const words = selectedWords(state)
        const done = tagEntity(typeId)(state, dispatch, view)
        if (done && dispatch) {
          session.notify((t) => t.tagged(words, typeLabel(typeId, ctx.settings().entityTypes, t)))
        }
      }
      // In a view, after the key or click: the selection put back after the redraw then
      // costs nothing that grows with the article (see afterInputEvent).
      if (view && dispatch) afterInputEvent(() => tagLater(view, state, tag))
      else tag(state, dispatch)
      return true
    }

  const tagAll: Command = (state, dispatch) => {
    const { from, to } = state.selection
    const target = tagAllTarget(state, from, to)
    if (!target) {
      if (dispatch) session.notify((t) => t.tagAllNothing)
      return true
    }
    if (dispatch) {
      dispatch(openDialog(state, { kind: 'tagAll', from, to, entityId: target.entity?.id ?? null }))
    }
    return true
  }

  const reattach: Command = (state, dispatch, view) => {
    if (!hasOrphans(state)) {
      if (dispatch) session.notify((t) => t.reattachNone)
      return true
    }
    return dialogOnSelection('reattach')(state, dispatch, view)
  }

  const inspect: Command = (state, dispatch) => {
    const { from, to } = state.selection
    if (dispatch) dispatch(openDialog(state, { kind: 'inspect', from, to }))
    return true
  }

  const help: Command = (state, dispatch) => {
    if (dispatch) dispatch(openDialog(state, { kind: 'help' }))
    return true
  }

  const toggleEditText: Command = (state, dispatch) => {
    const on = !annotateUiOf(state).editing
    if (dispatch) {
      dispatch(setEditing(state, on))
      session.notify((t) => (on ? t.editingOn : t.editingOff))
    }
    return true
  }

  const stopEditText: Command = (state, dispatch) => {
    if (!annotateUiOf(state).editing) return false
    if (dispatch) {
      dispatch(setEditing(state, false))
      session.notify((t) => t.editingOff)
    }
    return true
  }

  /**
   * Undo or redo of a shared article, on the desk: only this editor's own changes. Changes
   * not saved yet count as the editor's last step (they are saved, then undone there).
   */
  const onDesk =
    (direction: 'undo' | 'redo'): Command =>
    (state, dispatch) => {
      const shared = ctx.sharedUndo()
      if (!shared) return false
      const possible = direction === 'undo' ? canUndo(state) : canRedo(state)
      if (!dispatch) return true
      if (!possible) shared.nothingTo(direction)
      else void shared.run(direction)
      return true
    }

  function canUndo(state: EditorState): boolean {
    return undoDepth(state) > 0 || (ctx.sharedUndo()?.canUndo ?? false)
  }

  function canRedo(state: EditorState): boolean {
    const shared = ctx.sharedUndo()
    return shared ? shared.canRedo : redoDepth(state) > 0
  }

  const undoAction: Command = (state, dispatch, view) => {
    if (onDesk('undo')(state, dispatch, view)) return true
    if (undoDepth(state) === 0) {
      if (dispatch) session.notify((t) => t.nothingToUndo)
      return true
    }
    const done = undo(state, dispatch, view)
    if (done && dispatch) session.notify((t) => t.undone)
    return true
  }

  const redoAction: Command = (state, dispatch, view) => {
    if (onDesk('redo')(state, dispatch, view)) return true
    if (redoDepth(state) === 0) {
      if (dispatch) session.notify((t) => t.nothingToRedo)
      return true
    }
    const done = redo(state, dispatch, view)
    if (done && dispatch) session.notify((t) => t.redone)
    return true
  }

  return {
    quote: dialogOnSelection('quote'),
    tagAs,
    link: dialogOnSelection('link'),
    note: dialogOnSelection('note'),
    claim: dialogOnSelection('claim'),
    tagAll,
    inspect,
    reattach,
    help,
    toggleEditText,
    stopEditText,
    undo: undoAction,
    redo: redoAction,
    canUndo,
    canRedo
  }
}
