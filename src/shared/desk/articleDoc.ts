/**
 * The article as a Yjs document, for the desk: several editors annotating the same article
 * live and offline. Yjs merges; this module only maps between the document and the article
 * file (`ArticleFile`) in both directions.
 *
 * Layout of the document:
 * - `article`: a map of the article's meta fields and `schemaVersion`.
 * - `blocks`: an array of maps `{ type, text }`, `text` a Y.Text per block.
 * - `entities`: a map from entity id to the entity (a plain value: last writer wins).
 * - `annotations`: a map from annotation id to a map of its fields, so that two editors
 *   changing different fields of one quote both keep their change. Its anchors are Yjs
 *   relative positions over the block texts (`start`, `end`), which follow the words they
 *   were set on through concurrent edits. `history` is an array of field changes: when two
 *   editors change the same field at once, the field converges on one value everywhere and
 *   both changes stay in the history. The entries of `checkHistory` (the check's history the
 *   file and the app show: who changed a status or verdict, from what to what) are keys of
 *   their own in the annotation's map (`checkHistory/<entry id>`), so that both editors'
 *   entries stay, even on an annotation whose first entries two editors add at once, and
 *   every replica lists them in the same order (`mergeCheckHistories`).
 * - `entityOrder`, `annotationOrder`: the order of the ids in the file.
 *
 * Offsets in the file stay code points over the current plain text, exact: they are worked
 * out from the anchors each time the document is read.
 */
import * as Y from 'yjs'
import {
  ARTICLE_SCHEMA_VERSION,
  ArticleFile,
  type Annotation,
  type ArticleMeta,
  type Block,
  type CheckChange,
  type Entity,
  type TextTarget
} from '../model'
import { mergeCheckHistories } from '../annotations/checkHistory'
import { BLOCK_SEPARATOR, CodePointIndex } from '../text'

/** One change of one field of an annotation, as kept in its history. */
export interface FieldChange {
  field: string
  value: unknown
  by: string
  at: string
}

/** Fields of an annotation that are not kept as plain values in its map. */
const DERIVED_FIELDS = new Set(['id', 'target', 'orphaned'])

/** Keys of an annotation's map that hold its anchors and history, not file fields. */
const ANCHOR_KEYS = new Set([
  'start',
  'end',
  'startGap',
  'endGap',
  'lastTarget',
  'history',
  'orphaned'
])

/** Fields whose changes are not recorded in the annotation's field history. */
const BOOKKEEPING_FIELDS = new Set([
  'kind',
  'createdBy',
  'createdAt',
  'updatedBy',
  'updatedAt',
  // A history of its own, merged entry by entry.
  'checkHistory'
])

/** The check's history of an annotation, kept as one key per entry. */
const CHECK_HISTORY = 'checkHistory'
const CHECK_ENTRY = 'checkHistory/'

const META_FIELDS = ['id', 'title', 'language', 'origin', 'createdAt', 'updatedAt'] as const

export function articleMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('article')
}
export function blockArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray('blocks')
}
export function entityMap(doc: Y.Doc): Y.Map<Entity> {
  return doc.getMap('entities')
}
export function annotationMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('annotations')
}
function orderArray(doc: Y.Doc, name: 'entityOrder' | 'annotationOrder'): Y.Array<string> {
  return doc.getArray(name)
}

/** Every shared type of the document: what an undo manager over the whole article covers. */
export function articleTypes(doc: Y.Doc): Y.AbstractType<unknown>[] {
  return [
    articleMap(doc),
    blockArray(doc),
    entityMap(doc),
    annotationMap(doc),
    orderArray(doc, 'entityOrder'),
    orderArray(doc, 'annotationOrder')
  ] as Y.AbstractType<unknown>[]
}

/** Whether the document holds an article at all (a new desk document holds nothing yet). */
export function hasArticle(doc: Y.Doc): boolean {
  return blockArray(doc).length > 0
}

/** The block texts with where each starts in the plain text, in UTF-16 units. */
interface TextLayout {
  blocks: Block[]
  plain: string
  startOf: Map<Y.Text, number>
}

