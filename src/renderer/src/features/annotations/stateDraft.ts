/**
 * An editor state as a draft to save (see store/articleDraft.ts): what changed since the
 * state saved before is read from the two states without walking the article, so a save
 * after typing costs the edited blocks and the annotations near them, not the whole text.
 *
 * - Text: the top-level blocks the two documents share (ProseMirror keeps an unchanged
 *   block's node) bound one splice of the blocks in between.
 * - Annotations: every live one within reach of the changed text (its quote and context may
 *   have changed), every record that changed or is new, and orphans whose kept offsets no
 *   longer fit the text; the others stand where they stood, moved by the change's length,
 *   which is how main places them (src/shared/articleDelta.ts).
 *
 * Against the article as opened (no earlier state): what changed since the editor state as
 * opened, and what that state saves differently from the file (see openedState.ts). Only
 * when that cannot be told (a draft of an editor without its opened state, the blocks as
 * opened not the file's, a repeated id) is the whole layer compared by value.
 */
import type { Node } from 'prosemirror-model'
import type { EditorState } from 'prosemirror-state'
import {
  applyArticleDelta,
  changedText,
  keptThrough,
  nearChange,
  type ArticleDelta,
  type ArticleLayer,
  type ChangedText
} from '@shared/articleDelta'
import type { Entity } from '@shared/model'
import { sameJson } from '@shared/sameJson'
import { RecordMap } from '@shared/annotations/recordMap'
import { QUOTE_CONTEXT } from '@shared/text'
import {
  articleConversions,
  layerOf,
  savedAnnotation,
  spans,
  toArticle,
  type AnnotationLayer,
  type AnnotationSpec
} from '@renderer/editor/annotations'
import { blockOf, changedBlocks, docToBlocks, TextPositions } from '@renderer/editor/document'
import type { ArticleDraft } from '@renderer/store/articleDraft'
import { openedStateOf, type OpeningChanges } from './openedState'

/** Code-point lengths of a document's blocks. */
function blockLengths(doc: Node): number[] {
  const positions = TextPositions.of(doc)
  const lengths: number[] = []
  for (let i = 0; i < positions.blockCount; i++) {
    const block = positions.block(i)
    lengths.push(block.end - block.start)
  }
  return lengths
}

/** The live span of annotation `id` if it starts and ends within `target`'s range. */
function spanAt(
  layer: AnnotationLayer,
  positions: TextPositions,
  id: string,
  target: { start: number; end: number }
): { from: number; to: number } | null {
  const { from, to } = positions.toRange(target.start, target.end)
  const found = layer.decorations.find(
    from,
    to,
    (s: AnnotationSpec) => s.part === 'span' && s.id === id
  )
  return found.length ? { from: found[0].from, to: found[0].to } : null
}

/** Records of `next` that are new or differ from `before`'s (by identity), and those gone. */
function recordChanges<T>(
  before: ReadonlyMap<string, T>,
  next: ReadonlyMap<string, T>
): { changed: string[]; removed: string[] } {
  const changed: string[] = []
  const removed: string[] = []
  if (before === next) return { changed, removed }
  // Records changed by the last few actions: named without walking them all.
  const known = next instanceof RecordMap ? next.changesSince(before) : null
  if (known) return known
  for (const [id, record] of next) if (before.get(id) !== record) changed.push(id)
  for (const id of before.keys()) if (!next.has(id)) removed.push(id)
  return { changed, removed }
}

/**
 * `changes` (since the state as opened) with the records that state saves differently from
 * the file: those the editor holds now are written, the others removed from the file.
 */
function withOpening(
  changes: { changed: string[]; removed: string[] },
  ids: ReadonlySet<string>,
  now: ReadonlyMap<string, unknown>,
  inFile: ReadonlySet<string>
): { changed: string[]; removed: string[] } {
  if (!ids.size) return changes
  const changed = new Set(changes.changed)
  const removed = new Set(changes.removed)
  for (const id of ids) {
    if (now.has(id)) changed.add(id)
    else if (inFile.has(id)) removed.add(id)
  }
  return { changed: [...changed], removed: [...removed] }
}

