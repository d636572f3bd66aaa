/** The annotations as the side panel lists them: in reading order, orphans after. */
import type { EditorState } from 'prosemirror-state'
import { RecordMap } from '@shared/annotations/recordMap'
import type { Annotation, AnnotationKind } from '@shared/model'
import { docText, offsetsOf } from '../conversions'
import { spans } from '../layer'
import { configOf, layerOf } from '../plugin'

/** One annotation for the panel. */
export interface AnnotationItem {
  annotation: Annotation
  /** Where it is now; null for an orphan. */
  range: { from: number; to: number } | null
  /** The text it covers now (an orphan's last text). */
  text: string
}

/**
 * The text between two positions as the list shows it. By code-point offsets in the article's
 * text: O(log n) each, where textBetween walks the blocks; the text itself is joined once
 * per document.
 */
export function spanText(state: EditorState): (from: number, to: number) => string {
  const { conversions } = configOf(state)
  // Made on the first call: after a key press there is often no span to read again.
  let index: ReturnType<typeof docText> | undefined
  return (from, to) => {
    const { start, end } = offsetsOf(state.doc, from, to, conversions)
    index ??= docText(state.doc)
    return index.slice(start, end)
  }
}

/**
 * The list's order for live items: by start, the longer first, then by stored order (each
 * record's place, worked out only when two items tie, which few do).
 */
export function readingOrder(
  annotations: ReadonlyMap<string, unknown>
): (a: AnnotationItem, b: AnnotationItem) => number {
  let rank: Map<string, number> | undefined
  const stored = (id: string): number => {
    if (!rank) {
      rank = new Map()
      for (const key of annotations.keys()) rank.set(key, rank.size)
    }
    return rank.get(id)!
  }
  return (a, b) =>
    a.range!.from - b.range!.from ||
    b.range!.to - a.range!.to ||
    stored(a.annotation.id) - stored(b.annotation.id)
}

/**
 * Every annotation (or those of some kinds), live ones in reading order, then orphans in
 * stored order. One walk of the decoration set: fine for 10,000 annotations.
 */
export function listAnnotations(
  state: EditorState,
  options: { kinds?: readonly AnnotationKind[] } = {}
): AnnotationItem[] {
  const layer = layerOf(state)
  const kinds = options.kinds ? new Set(options.kinds) : undefined
  const live = spans(layer)
  const textOf = spanText(state)
  const items: AnnotationItem[] = []
  const orphans: AnnotationItem[] = []
  for (const annotation of layer.annotations.values()) {
    if (kinds && !kinds.has(annotation.kind)) continue
    const span = annotation.orphaned ? undefined : live.get(annotation.id)
    if (span) {
      const range = { from: span.from, to: span.to }
      items.push({ annotation, range, text: textOf(span.from, span.to) })
    } else {
      orphans.push({ annotation, range: null, text: annotation.target.exact })
    }
  }
  items.sort((a, b) => a.range!.from - b.range!.from || b.range!.to - a.range!.to)
  return items.concat(orphans)
}

/** The orphans: annotations whose text was deleted, waiting to be re-attached or deleted. */
export function orphans(state: EditorState): Annotation[] {
  return [...layerOf(state).annotations.values()].filter((a) => a.orphaned)
}

/**
 * True when the layer has an orphan (the toolbar asks on every render): no list is made, and
 * the answer is kept per set of records.
 */
export function hasOrphans(state: EditorState): boolean {
  const { annotations } = layerOf(state)
  let found = orphanSeen.get(annotations)
  // Made from records known to have none: only the records touched since can be one.
  const made = found === undefined && annotations instanceof RecordMap && annotations.madeFrom
  if (made && orphanSeen.get(made.base) === false) {
    found = false
    for (const id of made.touched) if (annotations.get(id)?.orphaned) found = true
    orphanSeen.set(annotations, found)
  }
  if (found === undefined) {
    found = false
    for (const a of annotations.values()) {
      if (a.orphaned) {
        found = true
        break
      }
    }
    orphanSeen.set(annotations, found)
  }
  return found
}

const orphanSeen = new WeakMap<ReadonlyMap<string, Annotation>, boolean>()
