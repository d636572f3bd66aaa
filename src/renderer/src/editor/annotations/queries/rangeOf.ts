/** Where one annotation is, and the text it covers. */
import type { EditorState } from 'prosemirror-state'
import { BLOCK_SEPARATOR } from '@shared/text'
import { spanOf } from '../layer'
import { layerOf } from '../plugin'

/** The current range of a live annotation; null for an orphan or an unknown id. */
export function rangeOf(state: EditorState, id: string): { from: number; to: number } | null {
  const span = spanOf(layerOf(state), id)
  return span && { from: span.from, to: span.to }
}

/**
 * The text an annotation covers now; for an orphan, the text it last covered. Undefined for
 * an unknown id.
 */
export function annotationText(state: EditorState, id: string): string | undefined {
  const layer = layerOf(state)
  const annotation = layer.annotations.get(id)
  if (!annotation) return undefined
  const span = annotation.orphaned ? null : spanOf(layer, id)
  return span ? state.doc.textBetween(span.from, span.to, BLOCK_SEPARATOR) : annotation.target.exact
}