/** What changed between two whole layers, compared by value. */
function layerDifference(base: ArticleLayer, next: ArticleLayer): ArticleDelta {
  const delta: ArticleDelta = {
    entities: { put: [], remove: [] },
    annotations: { put: [], remove: [] }
  }
  let head = 0
  const shortest = Math.min(base.blocks.length, next.blocks.length)
  while (head < shortest && sameJson(base.blocks[head], next.blocks[head])) head++
  let tail = 0
  while (
    tail < shortest - head &&
    sameJson(base.blocks[base.blocks.length - 1 - tail], next.blocks[next.blocks.length - 1 - tail])
  )
    tail++
  let change: ChangedText | null = null
  if (head < base.blocks.length || head < next.blocks.length) {
    const splice = { start: head, deleteCount: base.blocks.length - head - tail }
    const inserted = next.blocks.slice(head, next.blocks.length - tail)
    delta.text = { ...splice, blocks: inserted }
    const length = (text: string) => [...text].length
    change = changedText(
      base.blocks.map((b) => length(b.text)),
      splice,
      inserted.map((b) => length(b.text))
    )
  }
  const entities = new Map(base.entities.map((e) => [e.id, e]))
  for (const e of next.entities) if (!sameJson(entities.get(e.id), e)) delta.entities.put.push(e)
  const kept = new Set(next.entities.map((e) => e.id))
  delta.entities.remove = base.entities.filter((e) => !kept.has(e.id)).map((e) => e.id)
  const annotations = new Map(base.annotations.map((a) => [a.id, a]))
  for (const a of next.annotations) {
    const before = annotations.get(a.id)
    const near = !!change && !!before && !before.orphaned && nearChange(before.target, change)
    // Compared with where main keeps it when it is not sent: moved with the text after the
    // change. Compared as opened, every annotation after an edit differed by its offsets and
    // was sent (the whole layer, 11 MB at 30,000 annotations).
    if (near || !sameJson(before && keptThrough(before, change), a)) delta.annotations.put.push(a)
  }
  const present = new Set(next.annotations.map((a) => a.id))
  delta.annotations.remove = base.annotations.filter((a) => !present.has(a.id)).map((a) => a.id)
  return delta
}

/** An editor state to save. */
export class StateDraft implements ArticleDraft {
  private layer: ArticleLayer | null = null
  /** The changed text of the last change worked out, measured on the editor's documents. */
  private change: ChangedText | undefined
  /**
   * The draft this one was last compared with, and what changed since: this one's whole
   * layer, when asked for, is that one's with the change applied (no fresh target to compute
   * for every annotation).
   */
  private derived: { base: ArticleDraft; delta: ArticleDelta; change?: ChangedText } | undefined

  constructor(
    readonly state: EditorState,
    readonly rejectedSuggestions?: string[]
  ) {}

  full(): ArticleLayer {
    if (this.layer) return this.layer
    const derived = this.derived
    this.derived = undefined
    const base =
      derived && (derived.base instanceof StateDraft ? derived.base.layer : derived.base.full())
    if (derived && base) {
      try {
        this.layer = applyArticleDelta(base, derived.delta, derived.change)
        return this.layer
      } catch {
        // A change that does not fit: read the state itself below.
      }
    }
    const { entities, annotations } = toArticle(this.state, articleConversions)
    this.layer = { blocks: docToBlocks(this.state.doc), entities, annotations }
    return this.layer
  }

  withRejected(keys: string[]): ArticleDraft {
    const draft = new StateDraft(this.state, keys)
    draft.layer = this.layer
    draft.derived = this.derived
    return draft
  }

  since(base: ArticleDraft): ArticleDelta {
    this.change = undefined
    const delta =
      base instanceof StateDraft ? this.changesSince(base.state) : this.sinceOpened(base)
    // Drafts compared one after the other must not hold each other's states for ever.
    if (base instanceof StateDraft) base.derived = undefined
    if (!this.layer) this.derived = { base, delta, change: this.change }
    return delta
  }