function layoutOf(doc: Y.Doc): TextLayout {
  const blocks: Block[] = []
  const startOf = new Map<Y.Text, number>()
  let at = 0
  for (const block of blockArray(doc)) {
    const text = block.get('text')
    const value = text instanceof Y.Text ? text.toString() : ''
    if (text instanceof Y.Text) startOf.set(text, at)
    blocks.push({ type: block.get('type') as Block['type'], text: value })
    at += value.length + BLOCK_SEPARATOR.length
  }
  return { blocks, plain: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), startOf }
}

/**
 * An anchor: a relative position inside one block's text, and `gap` 1 for the middle of the
 * blank line after that block (the only offset of the plain text no block holds).
 */
interface Anchor {
  position: Uint8Array
  gap: number
}

/** A UTF-16 offset of the plain text as an anchor inside its block. */
function anchorAt(doc: Y.Doc, layout: TextLayout, utf16: number, assoc: number): Anchor {
  const texts = blockArray(doc)
    .toArray()
    .map((b) => b.get('text'))
    .filter((t): t is Y.Text => t instanceof Y.Text)
  let text = texts[texts.length - 1]
  let gap = 0
  for (const candidate of texts) {
    const start = layout.startOf.get(candidate) ?? 0
    if (utf16 <= start + candidate.length) {
      text = candidate
      gap = 0
      break
    }
    if (utf16 < start + candidate.length + BLOCK_SEPARATOR.length) {
      text = candidate
      gap = utf16 - start - candidate.length
      break
    }
  }
  const start = layout.startOf.get(text) ?? 0
  const index = gap ? text.length : Math.max(0, Math.min(text.length, utf16 - start))
  const relative = Y.createRelativePositionFromTypeIndex(text, index, gap ? 0 : assoc)
  return { position: Y.encodeRelativePosition(relative), gap }
}

/** Where a stored anchor now lies in the plain text (UTF-16), or null once its block is gone. */
function resolveAnchor(
  doc: Y.Doc,
  layout: TextLayout,
  stored: unknown,
  gap: unknown
): number | null {
  if (!(stored instanceof Uint8Array)) return null
  let relative: Y.RelativePosition
  try {
    relative = Y.decodeRelativePosition(stored)
  } catch {
    return null
  }
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc)
  if (!absolute || !(absolute.type instanceof Y.Text)) return null
  const start = layout.startOf.get(absolute.type)
  if (start === undefined) return null
  // In the blank line after the block: counted from the block's end as it is now.
  if (gap === 1) return start + absolute.type.length + 1
  return start + absolute.index
}

/**
 * A code-point offset of the article's current text as an anchor that follows its words
 * through others' edits (for an editor's selection shown to the others).
 */
export function anchorOf(
  doc: Y.Doc,
  codePoint: number,
  assoc: number
): { position: Uint8Array; gap: number } {
  const layout = layoutOf(doc)
  const index = new CodePointIndex(layout.plain)
  return anchorAt(doc, layout, index.toUtf16(Math.min(codePoint, index.length)), assoc)
}

/** Where anchors made by {@link anchorOf} now lie, in code points; null once gone. */
export function offsetsOf(
  doc: Y.Doc,
  anchors: readonly { position: Uint8Array; gap: number }[]
): (number | null)[] {
  const layout = layoutOf(doc)
  const index = new CodePointIndex(layout.plain)
  return anchors.map((anchor) => {
    const utf16 = resolveAnchor(doc, layout, anchor.position, anchor.gap)
    return utf16 === null ? null : index.toCodePoint(Math.min(utf16, layout.plain.length))
  })
}

/**
 * Writes the editor's change of a check's history: the entries they added, and the removal of
 * those they took back (an undone change of status). Entries others added meanwhile stay.
 */
function writeCheckHistory(map: Y.Map<unknown>, next: unknown, before: unknown): void {
  const entries = Array.isArray(next) ? (next as CheckChange[]) : []
  const wanted = new Set(entries.map((e) => e.id))
  for (const entry of Array.isArray(before) ? (before as CheckChange[]) : []) {
    const key = CHECK_ENTRY + entry.id
    if (!wanted.has(entry.id) && map.has(key)) map.delete(key)
  }
  for (const entry of entries) {
    const key = CHECK_ENTRY + entry.id
    if (!sameValue(map.get(key), entry)) map.set(key, stored(entry))
  }
}

