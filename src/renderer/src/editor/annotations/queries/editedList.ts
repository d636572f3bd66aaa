/**
 * The panel's list after a text edit ("Edit text"), from the list before it. Built from
 * scratch, the list reads the text of every annotation over the whole article and sorts them
 * all, at every key press on a long article. A key press changes one block: the items before
 * it stay, those after it move by the length typed, and only the annotations in the changed
 * blocks are read again.
 */
import type { EditorState } from 'prosemirror-state'
import { changedBlocks } from '@renderer/editor/document'
import type { AnnotationSpec } from '../decorations'
import { layerOf } from '../plugin'
import { readingOrder, spanText, type AnnotationItem } from './listAnnotations'

/** Document position where top-level block `index` starts (its size when past the end). */
function blockStart(doc: EditorState['doc'], index: number): number {
  let pos = 0
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize
  return pos
}

/**
 * The list of `state` (as `listAnnotations(state)`) from the list of `before`, when only the
 * text changed between them; null when the annotations changed too (an edit that orphaned
 * one, say), which the caller handles as before.
 */
export function listAfterTextEdit(
  before: { state: EditorState; items: readonly AnnotationItem[] },
  state: EditorState
): AnnotationItem[] | null {
  const previous = layerOf(before.state)
  const layer = layerOf(state)
  if (previous.annotations !== layer.annotations) return null
  const splice = changedBlocks(before.state.doc, state.doc)
  if (!splice) return null
  const from = blockStart(before.state.doc, splice.start)
  const oldTo = blockStart(before.state.doc, splice.start + splice.deleteCount)
  const shift = state.doc.content.size - before.state.doc.content.size
  const newTo = oldTo + shift
  const kept: AnnotationItem[] = []
  const after: AnnotationItem[] = []
  const orphans: AnnotationItem[] = []
  // Those that were in the changed blocks or reached into them, by id.
  const touched = new Set<string>()
  for (const item of before.items) {
    const range = item.range
    if (!range) orphans.push(item)
    else if (range.to <= from) kept.push(item)
    else if (range.from >= oldTo) {
      const moved = { from: range.from + shift, to: range.to + shift }
      after.push({ ...item, range: moved })
    } else touched.add(item.annotation.id)
  }
  // Their spans read again. Chosen by id, not by where they are now: a quote whose first
  // blocks were deleted may now start exactly where the changed blocks end.
  const fresh: AnnotationItem[] = []
  const textOf = spanText(state)
  const inChanged = (s: AnnotationSpec) => s.part === 'span' && touched.has(s.id)
  for (const d of layer.decorations.find(from, newTo, inChanged)) {
    const annotation = layer.annotations.get((d.spec as AnnotationSpec).id)
    if (!annotation || annotation.orphaned) continue
    fresh.push({ annotation, range: { from: d.from, to: d.to }, text: textOf(d.from, d.to) })
  }
  // One whose text is all gone is listed with the orphans, in stored order: a full rebuild.
  if (fresh.length !== touched.size) return null
  // Reading order, as the full list has it.
  const live = [...kept, ...fresh, ...after]
  live.sort(readingOrder(layer.annotations))
  return [...live, ...orphans]
}
