/**
 * One article shared to a desk, as this machine holds it: its Yjs document, kept in a state
 * file beside the article's file in the library (`<id>.ydoc`) so that work done offline
 * survives a restart and merges when the desk is reachable again, and its connection to the
 * desk server through the Hocuspocus provider. The article file itself stays what the app
 * opens, exports and backs up: every change from the desk is handed to `onRemoteChange` as a
 * whole article file to write there.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import {
  HocuspocusProvider,
  type HocuspocusProviderConfiguration,
  type HocuspocusProviderWebsocket
} from '@hocuspocus/provider'
import * as Y from 'yjs'
import type { ArticleFile } from '@shared/model'
import {
  annotationMap,
  articleMap,
  articleTypes,
  hasArticle,
  readArticle,
  touchedAnnotations,
  writeArticle
} from '@shared/desk/articleDoc'
import { selectionIn, shareSelection } from '@shared/desk/presence'
import { deskConnection } from './nodeWebSocket'

/** Someone else who has the article open, as the desk's awareness says. */
export interface DeskPresence {
  name: string
  color: string
  /** What they have selected, in code points of the article as this replica holds it. */
  selection?: { start: number; end: number }
}

/** A colour for an editor's name, the same on every replica (a hue from the name). */
export function presenceColor(name: string): string {
  let hash = 0
  for (const c of name) hash = (hash * 31 + (c.codePointAt(0) ?? 0)) >>> 0
  return `hsl(${hash % 360} 65% 42%)`
}

/** What the status line says about a shared article. */
export type DeskStatus =
  | { state: 'synced' }
  | { state: 'syncing' }
  | { state: 'offline'; waiting: number }
  | { state: 'refused'; reason: string }

export interface DeskReplicaOptions {
  /** The desk's address as the editor entered it: the only place this connects to. */
  url: string
  /** The app's one connection to the desk (without it, the replica opens its own). */
  socket?: HocuspocusProviderWebsocket
  token: string
  /** Who makes this replica's changes, recorded as the transactions' origin. */
  editor: string
  articleId: string
  /** Where the Yjs state is kept, beside the article file. */
  stateFile: string
  /** The article to share, for an article this machine puts on the desk. */
  initial?: ArticleFile
  /**
   * Others' changes, as the whole article; `by` names the editors whose changes these are
   * (null when their apps did not say).
   */
  onRemoteChange: (file: ArticleFile, by: string | null) => void
  /**
   * The desk's version of the article does not pass the article schema: nothing is handed
   * to `onRemoteChange` (the good local file stays) and the problems are reported here.
   */
  onInvalidRemote?: (problems: string[]) => void
  onStatus?: (status: DeskStatus) => void
}

/** Close reasons the desk server gives when it refuses this editor or their change. */
const REFUSALS = /^(Token revoked|Refused)/

/**
 * Origins of the changes this machine makes, to tell them from the desk's: the editor's own
 * saves (what their undo takes back), the state kept on disk read back at start, and any
 * other rewrite of the file here (a rename, a restore, imported annotations), which the
 * editor's undo leaves alone as the editor's history in an unshared article does.
 */
/** The key of the article's map naming who made the last change (not a field of the file). */
const CHANGED_BY = 'changedBy'

const EDITOR = Symbol('editor change')
const LOADED = Symbol('loaded state')
const LOCAL = Symbol('local change')

export class DeskReplica {
  readonly doc = new Y.Doc()
  private readonly provider: HocuspocusProvider
  private saveTimer: NodeJS.Timeout | null = null
  private remoteTimer: NodeJS.Timeout | null = null
  private refusal: string | null = null
  /** The editors whose changes arrived since the article file was last handed on. */
  private readonly remoteEditors = new Set<string>()
  /**
   * Undo and redo of this editor's own saves only: others' changes that arrived meanwhile
   * stay, and a field someone else changed since is not set back (Yjs' undo manager).
   */
  private readonly undoManager: Y.UndoManager