function plainValue(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value
}

/** The annotation as the file holds it, with its target worked out from its anchors. */
function readAnnotation(
  doc: Y.Doc,
  layout: TextLayout,
  index: CodePointIndex,
  id: string,
  map: Y.Map<unknown>
): Record<string, unknown> {
  const record: Record<string, unknown> = { id }
  const checkEntries: CheckChange[] = []
  for (const [key, value] of map.entries()) {
    if (ANCHOR_KEYS.has(key)) continue
    if (key.startsWith(CHECK_ENTRY)) checkEntries.push(value as CheckChange)
    else record[key] = plainValue(value)
  }
  if (checkEntries.length) {
    // A document written before entries had keys of their own holds them as one list.
    const listed = record[CHECK_HISTORY]
    const earlier = Array.isArray(listed) ? (listed as CheckChange[]) : []
    const all = [...earlier, ...checkEntries]
    // A malformed entry (from a faulty or hostile client) is left for the schema to refuse.
    const wellFormed = all.every((e) => e !== null && typeof e === 'object' && !Array.isArray(e))
    record[CHECK_HISTORY] = wellFormed ? mergeCheckHistories(earlier, checkEntries) : all
  }
  const last = map.get('lastTarget') as TextTarget | undefined
  const start = resolveAnchor(doc, layout, map.get('start'), map.get('startGap'))
  const end = resolveAnchor(doc, layout, map.get('end'), map.get('endGap'))
  let orphaned = map.get('orphaned') === true
  if (!orphaned && (start === null || end === null)) orphaned = true
  if (!orphaned && start !== null && end !== null) {
    const s = index.toCodePoint(start)
    const e = Math.max(s, index.toCodePoint(end))
    // Every word under the annotation deleted: it is orphaned, as in the local engine.
    if (e === s && last && last.exact.length > 0) orphaned = true
    else record.target = index.target(s, e)
  }
  if (orphaned) {
    // An orphan keeps its last quote; its offsets stay within the current text.
    const t = last ?? { start: 0, end: 0, exact: '', prefix: '', suffix: '' }
    const s = Math.min(t.start, index.length)
    record.target = { ...t, start: s, end: Math.max(s, Math.min(t.end, index.length)) }
  }
  record.orphaned = orphaned
  return record
}

function ordered(order: Y.Array<string>, keys: Iterable<string>): string[] {
  const present = new Set(keys)
  const seen = new Set<string>()
  const ids: string[] = []
  for (const id of order) {
    if (present.has(id) && !seen.has(id)) {
      seen.add(id)
      ids.push(id)
    }
  }
  // Ids missing from the order (an order entry lost to a concurrent removal) come last.
  for (const id of [...present].sort()) if (!seen.has(id)) ids.push(id)
  return ids
}

/**
 * The article file the document holds, unchecked: what `readArticle` parses. Its targets
 * are code points over the current text.
 */
export function articleRecord(doc: Y.Doc, only?: ReadonlySet<string>): Record<string, unknown> {
  const meta = articleMap(doc)
  const layout = layoutOf(doc)
  const index = new CodePointIndex(layout.plain)
  const article: Record<string, unknown> = {}
  for (const field of META_FIELDS) {
    const value = meta.get(field)
    if (value !== undefined) article[field] = plainValue(value)
  }
  const entities = entityMap(doc)
  const annotations = annotationMap(doc)
  return {
    schemaVersion: meta.get('schemaVersion'),
    article,
    blocks: layout.blocks,
    entities: ordered(orderArray(doc, 'entityOrder'), entities.keys()).map((id) =>
      plainValue(entities.get(id))
    ),
    annotations: (only
      ? [...only].filter((id) => annotations.has(id))
      : ordered(orderArray(doc, 'annotationOrder'), annotations.keys())
    ).map((id) => {
      const map = annotations.get(id)
      return map instanceof Y.Map ? readAnnotation(doc, layout, index, id, map) : { id }
    })
  }
}

