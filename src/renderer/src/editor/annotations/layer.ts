/**
 * The annotation layer as one immutable value: the entity registry, the annotation records
 * and their live ranges. Every function here is pure (old layer in, new layer out), which is
 * what lets the plugin record each change as an undoable step (see layerStep.ts).
 *
 * Live ranges are not stored in the records: they live in the DecorationSet, whose "span"
 * decoration for each annotation is both what is drawn and the index of where it is now.
 * Mapping that set through a transaction is cheap (see decorations.ts), and the set tells us
 * which spans a deletion removed: those annotations become orphans, kept with their last
 * quote (exact, prefix, suffix), never dropped. A record's `target` is the one it was
 * created or loaded with; `toArticle` recomputes fresh targets from the live ranges.
 */
import type { Node } from 'prosemirror-model'
import type { Mapping } from 'prosemirror-transform'
import { DecorationSet, type Decoration } from 'prosemirror-view'
import type { Annotation, Entity, TextTarget } from '@shared/model'
import type { EntityRegistry, RegistryEdit } from '@shared/annotations/registry'
import { AnnotationError } from '@shared/annotations/factory'
import { RecordMap } from '@shared/annotations/recordMap'
import {
  annotationDecorations,
  assignLanes,
  firstChar,
  isAnnotationSpec,
  lastChar,
  laneFor,
  MAX_LANES,
  takesLane,
  type AnnotationSpec
} from './decorations'
import { createDecorationSet } from './decorationTree'
import { changeDecorations, mapDecorations } from './lineage'

/** Entities, annotations and their live ranges (as decorations). */
export interface AnnotationLayer extends EntityRegistry {
  readonly decorations: DecorationSet
}

/** A layer with nothing in it. */
export const EMPTY_LAYER: AnnotationLayer = Object.freeze({
  entities: new Map<string, Entity>(),
  annotations: RecordMap.of(new Map<string, Annotation>()),
  decorations: DecorationSet.empty
})

/** An annotation and where it is in the document. */
export interface Placement {
  annotation: Annotation
  from: number
  to: number
}

/** Where a live annotation is now, and its underline lane. */
export interface LiveSpan {
  from: number
  to: number
  lane?: number
}

const isSpan = (s: AnnotationSpec): boolean => s.part === 'span'

/**
 * Every live span of a decoration set, by id, kept per set (a set never changes): the panel's
 * list and the save after it read the same walk. A layer built on opening puts its spans here
 * as it placed them, without a walk (about 20 ms at 10,000 annotations).
 */
const allSpans = new WeakMap<DecorationSet, ReadonlyMap<string, LiveSpan>>()

/**
 * The live spans of the layer (all, or only these ids), by id: one O(n) walk of the set.
 * Look spans up by id: the order of the map is not the document's.
 */
export function spans(
  layer: AnnotationLayer,
  ids?: ReadonlySet<string>
): ReadonlyMap<string, LiveSpan> {
  const known = ids ? undefined : allSpans.get(layer.decorations)
  if (known) return known
  const result = new Map<string, LiveSpan>()
  const found = layer.decorations.find(
    undefined,
    undefined,
    (s: AnnotationSpec) => isSpan(s) && (!ids || ids.has(s.id))
  )
  for (const d of found) {
    const s = d.spec as AnnotationSpec
    result.set(s.id, { from: d.from, to: d.to, lane: s.lane })
  }
  if (!ids) allSpans.set(layer.decorations, result)
  return result
}

/** The live span of one annotation, or null for an orphan or an unknown id. */
export function spanOf(layer: AnnotationLayer, id: string): LiveSpan | null {
  return spans(layer, new Set([id])).get(id) ?? null
}

/**
 * A selection narrowed to the text it covers: a range starting at the end of a block starts
 * at the next block's text instead. Null when there is no text in it.
 */
export function normaliseRange(
  doc: Node,
  from: number,
  to: number
): { from: number; to: number } | null {
  const a = Math.max(0, Math.min(from, to))
  const b = Math.min(doc.content.size, Math.max(from, to))
  if (a >= b) return null
  const first = firstChar(doc, a, b)
  const last = lastChar(doc, a, b)
  return first && last ? { from: first[0], to: last[1] } : null
}

function checkPlacement(doc: Node, p: Placement): void {
  if (!(p.from < p.to) || p.from < 0 || p.to > doc.content.size) {
    throw new AnnotationError(
      `Annotation ${p.annotation.id} has no text to point at (${p.from}–${p.to})`
    )
  }
}

/**
 * Builds a layer in one go (loading an article): `records` in their stored order, each
 * placed at a range or, with `range: null`, kept as an orphan. Lanes are assigned by a sweep
 * and the decoration set is created once.
 */
