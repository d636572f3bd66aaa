/**
 * Transient marks that are not edits (no undo step): light up an entity's mentions when it
 * is chosen in the panel, flash an annotation when the panel scrolls to it.
 */
import { TextSelection, type Command } from 'prosemirror-state'
import { spanOf } from '../layer'
import { annotationsKey, layerOf, type AnnotationsMeta } from '../plugin'

/** Lights up every mention of `entityId` (class `ann-lit`); null turns it off. */
export function highlightEntity(entityId: string | null): Command {
  return (state, dispatch) => {
    if (dispatch) {
      const meta: AnnotationsMeta = { type: 'highlightEntity', entityId }
      dispatch(state.tr.setMeta(annotationsKey, meta))
    }
    return true
  }
}

/** Flashes an annotation (class `ann-flash`, cleared after `flashMs`); null stops a flash. */
export function flash(annotationId: string | null): Command {
  return (state, dispatch) => {
    if (annotationId !== null && !spanOf(layerOf(state), annotationId)) return false
    if (dispatch) {
      const meta: AnnotationsMeta = { type: 'flash', annotationId }
      dispatch(state.tr.setMeta(annotationsKey, meta))
    }
    return true
  }
}

/**
 * Goes to an annotation from the panel: puts the cursor at its start, scrolls it into view
 * and flashes it. False for an orphan (it is nowhere in the text).
 */
export function revealAnnotation(annotationId: string): Command {
  return (state, dispatch) => {
    const span = spanOf(layerOf(state), annotationId)
    if (!span) return false
    if (dispatch) {
      const meta: AnnotationsMeta = { type: 'flash', annotationId }
      dispatch(
        state.tr
          .setSelection(TextSelection.create(state.doc, span.from))
          .scrollIntoView()
          .setMeta(annotationsKey, meta)
          .setMeta('addToHistory', false)
      )
    }
    return true
  }
}