/** The article the document holds, checked against the file schema. */
export function readArticle(
  doc: Y.Doc,
  options: { only?: ReadonlySet<string> } = {}
): { ok: true; file: ArticleFile } | { ok: false; problems: string[] } {
  const parsed = ArticleFile.safeParse(articleRecord(doc, options.only))
  if (parsed.success) return { ok: true, file: parsed.data }
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(article)'}: ${i.message}`)
  }
}

/**
 * Ids of the annotations a transaction added, removed or changed: what needs checking after
 * it, since an annotation's target is worked out from its anchors and stays valid whatever
 * happens to the text.
 */
export function touchedAnnotations(doc: Y.Doc, transaction: Y.Transaction): Set<string> {
  const annotations: unknown = annotationMap(doc)
  const ids = new Set<string>()
  for (const [type, keys] of transaction.changed) {
    if (type === annotations) {
      for (const key of keys) if (key !== null) ids.add(key)
      continue
    }
    // A field of an annotation's map, or its history array one level further down.
    let item = type._item
    while (item && item.parent !== annotations)
      item = (item.parent as Y.AbstractType<unknown> | null)?._item ?? null
    if (item && typeof item.parentSub === 'string') ids.add(item.parentSub)
  }
  return ids
}

/** The history of field changes of one annotation, oldest first. */
export function annotationHistory(doc: Y.Doc, id: string): FieldChange[] {
  const map = annotationMap(doc).get(id)
  const history = map instanceof Y.Map ? map.get('history') : undefined
  return history instanceof Y.Array ? (history.toArray() as FieldChange[]) : []
}

/** Length of the common prefix of two strings, never splitting a surrogate pair. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length)
  let i = 0
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++
  if (i > 0 && isHigh(a.charCodeAt(i - 1))) i--
  return i
}

/** Length of the common suffix of two strings past `prefix`, never splitting a pair. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix
  let i = 0
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++
  if (i > 0 && isLow(a.charCodeAt(a.length - i))) i--
  return i
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

/** Changes a Y.Text into `next` by replacing only what differs, so anchors elsewhere hold. */
function updateText(text: Y.Text, next: string): void {
  const current = text.toString()
  if (current === next) return
  const prefix = commonPrefix(current, next)
  const suffix = commonSuffix(current, next, prefix)
  const removed = current.length - prefix - suffix
  if (removed > 0) text.delete(prefix, removed)
  const inserted = next.slice(prefix, next.length - suffix)
  if (inserted) text.insert(prefix, inserted)
}

function newBlock(block: Block): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  map.set('type', block.type)
  map.set('text', new Y.Text(block.text))
  return map
}

/** Brings the document's blocks to `next`, touching only the blocks that changed. */
function updateBlocks(doc: Y.Doc, next: readonly Block[]): void {
  const array = blockArray(doc)
  const current = array.toArray().map((map) => ({
    map,
    type: map.get('type') as string,
    text: String(map.get('text') ?? '')
  }))
  const same = (i: number, j: number): boolean =>
    current[i].type === next[j].type && current[i].text === next[j].text
  let head = 0
  while (head < current.length && head < next.length && same(head, head)) head++
  let tail = 0
  while (
    tail < current.length - head &&
    tail < next.length - head &&
    same(current.length - 1 - tail, next.length - 1 - tail)
  )
    tail++
  const oldMiddle = current.length - head - tail
  const newMiddle = next.length - head - tail
  // Blocks in the changed stretch are edited in place, pairwise, so that a corrected word
  // keeps every anchor around it; extra blocks are removed or added after them.
  const paired = Math.min(oldMiddle, newMiddle)
  for (let k = 0; k < paired; k++) {
    const { map } = current[head + k]
    const block = next[head + k]
    if (map.get('type') !== block.type) map.set('type', block.type)
    const text = map.get('text')
    if (text instanceof Y.Text) updateText(text, block.text)
    else map.set('text', new Y.Text(block.text))
  }
  if (oldMiddle > paired) array.delete(head + paired, oldMiddle - paired)
  if (newMiddle > paired)
    array.insert(head + paired, next.slice(head + paired, head + newMiddle).map(newBlock))
}