export function buildLayer(
  doc: Node,
  entities: Iterable<Entity>,
  records: readonly { annotation: Annotation; range: { from: number; to: number } | null }[]
): AnnotationLayer {
  const entityMap = new Map<string, Entity>()
  for (const e of entities) entityMap.set(e.id, e)
  const annotations = new Map<string, Annotation>()
  const placed: Placement[] = []
  const laned: { id: string; from: number; to: number }[] = []
  for (const { annotation, range } of records) {
    if (range) {
      // Records are values: one already marked live is kept as it is, not copied.
      const record = annotation.orphaned === false ? annotation : { ...annotation, orphaned: false }
      const p = { annotation: record, from: range.from, to: range.to }
      checkPlacement(doc, p)
      placed.push(p)
      annotations.set(record.id, record)
      if (takesLane(record.kind)) laned.push({ id: record.id, from: p.from, to: p.to })
    } else {
      annotations.set(annotation.id, { ...annotation, orphaned: true })
    }
  }
  const lanes = assignLanes(laned)
  const decos: Decoration[] = []
  const live = new Map<string, LiveSpan>()
  for (const { annotation, from, to } of placed) {
    const lane = lanes.get(annotation.id)
    annotationDecorations(annotation, from, to, lane, entityMap, doc, decos)
    live.set(annotation.id, { from, to, lane })
  }
  const decorations = createDecorationSet(doc, decos)
  allSpans.set(decorations, live)
  return { entities: entityMap, annotations: RecordMap.of(annotations), decorations }
}

/**
 * Adds new annotations at their ranges (ids must be new). Quotes and notes take the first
 * underline lane free among those they overlap, including others added in the same batch.
 */
export function addAnnotations(
  layer: AnnotationLayer,
  doc: Node,
  placements: readonly Placement[],
  entities: ReadonlyMap<string, Entity> = layer.entities
): AnnotationLayer {
  if (!placements.length) return entities === layer.entities ? layer : { ...layer, entities }
  let annotations = RecordMap.of(layer.annotations)
  const decos: Decoration[] = []
  const batch: { from: number; to: number; lane: number }[] = []
  for (const p of placements) {
    if (annotations.has(p.annotation.id)) {
      throw new AnnotationError(`An annotation with id ${p.annotation.id} already exists`)
    }
    checkPlacement(doc, p)
    let lane: number | undefined
    if (takesLane(p.annotation.kind)) {
      lane = laneFor(layer.decorations, p.from, p.to)
      const taken = new Set(batch.filter((b) => b.from < p.to && b.to > p.from).map((b) => b.lane))
      while (taken.has(lane) && lane < MAX_LANES - 1) lane++
      batch.push({ from: p.from, to: p.to, lane })
    }
    const annotation = { ...p.annotation, orphaned: false }
    annotations = annotations.with(annotation.id, annotation)
    decos.push(...annotationDecorations(annotation, p.from, p.to, lane, entities, doc))
  }
  const decorations = changeDecorations(layer.decorations, [], decos, doc)
  return { entities, annotations, decorations }
}

/** Every decoration of these annotations. */
function decorationsOf(layer: AnnotationLayer, ids: ReadonlySet<string>): Decoration[] {
  return layer.decorations.find(undefined, undefined, (s: AnnotationSpec) => ids.has(s.id))
}

/** Removes annotations (live or orphaned) and their decorations. Unknown ids are ignored. */
export function removeAnnotations(layer: AnnotationLayer, ids: Iterable<string>): AnnotationLayer {
  const gone = new Set(ids)
  if (!gone.size) return layer
  const annotations = RecordMap.of(layer.annotations).without(gone)
  const decorations = changeDecorations(layer.decorations, decorationsOf(layer, gone), [], null)
  return { ...layer, annotations, decorations }
}

/**
 * Redraws live annotations after their records or their entities changed (a new speaker, an
 * entity's new type): same ranges and lanes, new classes. Orphans have nothing to redraw.
 */
export function redraw(layer: AnnotationLayer, doc: Node, ids: Iterable<string>): AnnotationLayer {
  const wanted = new Set(ids)
  if (!wanted.size) return layer
  const old = decorationsOf(layer, wanted)
  if (!old.length) return layer
  const fresh: Decoration[] = []
  for (const d of old) {
    const s = d.spec as AnnotationSpec
    const a = layer.annotations.get(s.id)
    if (s.part === 'span' && a && !a.orphaned) {
      fresh.push(...annotationDecorations(a, d.from, d.to, s.lane, layer.entities, doc))
    }
  }
  return { ...layer, decorations: changeDecorations(layer.decorations, old, fresh, doc) }
}

