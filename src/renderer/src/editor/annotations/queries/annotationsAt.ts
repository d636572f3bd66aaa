/**
 * What is at a place in the text: for the hover tooltip (the UI maps the pointer to a
 * position with `view.posAtCoords`) and for the panel's "selected" state.
 */
import type { EditorState } from 'prosemirror-state'
import type { Annotation } from '@shared/model'
import type { AnnotationSpec } from '../decorations'
import { layerOf } from '../plugin'

/** A live annotation and where it is. */
export interface AnnotationHit {
  annotation: Annotation
  from: number
  to: number
}

function hits(
  state: EditorState,
  from: number,
  to: number,
  keep: (f: number, t: number) => boolean
) {
  const layer = layerOf(state)
  const result: AnnotationHit[] = []
  for (const d of layer.decorations.find(from, to, (s: AnnotationSpec) => s.part === 'span')) {
    const annotation = layer.annotations.get((d.spec as AnnotationSpec).id)
    if (annotation && keep(d.from, d.to)) result.push({ annotation, from: d.from, to: d.to })
  }
  // Innermost first: the shortest span is the most specific thing under the pointer.
  return result.sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from)
}

/**
 * Annotations whose range contains `pos`, edges included (a pointer over the last letter of
 * a word resolves to the position after it), innermost first.
 */
export function annotationsAt(state: EditorState, pos: number): AnnotationHit[] {
  return hits(state, pos, pos, (f, t) => f <= pos && pos <= t)
}

/** Annotations overlapping [from, to) (for an empty range, those containing it). */
export function annotationsIn(state: EditorState, from: number, to: number): AnnotationHit[] {
  if (from >= to) return annotationsAt(state, from)
  return hits(state, from, to, (f, t) => f < to && t > from)
}
