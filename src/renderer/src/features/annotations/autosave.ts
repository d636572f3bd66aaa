/**
 * Saved as you go: every change to the annotation layer (or to the text, in "Edit text")
 * reaches the article file shortly after it is made. Changes are debounced (400 ms by
 * default after an annotation action; 1.5 s after a key press in "Edit text", so that a
 * write, which reads the whole article on the page's thread, falls in a pause of the typist
 * rather than between two keys of a word) and handed to the shell's coalescing `save`, which
 * shows "Saving…"/"All changes saved." and raises failures as alerts.
 *
 * `flush()` writes now (the page is being hidden); `flushForClose()` waits for saves under
 * way and then writes the current state once more straight through the API, so that it can
 * tell the window whether the work is really on disk (`readyToClose({ flushed })`).
 */
import type { Node } from 'prosemirror-model'
import type { EditorState } from 'prosemirror-state'
import type { Result } from '@shared/contract'
import { articleConversions, layerOf, toArticle } from '@renderer/editor/annotations'
import { docToBlocks } from '@renderer/editor/document'
import type { ArticleChanges } from '@renderer/store/actions'
import type { ArticleDraft } from '@renderer/store/articleDraft'
import { StateDraft } from './stateDraft'

/** Default wait after the last change before writing. */
export const AUTOSAVE_DEBOUNCE_MS = 400

/** Default wait after the last text edit before writing: a pause in typing, not a gap. */
export const AUTOSAVE_TEXT_DEBOUNCE_MS = 1500

/** What the autosave needs from the outside world (the feature context, or a test fake). */
export interface AutosaveDeps {
  /**
   * The shell's coalescing save (status and alerts included); resolves to the registry ids
   * the saved entities were linked to, when saved.
   */
  save(changes: ArticleChanges | ArticleDraft): Promise<Record<string, string> | undefined | void>
  /** A direct save whose outcome is known (used when the window closes). */
  saveDirect(changes: ArticleChanges): Promise<Result<unknown>>
  /**
   * A save that survives the page going away (fetch with `keepalive` in the browser host);
   * false when it cannot be sent that way (too large, or not a browser host).
   */
  saveOnUnload?(changes: ArticleChanges): boolean
  debounceMs?: number
  /** The wait after a text edit (the typist's pause). */
  textDebounceMs?: number
  setTimer?: (callback: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
}

/** What the file holds for an editor state: the layer, and the blocks once the text changed. */
export function changesOf(state: EditorState, openedDoc: Node): ArticleChanges {
  const { entities, annotations } = toArticle(state, articleConversions)
  const changes: ArticleChanges = { entities, annotations }
  // Blocks go along only once the text was edited: a plain annotation save stays small.
  if (!state.doc.eq(openedDoc)) changes.blocks = docToBlocks(state.doc)
  return changes
}

/** Watches editor states and writes the article when its layer or text changed. */
export class Autosave {
  private latest: EditorState | null = null
  private saved: { layer: unknown; doc: Node } | null = null
  private timer: unknown = undefined
  private inFlight: Promise<void> = Promise.resolve()
  private openedDoc: Node | null = null
  private touched = false
  private readonly debounceMs: number
  private readonly textDebounceMs: number
  private readonly setTimer: (callback: () => void, ms: number) => unknown
  private readonly clearTimer: (handle: unknown) => void
  /** Told the registry ids a save linked the article's entities to. */
  private onLinked: ((registryIds: Record<string, string>) => void) | null = null

  constructor(private readonly deps: AutosaveDeps) {
    this.debounceMs = deps.debounceMs ?? AUTOSAVE_DEBOUNCE_MS
    this.textDebounceMs = deps.textDebounceMs ?? AUTOSAVE_TEXT_DEBOUNCE_MS
    this.setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms))
    this.clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as number))
  }

  /**
   * Calls `listener` with the registry ids (entity id → registry id) each save linked the
   * entities to, so the editor shows at once what an entity tagged since opening stands for.
   */
  listenForLinks(listener: (registryIds: Record<string, string>) => void): void {
    this.onLinked = listener
  }

  /**
   * The editor took the registry ids a save returned (`before` → `after`, one layer change
   * that is not the user's): when `before` was what was saved, so is `after`, and nothing is
   * written again for it.
   */
  adoptLinked(before: unknown, after: EditorState): void {
    if (this.saved && this.saved.layer === before) {
      this.saved = { layer: layerOf(after), doc: this.saved.doc }
    }
  }

  private save(changes: ArticleDraft): Promise<void> {
    return this.deps.save(changes).then((ids) => {
      if (ids && this.onLinked) this.onLinked(ids)
    })
  }

  /** True while a change waits for its write. */
  get pending(): boolean {
    return this.timer !== undefined
  }

  /** Called with every new editor state; the first one is what the file already holds. */
  track(state: EditorState): void {
    const previous = this.latest
    this.latest = state
    if (!this.saved || !this.openedDoc) {
      this.saved = { layer: layerOf(state), doc: state.doc }
      this.openedDoc = state.doc
      return
    }
    if (layerOf(state) === this.saved.layer && state.doc === this.saved.doc) return
    this.schedule(previous !== null && state.doc !== previous.doc)
  }

  private schedule(textEdit: boolean): void {
    if (this.timer !== undefined) this.clearTimer(this.timer)
    this.timer = this.setTimer(
      () => {
        this.timer = undefined
        void this.flush()
      },
      textEdit ? this.textDebounceMs : this.debounceMs
    )
  }

  /**
   * The latest state, remembered as handed over; null when nothing changed. The save works
   * out what to send from it (only what changed since the last save, when it can).
   */
  private take(): StateDraft | null {
    const state = this.latest
    if (!state || !this.openedDoc || !this.saved) return null
    if (layerOf(state) === this.saved.layer && state.doc === this.saved.doc) return null
    this.saved = { layer: layerOf(state), doc: state.doc }
    this.touched = true
    return new StateDraft(state)
  }

  /** Writes the latest changes now (if any); resolves when the write is done. */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      this.clearTimer(this.timer)
      this.timer = undefined
    }
    const changes = this.take()
    if (changes) this.inFlight = this.save(changes)
    return this.inFlight
  }

  /**
   * The page is going away (browser host): sends the latest changes in a request the browser
   * finishes even after the page is gone, or, when it cannot, starts a normal write.
   */
  flushOnUnload(): void {
    if (this.timer !== undefined) {
      this.clearTimer(this.timer)
      this.timer = undefined
    }
    const draft = this.take()
    if (!draft || !this.openedDoc) return
    if (this.deps.saveOnUnload?.(changesOf(draft.state, this.openedDoc))) return
    this.inFlight = this.save(draft)
  }

  /**
   * Before the window closes: waits for the writes under way, then writes the current state
   * once more through the API (a save that failed earlier is retried). True when the work is
   * on disk, or when nothing was ever changed.
   */
  async flushForClose(): Promise<boolean> {
    await this.flush()
    const state = this.latest
    if (!this.touched || !state || !this.openedDoc) return true
    try {
      const result = await this.deps.saveDirect(changesOf(state, this.openedDoc))
      return result.ok
    } catch {
      return false
    }
  }

  /** Stops the timer (the article is closing); call `flush` first to keep the last changes. */
  dispose(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer)
    this.timer = undefined
  }
}