/** Replaces annotation records (same ids, same kinds) and redraws the live ones. */
export function putAnnotations(
  layer: AnnotationLayer,
  doc: Node,
  records: readonly Annotation[]
): AnnotationLayer {
  if (!records.length) return layer
  const annotations = RecordMap.of(layer.annotations).withAll(
    records.map((r): [string, Annotation] => {
      const old = layer.annotations.get(r.id)
      if (!old) throw new AnnotationError(`No annotation with id ${r.id}`)
      return [r.id, { ...r, orphaned: old.orphaned }]
    })
  )
  return redraw(
    { ...layer, annotations },
    doc,
    records.map((r) => r.id)
  )
}

/** Applies a registry edit: new entities and records, removed mentions gone, changed redrawn. */
export function applyRegistryEdit(
  layer: AnnotationLayer,
  doc: Node,
  edit: RegistryEdit
): AnnotationLayer {
  const gone = edit.removed.length ? decorationsOf(layer, new Set(edit.removed)) : []
  const removed = gone.length
    ? changeDecorations(layer.decorations, gone, [], null)
    : layer.decorations
  const next: AnnotationLayer = { ...edit.registry, decorations: removed }
  return redraw(next, doc, edit.changed)
}

/**
 * Replaces the entity registry; mentions of the entities listed in `redrawEntities` (say,
 * one whose type changed) are redrawn with their new type's class.
 */
export function setEntities(
  layer: AnnotationLayer,
  doc: Node,
  entities: ReadonlyMap<string, Entity>,
  redrawEntities: readonly string[] = []
): AnnotationLayer {
  const next = { ...layer, entities }
  if (!redrawEntities.length) return next
  const which = new Set(redrawEntities)
  const ids: string[] = []
  for (const a of layer.annotations.values()) {
    if (a.kind === 'mention' && which.has(a.entityId) && !a.orphaned) ids.push(a.id)
  }
  return redraw(next, doc, ids)
}

/** Puts an orphan back at a new range (the record passed in carries its new target). */
export function reattachAnnotation(
  layer: AnnotationLayer,
  doc: Node,
  annotation: Annotation,
  from: number,
  to: number
): AnnotationLayer {
  const old = layer.annotations.get(annotation.id)
  if (!old) throw new AnnotationError(`No annotation with id ${annotation.id}`)
  if (!old.orphaned) throw new AnnotationError('Only an orphaned annotation can be re-attached')
  const records = RecordMap.of(layer.annotations)
  const without = records.without([annotation.id])
  const added = addAnnotations({ ...layer, annotations: without }, doc, [{ annotation, from, to }])
  // Keep the record where it was in the order (the panel and the file keep their order): a
  // key already in the map keeps its place.
  const annotations = records.with(annotation.id, added.annotations.get(annotation.id)!)
  return { ...added, annotations }
}

/** How to compute an orphan's last quote: the document before the change, and a targeter. */
export interface OrphanContext {
  before: Node
  target(doc: Node, from: number, to: number): TextTarget
}

/**
 * Maps the layer through a change to the document. Annotations whose whole span was deleted
 * become orphans, keeping their last quote (computed from the document before the change
 * when `orphans` is given); markers that lost their character are redrawn at the new edges.
 */
export function mapLayer(
  layer: AnnotationLayer,
  mapping: Mapping,
  doc: Node,
  orphans?: OrphanContext
): AnnotationLayer {
  const orphaned = new Set<string>()
  const damaged = new Set<string>()
  const decorations = mapDecorations(layer.decorations, mapping, doc, {
    onRemove: (s: unknown) => {
      if (!isAnnotationSpec(s)) return
      if (s.part === 'span') orphaned.add(s.id)
      else damaged.add(s.id)
    }
  })
  if (decorations === layer.decorations) return layer
  let next: AnnotationLayer = { ...layer, decorations }
  if (orphaned.size) {
    const orphanRecords: [string, Annotation][] = []
    const lastSpans = orphans ? spans(layer, orphaned) : new Map<string, LiveSpan>()
    for (const id of orphaned) {
      const a = layer.annotations.get(id)
      if (!a) continue
      const last = lastSpans.get(id)
      const target = last && orphans ? orphans.target(orphans.before, last.from, last.to) : a.target
      orphanRecords.push([id, { ...a, orphaned: true, target }])
    }
    const annotations = RecordMap.of(layer.annotations).withAll(orphanRecords)
    // Markers cannot outlive their span, but make sure nothing of an orphan is left drawn.
    const leftovers = decorations.find(undefined, undefined, (s: AnnotationSpec) =>
      orphaned.has(s.id)
    )
    next = {
      ...next,
      annotations,
      decorations: changeDecorations(decorations, leftovers, [], null)
    }
  }
  for (const id of orphaned) damaged.delete(id)
  return damaged.size ? redraw(next, doc, damaged) : next
}