  constructor(private readonly options: DeskReplicaOptions) {
    if (existsSync(options.stateFile)) {
      Y.applyUpdate(this.doc, readFileSync(options.stateFile), LOADED)
    }
    if (options.initial && !hasArticle(this.doc)) {
      writeArticle(this.doc, options.initial, LOCAL)
      this.saveNow()
    }
    // Each save is one step: the app saves once per action (or per pause in typing). Over
    // the article's types rather than the document, so that a save that changed nothing
    // is no step (and does not clear what can be redone).
    this.undoManager = new Y.UndoManager(articleTypes(this.doc), {
      trackedOrigins: new Set([EDITOR]),
      captureTimeout: 0
    })
    const here = new Set<unknown>([EDITOR, LOADED, LOCAL, this.undoManager])
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      this.scheduleSave()
      if (!here.has(origin)) this.scheduleRemoteChange()
    })
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (!here.has(transaction.origin)) this.noteRemoteEditors(transaction)
    })
    const configuration = {
      ...deskConnection(options),
      name: options.articleId,
      token: options.token,
      document: this.doc,
      onSynced: () => this.reportStatus(),
      onAuthenticated: () => this.reportStatus(),
      onStatus: () => this.reportStatus(),
      onUnsyncedChanges: () => this.reportStatus(),
      onAuthenticationFailed: ({ reason }: { reason: string }) => {
        this.refusal = `The desk refused the token (${reason}).`
        this.reportStatus()
      },
      onClose: ({ event }: { event: { code: number; reason: string } }) => {
        // The desk's own refusals (a revoked token, an update it would not take); any other
        // close is the desk going away, and the provider tries again.
        if (REFUSALS.test(event.reason ?? '')) this.refusal = event.reason
        this.reportStatus()
      }
    }
    // The provider hands the socket options to the socket it makes; its type lists the URL.
    this.provider = new HocuspocusProvider(
      configuration as unknown as HocuspocusProviderConfiguration
    )
    // On the app's shared connection, the provider joins it; alone, it connects by itself.
    if (options.socket) this.provider.attach()
  }

  /** The article as the replica holds it now, or null before the desk has sent it. */
  current(): ArticleFile | null {
    const read = readArticle(this.doc)
    return read.ok ? read.file : null
  }

  /**
   * Says to the others whether this editor has the article open now (Yjs awareness, which
   * the desk relays and forgets when the connection goes).
   */
  setOpen(open: boolean): void {
    const editor = open
      ? { name: this.options.editor, color: presenceColor(this.options.editor) }
      : null
    if (
      JSON.stringify(this.provider.awareness?.getLocalState()?.editor ?? null) ===
      JSON.stringify(editor)
    )
      return
    this.provider.setAwarenessField('editor', editor)
    if (!open) this.setSelection(null)
  }

  /**
   * Tells the others what this editor has selected (code points of the text), or that
   * nothing is: they draw it faintly in this editor's colour.
   */
  setSelection(range: { start: number; end: number } | null): void {
    const selection =
      range && range.end > range.start && hasArticle(this.doc)
        ? shareSelection(this.doc, range.start, range.end)
        : null
    const before = this.provider.awareness?.getLocalState()?.selection ?? null
    // Awareness sends every change to everyone: only a selection that moved is sent.
    if (JSON.stringify(before) === JSON.stringify(selection)) return
    this.provider.setAwarenessField('selection', selection)
  }

  /** The others who have the article open now. */
  present(): DeskPresence[] {
    const awareness = this.provider.awareness
    if (!awareness) return []
    const others: DeskPresence[] = []
    for (const [client, state] of awareness.getStates()) {
      if (client === awareness.clientID) continue
      const { editor, selection } = state as { editor?: unknown; selection?: unknown }
      const who = editor as Partial<DeskPresence> | null | undefined
      if (who && typeof who.name === 'string') {
        const range = selection ? selectionIn(this.doc, selection) : null
        const name = who.name.slice(0, 80)
        // The colour is worked out here from the name (the same on every replica), never
        // taken from another machine into the page's styles.
        others.push({
          name,
          color: presenceColor(name),
          ...(range ? { selection: range } : {})
        })
      }
    }
    return others
  }

  /** True when the desk lets this editor see the article but not change it. */
  get readOnly(): boolean {
    return this.provider.authorizedScope === 'readonly'
  }

  /**
   * Writes the editor's change: `next` as saved by the app, `base` the article it was made
   * from, so that only what the editor changed is written and others' concurrent work stays.
   */
  localChange(next: ArticleFile, base?: ArticleFile): void {
    this.writeSigned(this.doc, next, base)
  }

  /**
   * Writes `next` into `doc` and, when that changed anything, says who changed it (the
   * article's `changedBy`), so the others' history names this editor.
   */
  private writeSigned(doc: Y.Doc, next: ArticleFile, base: ArticleFile | undefined): void {
    doc.transact((transaction) => {
      writeArticle(doc, next, LOCAL, base ? { base } : {})
      if (transaction.changed.size > 0) articleMap(doc).set(CHANGED_BY, this.options.editor)
    }, LOCAL)
  }

  /** Who made the changes of a transaction from the desk. */
  private noteRemoteEditors(transaction: Y.Transaction): void {
    const meta = articleMap(this.doc)
    const add = (name: unknown) => {
      if (typeof name === 'string' && name.trim()) this.remoteEditors.add(name.trim().slice(0, 80))
    }
    for (const [type, keys] of transaction.changed) {
      if ((type as unknown) === meta && keys.has(CHANGED_BY)) add(meta.get(CHANGED_BY))
    }
    const annotations = annotationMap(this.doc)
    for (const id of touchedAnnotations(this.doc, transaction)) {
      const map = annotations.get(id)
      if (map instanceof Y.Map) add(map.get('updatedBy'))
    }
  }

  /** The whole Yjs state now: what an editor's view of the article was made from. */
  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc)
  }

  /**
   * Writes the editor's change made on an earlier version of the article: `seen` is the Yjs
   * state the editor's view was made from, `next` the article as the editor saved it. The
   * change is written into a copy of that state, where the editor's offsets mean what the
   * editor meant, and only the change is then merged into the document, so that text others
   * have changed since is neither reverted nor miscounted. Returns the state of the editor's
   * view after the change.
   */
  changeFrom(seen: Uint8Array, next: ArticleFile): Uint8Array {
    const copy = new Y.Doc()
    try {
      Y.applyUpdate(copy, seen)
      const before = readArticle(copy)
      const known = Y.encodeStateVector(copy)
      this.writeSigned(copy, next, before.ok ? before.file : undefined)
      Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(copy, known), EDITOR)
      return Y.encodeStateAsUpdate(copy)
    } finally {
      copy.destroy()
    }
  }

  /**
   * Takes back this editor's last save (`undo`) or puts back the last one taken back
   * (`redo`), leaving everyone else's changes as they are. False when there was nothing to
   * take back, or everything it changed has been changed again by someone else since.
   */
  step(direction: 'undo' | 'redo'): boolean {
    return (direction === 'undo' ? this.undoManager.undo() : this.undoManager.redo()) !== null
  }

  /** Whether this editor has saves to undo and undone saves to redo. */
  undoable(): { canUndo: boolean; canRedo: boolean } {
    return { canUndo: this.undoManager.canUndo(), canRedo: this.undoManager.canRedo() }
  }

  status(): DeskStatus {
    if (this.refusal && !this.provider.isAuthenticated) {
      return { state: 'refused', reason: this.refusal }
    }
    const socket = this.provider.configuration.websocketProvider
    if (socket.status !== 'connected' || !this.provider.isAuthenticated) {
      return { state: 'offline', waiting: this.provider.unsyncedChanges }
    }
    if (!this.provider.isSynced || this.provider.hasUnsyncedChanges) return { state: 'syncing' }
    return { state: 'synced' }
  }

  private reportStatus(): void {
    if (this.provider?.isAuthenticated) this.refusal = null
    this.options.onStatus?.(this.status())
  }

  private scheduleRemoteChange(): void {
    if (this.remoteTimer) return
    // Several updates arriving together make one write of the article file.
    this.remoteTimer = setTimeout(() => {
      this.remoteTimer = null
      if (!hasArticle(this.doc)) return
      const read = readArticle(this.doc)
      const by = [...this.remoteEditors].sort().join(', ') || null
      this.remoteEditors.clear()
      if (read.ok) this.options.onRemoteChange(read.file, by)
      else this.options.onInvalidRemote?.(read.problems)
    }, 30)
  }

  private scheduleSave(): void {
    if (this.saveTimer) return
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null
      this.saveNow()
    }, 100)
  }

  /** Writes the Yjs state whole, through a temporary file, so a crash leaves the old one. */
  private saveNow(): void {
    const temporary = `${this.options.stateFile}.tmp`
    writeFileSync(temporary, Y.encodeStateAsUpdate(this.doc))
    renameSync(temporary, this.options.stateFile)
  }

  /** Stops syncing; the state file keeps everything not yet on the desk. */
  close(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    if (this.remoteTimer) clearTimeout(this.remoteTimer)
    this.saveTimer = null
    this.saveNow()
    this.undoManager.destroy()
    this.provider.destroy()
    this.doc.destroy()
  }
}
