/**
 * The editor state as opened, the base of the first save (see stateDraft.ts). Main holds the
 * article as it read it; the editor saves it as it opened it, which may differ: an annotation
 * found again elsewhere or kept as an orphan, a quote whose range began or ended between two
 * paragraphs narrowed to their text, a context written otherwise by another program, a
 * repeated id renamed. The first save must write those differences too.
 *
 * Comparing the whole saved layer with the file at the first save cost about 440 ms of the
 * page's thread at 30,000 annotations (every annotation's saved form worked out, then
 * compared by value). Here each annotation of the file is compared with what the opened
 * state would save for it, in idle moments after opening, a few milliseconds at a time; a
 * record the editor kept as it was read (the same object) needs only its target worked out.
 * The first save then sends what changed since the opened state and these differences, as a
 * later save sends what changed since the state saved before. What is left to compare when
 * the first save comes is compared then.
 */
import type { EditorState } from 'prosemirror-state'
import { Plugin, PluginKey } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { ArticleLayer } from '@shared/articleDelta'
import type { Annotation, Entity } from '@shared/model'
import { sameJson } from '@shared/sameJson'
import {
  articleConversions,
  layerOf,
  savedAnnotation,
  spans,
  targetAt,
  type ArticleAnnotations,
  type LiveSpan
} from '@renderer/editor/annotations'
import { blockOf } from '@renderer/editor/document'

/** What the opened state saves differently from the file it was opened from. */
export interface OpeningChanges {
  /** Entities to write as the editor holds them now (or to remove, when gone since). */
  entities: ReadonlySet<string>
  /** Annotations to write as the editor holds them now (or to remove, when gone since). */
  annotations: ReadonlySet<string>
  /** The ids of the file's entities. */
  fileEntities: ReadonlySet<string>
  /** The ids of the file's annotations. */
  fileAnnotations: ReadonlySet<string>
}

/** Annotations compared per look at the clock: a clock read costs more than one comparison. */
const BATCH = 128

/** Longest stretch of comparing in one idle moment: a key pressed meanwhile waits for it. */
const SLICE_MS = 4

/** The opened state of an editor and what it saves differently from its file. */
export class OpenedState {
  /** Next annotation of the file to compare. */
  private next = 0
  /** Annotations of the file the opened state holds. */
  private found = 0
  private finished = false
  private readonly fileIds = new Set<string>()
  private readonly fileEntityIds = new Set<string>()
  private readonly entities = new Set<string>()
  private readonly annotations = new Set<string>()
  /** False once something cannot be told record by record: the whole is compared instead. */
  private comparable = true
  private live: ReadonlyMap<string, LiveSpan> | null = null

  constructor(
    /** The article as read, which the editor state was opened from. */
    readonly file: ArticleAnnotations,
    /** The editor state as opened. */
    readonly state: EditorState
  ) {}

  /** True when `base` is the file this state was opened from (the very arrays). */
  isOpenedFrom(base: ArticleLayer): boolean {
    return (
      base.blocks === this.file.blocks &&
      base.entities === this.file.entities &&
      base.annotations === this.file.annotations
    )
  }

  /** True once every annotation of the file has been compared. */
  get done(): boolean {
    return !this.comparable || this.finished
  }

  /**
   * What the opened state saves differently from its file, comparing now what is left; null
   * when that cannot be told record by record (the blocks differ, an id repeats).
   */
  changes(): OpeningChanges | null {
    this.compare(() => true)
    if (!this.comparable) return null
    return {
      entities: this.entities,
      annotations: this.annotations,
      fileEntities: this.fileEntityIds,
      fileAnnotations: this.fileIds
    }
  }

