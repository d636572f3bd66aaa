/**
 * What the panel's buttons and keys do to the article, through the engine's commands, so
 * every change is one undoable step: go to an annotation, light up an entity's mentions,
 * re-attach an orphan, delete, undo. Each tells the panel what to say and where the focus
 * goes next.
 */
import { undo } from 'prosemirror-history'
import { keydownHandler } from 'prosemirror-keymap'
import type { Command } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { Dispatch, KeyboardEvent } from 'react'
import { deleteAnnotation } from '@renderer/editor/annotations/commands/deleteAnnotation'
import { deleteEntity } from '@renderer/editor/annotations/commands/deleteEntity'
import { highlightEntity, revealAnnotation } from '@renderer/editor/annotations/commands/highlight'
import { reattachOrphan } from '@renderer/editor/annotations/commands/reattachOrphan'
import { historyKeys } from '@renderer/editor/annotations/keymap'
import type { AnnotationLayer } from '@renderer/editor/annotations/layer'
import { annotationsKey } from '@renderer/editor/annotations/plugin'
import type { Messages } from '@renderer/i18n/strings'
import { hasTextSelected } from '../annotateActions'
import type { ItemRow, OrphanRow } from './panelModel'
import { itemName } from './PanelRows'
import type { PanelAction } from './panelState'

// The article's own undo and redo bindings, so the panel answers the same keys.
const historyKey = keydownHandler(historyKeys)

/** The panel's commands over one editor view. */
export function panelCommands(options: {
  view: EditorView | null
  t: Messages
  litEntityId: string | null
  dispatch: Dispatch<PanelAction<AnnotationLayer>>
}) {
  const { view, t, litEntityId, dispatch } = options
  const layerNow = () => (view ? (annotationsKey.getState(view.state)?.layer ?? null) : null)
  const run = (command: Command) => (view ? command(view.state, view.dispatch, view) : false)
  const say = (text: string, undoable = false) =>
    dispatch({ type: 'say', text, undoWhile: undoable ? layerNow() : null })
  /** Moves the focus back into the list once it shows the editor's layer as it is now. */
  const refocusAfterChange = () => {
    const now = layerNow()
    if (now) dispatch({ type: 'focusWhenShown', version: now })
  }

  /**
   * Forgets the article's old DOM selection after a reveal moved the editor's selection
   * while the panel has the focus: left alone, it would highlight whatever text now sits
   * where the old one was. The editor puts its own back when it gets the focus.
   */
  function dropStaleSelection() {
    const selection = document.getSelection()
    if (view && selection?.anchorNode && view.dom.contains(selection.anchorNode)) {
      selection.removeAllRanges()
    }
  }

  /**
   * Goes to an annotation: the engine moves the selection there and flashes it, and the
   * article scrolls it to the middle of the page. (ProseMirror scrolls only to a selection
   * it has in the DOM, which it does not while the panel has the focus.)
   */
  function reveal(id: string) {
    if (!view || !run(revealAnnotation(id))) return
    const target = view.dom.querySelector(`[data-ann-id="${CSS.escape(id)}"]`)
    target?.scrollIntoView({ block: 'center', inline: 'nearest' })
  }

  function reattach(row: OrphanRow) {
    if (!view || !hasTextSelected(view.state)) return say(t.panelReattachHint)
    if (!run(reattachOrphan(row.item.annotation.id))) return say(t.panelEditRefused)
    say(t.reattached)
    refocusAfterChange()
  }

  return {
    reattach,

    /** The row's main button: go to it, light an entity up (or off), re-attach an orphan. */
    choose(row: ItemRow) {
      switch (row.kind) {
        case 'quote':
        case 'claim':
        case 'note':
          dropStaleSelection()
          return reveal(row.item.annotation.id)
        case 'entity': {
          dropStaleSelection()
          const lit = litEntityId === row.entity.id
          run(highlightEntity(lit ? null : row.entity.id))
          if (!lit && row.firstMentionId) reveal(row.firstMentionId)
          return
        }
        case 'orphan':
          return reattach(row)
      }
    },

    /** Deletes an item (an entity with its mentions); the notice offers Undo. */
    remove(row: ItemRow) {
      const name = itemName(row, t)
      const done =
        row.kind === 'entity'
          ? run(deleteEntity(row.entity.id, { withMentions: true }))
          : run(deleteAnnotation(row.item.annotation.id))
      if (!done) return say(t.panelEditRefused)
      if (row.kind === 'entity' && litEntityId === row.entity.id) run(highlightEntity(null))
      say(t.panelDeleted(name), true)
      // The focus stays in the list, on the item that took the deleted one's place.
      refocusAfterChange()
    },

    /** The notice's Undo. */
    undoLast() {
      if (!view || !undo(view.state, view.dispatch)) return
      dispatch({ type: 'clearNotice' })
      refocusAfterChange()
    },

    /** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in the panel, as in the article (not in its fields). */
    onKeyDown(event: KeyboardEvent) {
      if (!view || (event.target as HTMLElement).closest('input, textarea, select, dialog')) return
      if (!historyKey(view, event.nativeEvent)) return
      event.preventDefault()
      dispatch({ type: 'clearNotice' })
    }
  }
}