/** A value as Yjs stores it: plain JSON (Yjs refuses objects without Object's prototype). */
function stored<T>(value: T): T {
  return value !== null && typeof value === 'object'
    ? (JSON.parse(JSON.stringify(value)) as T)
    : value
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Removes ids no longer present from an order array and appends the new ones. */
function updateOrder(order: Y.Array<string>, ids: readonly string[]): void {
  const wanted = new Set(ids)
  const current = order.toArray()
  for (let i = current.length - 1; i >= 0; i--) if (!wanted.has(current[i])) order.delete(i, 1)
  const have = new Set(current)
  const added = ids.filter((id) => !have.has(id))
  if (added.length) order.push(added)
}

function setAnchors(
  doc: Y.Doc,
  layout: TextLayout,
  index: CodePointIndex,
  map: Y.Map<unknown>,
  target: TextTarget
): void {
  // The start sticks to the character after it and the end to the character before it, so
  // that text typed just outside an annotation stays outside.
  setAnchor(map, 'start', anchorAt(doc, layout, index.toUtf16(target.start), 0))
  setAnchor(map, 'end', anchorAt(doc, layout, index.toUtf16(target.end), -1))
}

function setAnchor(map: Y.Map<unknown>, key: 'start' | 'end', anchor: Anchor): void {
  map.set(key, anchor.position)
  if (anchor.gap) map.set(`${key}Gap`, anchor.gap)
  else if (map.has(`${key}Gap`)) map.delete(`${key}Gap`)
}

function newAnnotationMap(): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  map.set('history', new Y.Array<FieldChange>())
  return map
}

/** What the article looked like before the change being written, to write only the change. */
export interface WriteOptions {
  /** The file the change was made from; by default what the document holds now. */
  base?: ArticleFile
}

/**
 * Writes an article file into the document, in one transaction with the given origin:
 * only what differs from the base is written, so that concurrent work by others on other
 * annotations, fields or words survives. Text is edited in place (common prefix and suffix
 * kept), annotations field by field; a field change is appended to the annotation's history.
 */
export function writeArticle(
  doc: Y.Doc,
  next: ArticleFile,
  origin: unknown = null,
  options: WriteOptions = {}
): void {
  doc.transact(() => {
    const baseRead = options.base ? null : readArticle(doc)
    const base = options.base ?? (baseRead?.ok ? baseRead.file : undefined)

    const meta = articleMap(doc)
    if (meta.get('schemaVersion') !== ARTICLE_SCHEMA_VERSION)
      meta.set('schemaVersion', ARTICLE_SCHEMA_VERSION)
    for (const field of META_FIELDS) {
      const value = next.article[field as keyof ArticleMeta]
      if (value === undefined) {
        if (meta.has(field)) meta.delete(field)
      } else if (!sameValue(meta.get(field), value)) meta.set(field, stored(value))
    }

    updateBlocks(doc, next.blocks)
    const layout = layoutOf(doc)
    const index = new CodePointIndex(layout.plain)

    const entities = entityMap(doc)
    const baseEntities = new Map(base?.entities.map((e) => [e.id, e]))
    for (const entity of next.entities) {
      const before = baseEntities.get(entity.id)
      if (before && sameValue(before, entity) && entities.has(entity.id)) continue
      if (!sameValue(entities.get(entity.id), entity)) entities.set(entity.id, stored(entity))
    }
    const nextEntityIds = new Set(next.entities.map((e) => e.id))
    for (const id of baseEntities.keys()) if (!nextEntityIds.has(id)) entities.delete(id)
    if (!base)
      for (const id of [...entities.keys()]) if (!nextEntityIds.has(id)) entities.delete(id)
    updateOrder(orderArray(doc, 'entityOrder'), orderOf(next.entities, entities))

    const annotations = annotationMap(doc)
    const baseAnnotations = new Map(base?.annotations.map((a) => [a.id, a]))
    for (const annotation of next.annotations) {
      writeAnnotationFields(doc, layout, index, annotation, baseAnnotations.get(annotation.id))
    }
    const nextIds = new Set(next.annotations.map((a) => a.id))
    for (const id of baseAnnotations.keys()) if (!nextIds.has(id)) annotations.delete(id)
    if (!base)
      for (const id of [...annotations.keys()]) if (!nextIds.has(id)) annotations.delete(id)
    updateOrder(orderArray(doc, 'annotationOrder'), orderOf(next.annotations, annotations))
  }, origin)
}