  /** Compares annotations while `more()` says so (asked every few); true when all are. */
  compare(more: () => boolean): boolean {
    if (this.done) return true
    const { state, file } = this
    const layer = layerOf(state)
    if (!this.live) {
      this.live = spans(layer)
      this.compareText()
      this.compareEntities()
      if (!this.comparable) return true
    }
    const live = this.live
    const list = file.annotations
    while (this.next < list.length) {
      const end = Math.min(list.length, this.next + BATCH)
      for (; this.next < end; this.next++) {
        const a = list[this.next]
        if (this.fileIds.has(a.id)) {
          // Which of the two the file's later readers take is not the editor's to guess.
          this.comparable = false
          return true
        }
        this.fileIds.add(a.id)
        const record = layer.annotations.get(a.id)
        if (record) this.found++
        if (!this.savesAsRead(a, record, live.get(a.id))) this.annotations.add(a.id)
      }
      if (this.next < list.length && !more()) return false
    }
    // Records the editor holds that the file has not (none unless an id was renamed).
    if (layer.annotations.size > this.found)
      for (const id of layer.annotations.keys()) if (!this.fileIds.has(id)) this.annotations.add(id)
    this.finished = true
    return true
  }

  /** True when the editor saves `a` of the file as it is in the file. */
  private savesAsRead(
    a: Annotation,
    record: Annotation | undefined,
    span: LiveSpan | undefined
  ): boolean {
    if (!record) return false
    const doc = this.state.doc
    // The record kept as read: all but its target is the file's, and a live one is saved
    // with `orphaned: false` (which buildLayer kept it for) and a fresh target.
    if (record === a && span && a.orphaned === false)
      return sameJson(a.target, targetAt(doc, span.from, span.to, articleConversions))
    return sameJson(a, savedAnnotation(record, span, doc, articleConversions))
  }

  /** The blocks the opened document saves, against the file's. */
  private compareText(): void {
    const { doc } = this.state
    const blocks = this.file.blocks
    if (doc.childCount !== blocks.length) this.comparable = false
    else
      for (let i = 0; i < blocks.length && this.comparable; i++)
        if (!sameJson(blocks[i], blockOf(doc.child(i)))) this.comparable = false
  }

  /** The entities the opened state saves, against the file's. */
  private compareEntities(): void {
    const held = layerOf(this.state).entities
    const ids = this.fileEntityIds
    for (const e of this.file.entities) {
      if (ids.has(e.id)) this.comparable = false
      ids.add(e.id)
      const now: Entity | undefined = held.get(e.id)
      if (now !== e && !sameJson(now, e)) this.entities.add(e.id)
    }
    for (const id of held.keys()) if (!ids.has(id)) this.entities.add(id)
  }
}

const openedKey = new PluginKey<OpenedState>('openedState')

/** The opened state of the editor `state` belongs to, when it was opened from a file. */
export function openedStateOf(state: EditorState): OpenedState | undefined {
  return openedKey.getState(state)
}

/**
 * Compares the opened state with its file in idle moments, a slice at a time; the function
 * returned stops.
 */
function compareWhenIdle(opened: OpenedState): () => void {
  // Without idle callbacks (tests), the first save compares.
  if (typeof requestIdleCallback !== 'function') return () => {}
  let idle = 0
  const step = (deadline: IdleDeadline): void => {
    const until = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining())
    idle = opened.compare(() => performance.now() < until) ? 0 : requestIdleCallback(step)
  }
  idle = requestIdleCallback(step)
  return () => cancelIdleCallback(idle)
}

/**
 * Keeps the editor state as opened from `file` (the state being created), compared with the
 * file while the page is idle.
 */
export function openedStatePlugin(file: ArticleAnnotations): Plugin<OpenedState> {
  return new Plugin<OpenedState>({
    key: openedKey,
    state: {
      // `state` is the state being created; its fields after this one are set just after.
      init: (_, state) => new OpenedState(file, state),
      apply: (_, opened) => opened
    },
    view(view: EditorView) {
      const opened = openedKey.getState(view.state)
      return { destroy: opened ? compareWhenIdle(opened) : () => {} }
    }
  })
}