  /**
   * What changed since `base`, not a state of this editor: when it is the file this editor
   * was opened from, what changed since the state as opened and what that state saves
   * differently from the file; else the whole layer compared by value.
   */
  private sinceOpened(base: ArticleDraft): ArticleDelta {
    const file = base.full()
    const opened = openedStateOf(this.state)
    const atOpening = opened?.isOpenedFrom(file) ? opened.changes() : null
    return opened && atOpening
      ? this.changesSince(opened.state, atOpening)
      : layerDifference(file, this.full())
  }

  /**
   * What changed since an earlier state of the same editor; with `atOpening`, since the
   * state as opened, with what that state saves differently from its file.
   */
  private changesSince(base: EditorState, atOpening?: OpeningChanges): ArticleDelta {
    const before = base.doc
    const doc = this.state.doc
    const layer = layerOf(this.state)
    const baseLayer = layerOf(base)
    const delta: ArticleDelta = {
      entities: { put: [], remove: [] },
      annotations: { put: [], remove: [] }
    }
    let entities = recordChanges(baseLayer.entities, layer.entities)
    let records = recordChanges(baseLayer.annotations, layer.annotations)
    if (atOpening) {
      const { fileEntities, fileAnnotations } = atOpening
      entities = withOpening(entities, atOpening.entities, layer.entities, fileEntities)
      records = withOpening(records, atOpening.annotations, layer.annotations, fileAnnotations)
    }
    delta.entities.put = entities.changed.map((id) => layer.entities.get(id) as Entity)
    delta.entities.remove = entities.removed
    delta.annotations.remove = records.removed
    const fresh = new Set(records.changed)
    const live = new Map<string, { from: number; to: number }>()
    const splice = changedBlocks(before, doc)
    const positions = TextPositions.of(doc)
    if (splice) {
      const lengths = blockLengths(doc)
      const end = doc.childCount - (before.childCount - splice.start - splice.deleteCount)
      const inserted: Node[] = []
      for (let i = splice.start; i < end; i++) inserted.push(doc.child(i))
      delta.text = { ...splice, blocks: inserted.map(blockOf) }
      const change = changedText(blockLengths(before), splice, lengths.slice(splice.start, end))
      this.change = change
      // Every live annotation within reach of the changed text gets a fresh target.
      const from = positions.toPos(Math.max(0, change.head - QUOTE_CONTEXT), 1)
      const to = positions.toPos(change.oldEnd + change.shift + QUOTE_CONTEXT, -1)
      const near = layer.decorations.find(
        Math.max(0, from - 1),
        to + 1,
        (s: AnnotationSpec) => s.part === 'span'
      )
      for (const d of near) {
        const id = (d.spec as AnnotationSpec).id
        fresh.add(id)
        live.set(id, { from: d.from, to: d.to })
      }
      // Orphans keep their offsets within the text, which may now be shorter or longer: one
      // that ended at the end of the shorter text may have been cut there.
      const shorter = Math.min(TextPositions.of(before).length, positions.length)
      for (const a of layer.annotations.values())
        if (a.orphaned && a.target.end >= shorter) fresh.add(a.id)
    }
    // Records changed away from the edit (tagged, deleted, orphaned): where they are now,
    // looked for first where their record says (a new one is where it was made), then in
    // the whole set for those not found there.
    const unplaced = new Set<string>()
    for (const id of fresh) {
      const a = layer.annotations.get(id)
      if (live.has(id) || !a || a.orphaned) continue
      const span = spanAt(layer, positions, id, a.target)
      if (span) live.set(id, span)
      else unplaced.add(id)
    }
    if (unplaced.size) for (const [id, span] of spans(layer, unplaced)) live.set(id, span)
    for (const id of fresh) {
      const a = layer.annotations.get(id)
      if (a) delta.annotations.put.push(savedAnnotation(a, live.get(id), doc, articleConversions))
    }
    return delta
  }
}