/** The ids of `items` in file order, followed by those others added meanwhile. */
function orderOf(
  items: readonly { id: string }[],
  map: { has(id: string): boolean; keys(): IterableIterator<string> }
): string[] {
  const ids = items.map((i) => i.id).filter((id) => map.has(id))
  const listed = new Set(ids)
  for (const id of map.keys()) if (!listed.has(id)) ids.push(id)
  return ids
}

function writeAnnotationFields(
  doc: Y.Doc,
  layout: TextLayout,
  index: CodePointIndex,
  annotation: Annotation,
  before: Annotation | undefined
): void {
  const annotations = annotationMap(doc)
  let map = annotations.get(annotation.id)
  const isNew = !(map instanceof Y.Map)
  if (!(map instanceof Y.Map)) {
    map = newAnnotationMap()
    annotations.set(annotation.id, map)
  }
  if (!isNew && before && sameValue(before, annotation)) return
  const fields = annotation as unknown as Record<string, unknown>
  const previous = before as unknown as Record<string, unknown> | undefined
  let history = map.get('history')
  if (!(history instanceof Y.Array)) {
    history = new Y.Array<FieldChange>()
    map.set('history', history)
  }
  const changes: FieldChange[] = []
  const keys = new Set([...Object.keys(fields), ...Object.keys(previous ?? {})])
  for (const key of keys) {
    if (DERIVED_FIELDS.has(key)) continue
    const value = fields[key]
    // Only what this editor changed is written: another editor's concurrent change to
    // another field of the same annotation stays.
    if (!isNew && previous && sameValue(previous[key], value)) continue
    if (key === CHECK_HISTORY) {
      writeCheckHistory(map, value, previous?.[key])
      continue
    }
    if (value === undefined) {
      if (map.has(key)) map.delete(key)
    } else if (!sameValue(map.get(key), value)) {
      map.set(key, stored(value))
      if (!isNew && !BOOKKEEPING_FIELDS.has(key)) {
        changes.push({
          field: key,
          value: stored(value),
          by: annotation.updatedBy,
          at: annotation.updatedAt
        })
      }
    }
  }
  if (changes.length) (history as Y.Array<FieldChange>).push(changes)

  const targetChanged =
    isNew ||
    !previous ||
    previous.orphaned !== annotation.orphaned ||
    (previous.target as TextTarget).start !== annotation.target.start ||
    (previous.target as TextTarget).end !== annotation.target.end ||
    (previous.target as TextTarget).exact !== annotation.target.exact
  if (!targetChanged) return
  if (map.get('orphaned') !== annotation.orphaned) map.set('orphaned', annotation.orphaned)
  if (!sameValue(map.get('lastTarget'), annotation.target))
    map.set('lastTarget', stored(annotation.target))
  if (!annotation.orphaned) setAnchors(doc, layout, index, map, annotation.target)
}

/**
 * Writes one annotation, new or changed since `before`, without reading the whole article:
 * for an editor's single change on a long article.
 */
export function putAnnotation(
  doc: Y.Doc,
  annotation: Annotation,
  before?: Annotation,
  origin: unknown = null
): void {
  doc.transact(() => {
    const layout = layoutOf(doc)
    const isNew = !annotationMap(doc).has(annotation.id)
    writeAnnotationFields(doc, layout, new CodePointIndex(layout.plain), annotation, before)
    if (isNew) orderArray(doc, 'annotationOrder').push([annotation.id])
  }, origin)
}

/** A new document holding the article file. */
export function articleDoc(file: ArticleFile, origin: unknown = null): Y.Doc {
  const doc = new Y.Doc()
  writeArticle(doc, file, origin)
  return doc
}
