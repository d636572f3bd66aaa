/**
 * The panel's list of annotations kept up to date from one editor state to the next. Built
 * from scratch, the list walks every decoration, reads every annotation's text and sorts
 * them all: on a long article that is the biggest part of what an annotation action costs.
 * After an action on the same text (a tag, a quote added, an edit, a deletion, their undo),
 * the decoration set records which decorations went and came (see lineage.ts): only those
 * annotations are read again and put in their place, and every other item stays the same
 * object, so the rows showing them have nothing to redraw.
 */
import type { EditorState } from 'prosemirror-state'
import { RecordMap } from '@shared/annotations/recordMap'
import type { AnnotationSpec } from '../decorations'
import { derivationOf } from '../lineage'
import { layerOf } from '../plugin'
import { listAfterTextEdit } from './editedList'
import { listAnnotations, readingOrder, spanText, type AnnotationItem } from './listAnnotations'

/** A list, and the state it is the list of. */
export interface AnnotationList {
  state: EditorState
  items: readonly AnnotationItem[]
}

/** Changes followed at most before the list is built again from scratch. */
const MAX_CHANGES = 32

/** The spans that went (ids) and came (ids and ranges) between two decoration sets, if known. */
function spanChanges(
  before: EditorState,
  after: EditorState
): { gone: Set<string>; came: Map<string, { from: number; to: number }> } | null {
  const start = layerOf(before).decorations
  const steps = []
  for (let set = layerOf(after).decorations; set !== start;) {
    const derivation = derivationOf(set)
    // A text edit moves every range after it; anything unrecorded is unknown: start again.
    if (!derivation || 'mapping' in derivation || steps.length >= MAX_CHANGES) return null
    steps.push(derivation)
    set = derivation.base
  }
  const gone = new Set<string>()
  const came = new Map<string, { from: number; to: number }>()
  for (const step of steps.reverse()) {
    for (const d of step.removed) {
      const spec = d.spec as AnnotationSpec
      if (spec.part !== 'span') continue
      gone.add(spec.id)
      came.delete(spec.id)
    }
    for (const d of step.added) {
      const spec = d.spec as AnnotationSpec
      if (spec.part === 'span') came.set(spec.id, { from: d.from, to: d.to })
    }
  }
  return { gone, came }
}

/** The items of the live annotations whose spans came, read from the state. */
function freshItems(
  state: EditorState,
  came: ReadonlyMap<string, { from: number; to: number }>
): AnnotationItem[] {
  const { annotations } = layerOf(state)
  const textOf = spanText(state)
  const fresh: AnnotationItem[] = []
  for (const [id, range] of came) {
    const annotation = annotations.get(id)
    if (!annotation || annotation.orphaned) continue
    fresh.push({ annotation, range, text: textOf(range.from, range.to) })
  }
  return fresh
}

/**
 * The change is only new live records (an annotation added): the ids that came, when every
 * record that changed is one of them and none was there before.
 */
function addedOnly(
  before: EditorState,
  touched: ReadonlySet<string>,
  came: ReadonlyMap<string, { from: number; to: number }>
): ReadonlyMap<string, { from: number; to: number }> | null {
  const old = layerOf(before).annotations
  for (const id of touched) if (!came.has(id) || old.has(id)) return null
  return came.size === touched.size ? came : null
}

/**
 * The list with new live annotations (`stored`: their ids in stored order) put in their place
 * in reading order by binary search: the other items, live and orphaned, are the same objects
 * at the same places.
 */
function withAdded(
  items: readonly AnnotationItem[],
  came: ReadonlyMap<string, { from: number; to: number }>,
  stored: readonly string[],
  state: EditorState
): AnnotationItem[] {
  // Ties in place go by the stored order, where the new records come after the others, in
  // the order given: no need to rank every record.
  const rank = new Map(stored.map((id, i) => [id, i]))
  const byPlace = (a: AnnotationItem, b: AnnotationItem): number =>
    a.range!.from - b.range!.from ||
    b.range!.to - a.range!.to ||
    (rank.get(a.annotation.id) ?? -1) - (rank.get(b.annotation.id) ?? -1)
  const fresh = freshItems(state, came).sort(byPlace)
  const result = items.slice()
  // Live items first, then orphans: the first orphan bounds the search.
  let liveEnd = lowerBound(result, 0, result.length, (item) => item.range === null)
  for (const item of fresh) {
    const at = lowerBound(result, 0, liveEnd, (other) => byPlace(item, other) < 0)
    result.splice(at, 0, item)
    liveEnd++
  }
  return result
}

/** The first index in [from, to) whose item passes `after` (false, then true, along it). */
function lowerBound(
  items: readonly AnnotationItem[],
  from: number,
  to: number,
  after: (item: AnnotationItem) => boolean
): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (after(items[mid])) hi = mid
    else lo = mid + 1
  }
  return lo
}

/**
 * The list of `state` (as `listAnnotations(state)`: live annotations in reading order, then
 * orphans in stored order), from `previous` when the text is the same and the decorations'
 * changes since are known; built from scratch otherwise.
 */
export function updateAnnotationList(
  previous: AnnotationList | null,
  state: EditorState
): AnnotationList {
  if (previous?.state === state) return previous
  // Typing ("Edit text"): the items before the edited blocks stay, those after move.
  const edited = previous && previous.state.doc !== state.doc && listAfterTextEdit(previous, state)
  if (edited) return { state, items: edited }
  const changes =
    previous && previous.state.doc === state.doc ? spanChanges(previous.state, state) : null
  if (!previous || !changes) return { state, items: listAnnotations(state) }
  const { annotations } = layerOf(state)
  const { gone, came } = changes
  // The records that changed, when the map can tell: the others need no reading.
  const records =
    annotations instanceof RecordMap
      ? annotations.changesSince(layerOf(previous.state).annotations)
      : null
  const touched = records && new Set([...records.changed, ...records.removed])
  const added = touched && !gone.size && addedOnly(previous.state, touched, came)
  if (added) return { state, items: withAdded(previous.items, added, records.changed, state) }
  const live: AnnotationItem[] = []
  for (const item of previous.items) {
    if (!item.range) break
    const id = item.annotation.id
    if (came.has(id) || gone.has(id)) continue
    if (touched && !touched.has(id)) {
      live.push(item)
      continue
    }
    const annotation = annotations.get(id)
    if (!annotation || annotation.orphaned) continue
    live.push(annotation === item.annotation ? item : { ...item, annotation })
  }
  const byPlace = readingOrder(annotations)
  const fresh = freshItems(state, came).sort(byPlace)
  // Merge the few fresh items into the list, which is in reading order already.
  const items: AnnotationItem[] = []
  let f = 0
  for (const item of live) {
    while (f < fresh.length && byPlace(fresh[f], item) < 0) items.push(fresh[f++])
    items.push(item)
  }
  while (f < fresh.length) items.push(fresh[f++])
  // Orphans: whatever has no live range now, in stored order, as the full list has them.
  // Every record placed (the usual case): there are none, and no need to walk them all again.
  if (items.length === annotations.size) return { state, items }
  const placed = new Set(items.map((i) => i.annotation.id))
  const orphanItems = new Map<string, AnnotationItem>()
  for (const item of previous.items) if (!item.range) orphanItems.set(item.annotation.id, item)
  for (const annotation of annotations.values()) {
    if (placed.has(annotation.id)) continue
    const old = orphanItems.get(annotation.id)
    items.push(
      old?.annotation === annotation
        ? old
        : { annotation, range: null, text: annotation.target.exact }
    )
  }
  return { state, items }
}
