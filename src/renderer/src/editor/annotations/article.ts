/**
 * Loading an article's annotations into the editor and saving them back.
 *
 * `fromArticle` places each stored annotation by its code-point offsets, checking that the
 * text there is still its `exact` quote; when it is not (the file was edited by hand, or the
 * text changed elsewhere), the quote is looked for again, nearest the old position with the
 * best matching context; when it cannot be found, the annotation is kept as an orphan and a
 * problem is reported. Nothing is dropped: duplicate ids get a new id, unknown entities are
 * reported and kept.
 *
 * `toArticle` gives the entities and the annotations with fresh targets: offsets from the
 * live ranges, `exact`, `prefix` and `suffix` recomputed from the current text; orphans keep
 * their last target and `orphaned: true`.
 */
import type { Node } from 'prosemirror-model'
import type { EditorState } from 'prosemirror-state'
import { newId } from '@shared/annotations/ids'
import { findOccurrences } from '@shared/annotations/occurrences'
import type { Annotation, Block, Entity } from '@shared/model'
import { QUOTE_CONTEXT, type CodePointIndex } from '@shared/text'
import { docText, positionsOf, targetAt, type TextConversions } from './conversions'
import { firstChar } from './decorations'
import { buildLayer, spans, type AnnotationLayer } from './layer'
import { layerOf } from './plugin'

/** What the editor loads and saves: the article's blocks, entities and annotations. */
export interface ArticleAnnotations {
  blocks: readonly Block[]
  entities: readonly Entity[]
  annotations: readonly Annotation[]
}

/** Something found while loading, in words for the annotator. */
export interface LoadProblem {
  annotationId?: string
  entityId?: string
  message: string
}

/** A loaded article: the document, the layer to give the plugin, and what was wrong. */
export interface LoadedArticle {
  doc: Node
  layer: AnnotationLayer
  problems: LoadProblem[]
}

/** Characters in common at the end of `a` and the end of `b`. */
function commonSuffix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

/** Characters in common at the start of `a` and of `b`. */
function commonPrefix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/**
 * Where a quote is now: the occurrence of `exact` whose context agrees best with the
 * recorded prefix and suffix, the nearest to the old start among equals. Exact search only;
 * fuzzy re-anchoring of a corrected text is the import flow's job (shared/anchoring).
 */
function relocate(index: CodePointIndex, a: Annotation): { start: number; end: number } | null {
  const { exact, prefix, suffix, start } = a.target
  if (!exact) return null
  const found = findOccurrences(index.text, exact, {})
  const candidates = found.length ? found : findAllExact(index, exact)
  let best: { start: number; end: number; score: number } | null = null
  for (const o of candidates) {
    const before = index.slice(Math.max(0, o.start - QUOTE_CONTEXT), o.start)
    const after = index.slice(o.end, Math.min(index.length, o.end + QUOTE_CONTEXT))
    const score =
      commonSuffix(before, prefix) + commonPrefix(after, suffix) - Math.abs(o.start - start) / 1e6
    if (!best || score > best.score) best = { start: o.start, end: o.end, score }
  }
  return best && { start: best.start, end: best.end }
}

/** Every occurrence of a string, words or not (for quotes cut inside a word). */
function findAllExact(index: CodePointIndex, exact: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = []
  for (let i = index.text.indexOf(exact); i >= 0; i = index.text.indexOf(exact, i + 1)) {
    const start = index.toCodePoint(i)
    result.push({ start, end: index.toCodePoint(i + exact.length) })
  }
  return result
}

/**
 * Builds the document and the annotation layer of an article. Pass `doc` when the editor
 * already built it; it must hold the same blocks.
 */
export function fromArticle(
  file: ArticleAnnotations,
  conversions: TextConversions,
  doc: Node = conversions.toDoc(file.blocks)
): LoadedArticle {
  const problems: LoadProblem[] = []
  const index = docText(doc)
  const entities: Entity[] = []
  const entityIds = new Set<string>()
  for (const e of file.entities) {
    if (entityIds.has(e.id)) {
      problems.push({
        entityId: e.id,
        message: `Entity ${e.name} repeats id ${e.id}; the first one is kept`
      })
      continue
    }
    entityIds.add(e.id)
    entities.push(e)
  }
  const ids = new Set<string>()
  const records: { annotation: Annotation; range: { from: number; to: number } | null }[] = []
  for (const original of file.annotations) {
    let a = original
    if (ids.has(a.id)) {
      const id = newId()
      problems.push({
        annotationId: id,
        message: `Annotation id ${a.id} was used twice; the second is now ${id}`
      })
      a = { ...a, id }
    }
    ids.add(a.id)
    const entityId = a.kind === 'mention' ? a.entityId : a.kind === 'quote' ? a.speakerId : null
    if (entityId && !entityIds.has(entityId)) {
      problems.push({
        annotationId: a.id,
        message: `Annotation ${a.id} points at unknown entity ${entityId}`
      })
    }
    if (a.orphaned) {
      records.push({ annotation: a, range: null })
      continue
    }
    const { start, end, exact } = a.target
    let place: { start: number; end: number } | null =
      end > start && end <= index.length && index.slice(start, end) === exact
        ? { start, end }
        : null
    if (!place) {
      place = relocate(index, a)
      problems.push({
        annotationId: a.id,
        message: place
          ? `“${exact}” was not at ${start}–${end}; found it at ${place.start}–${place.end}`
          : `“${exact}” is no longer in the text; the annotation is kept as an orphan`
      })
    }
    let range = place && positionsOf(doc, place.start, place.end, conversions)
    // A first character found, there is text (normaliseRange would look for the last too).
    if (range && !firstChar(doc, range.from, range.to)) {
      // Only a block break: nothing to draw or select; keep it where the panel shows it.
      problems.push({ annotationId: a.id, message: `“${exact}” covers no text; kept as an orphan` })
      range = null
    }
    records.push({ annotation: a, range })
  }
  return { doc, layer: buildLayer(doc, entities, records), problems }
}

/** A target whose offsets are moved back inside a text of `length` code points. */
export function withinText(target: Annotation['target'], length: number): Annotation['target'] {
  if (target.end <= length) return target
  return { ...target, start: Math.min(target.start, length), end: length }
}

/**
 * One annotation as it is saved: with a fresh target over the current text when it has a
 * live range, else as an orphan.
 */
export function savedAnnotation(
  a: Annotation,
  span: { from: number; to: number } | undefined,
  doc: Node,
  conversions: TextConversions
): Annotation {
  if (span && !a.orphaned)
    return { ...a, orphaned: false, target: targetAt(doc, span.from, span.to, conversions) }
  // A record without a live range is an orphan, whatever it says: never drop it. Its
  // offsets are from an older text; kept within the current one (a file never points past
  // its text), while exact, prefix and suffix keep the last quote.
  return { ...a, orphaned: true, target: withinText(a.target, docText(doc).length) }
}

/** The entities and annotations to save, with fresh targets over the current text. */
export function toArticle(
  state: EditorState,
  conversions: TextConversions
): { entities: Entity[]; annotations: Annotation[] } {
  const layer = layerOf(state)
  const live = spans(layer)
  const annotations: Annotation[] = []
  for (const a of layer.annotations.values())
    annotations.push(savedAnnotation(a, live.get(a.id), state.doc, conversions))
  return { entities: [...layer.entities.values()], annotations }
}
