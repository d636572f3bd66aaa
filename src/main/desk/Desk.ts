/**
 * The desk in the main process: the editor's desk settings, the articles of this library
 * shared to the desk (one {@link DeskReplica} each), and the way changes go between the
 * article files and the desk.
 *
 * - Sharing an article puts its file into a new Yjs document on the desk and lists it in the
 *   desk's catalogue; every other editor's app then takes a copy into its own library.
 * - Others' changes reach the article file through the Library's own checked, durable write
 *   (`writeFromDesk`), never over a file it could not read; a desk version that fails the
 *   article schema is refused and logged, and the good file stays.
 * - The editor's save of a shared article is written into the Yjs document as the change
 *   from the version the editor had open (so others' work the editor has not seen yet stays),
 *   and the merged article is what the file gets.
 * - Anything else that rewrites a shared article's file here (a rename, a restore, imported
 *   annotations) goes to the desk the same way.
 */
import { existsSync } from 'node:fs'
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { AppError } from '@shared/contract'
import type { CatalogueEntry } from '@shared/desk/catalogue'
import type { DeskArticleStatus, DeskOverview, DeskSettingsView } from '@shared/desk/deskSchemas'
import type { ArticleFile } from '@shared/model'
import type { ArticleChanges, Library, LibraryChange, SavedArticle } from '../library/Library'
import { assertSavable } from '../library/validate'
import { DeskCatalogue } from './deskCatalogue'
import { DeskLinks, type DeskLink } from './deskLinks'
import { DeskReplica } from './deskReplica'
import { deskSocket } from './nodeWebSocket'
import {
  NO_DESK,
  isComplete,
  readDeskSettings,
  writeDeskSettings,
  type DeskSettings
} from './deskSettingsFile'

export interface DeskOptions {
  library: Library
  /** Where the desk settings are kept (`desk.json` in the app's user data). */
  settingsFile: string
  log: (message: string) => void
}

/** One article of this library on the desk. */
interface SharedArticle {
  replica: DeskReplica
  /** Counts the times others' changes were written to the article file. */
  remoteRevision: number
  refusedChange?: string
  /** The article as last written to its file: the base of changes made by other paths. */
  onDisk: ArticleFile | null
  /** The article as the editor last opened or saved it: the base of the editor's next save. */
  inEditor: ArticleFile | null
  /** The Yjs state the article file was last written from. */
  diskState: Uint8Array | null
  /** The Yjs state the editor's view was made from: where the editor's next change applies. */
  editorState: Uint8Array | null
  /** Writes of others' changes, one after another. */
  writing: Promise<void>
}

/** How long a selection stays shown once the window stops saying what is selected. */
const SELECTION_KEPT_MS = 5_000

export const DESK_NOT_SET =
  'Set the desk’s address, your name and your access token in Settings (Desk) first.'
export const DESK_READ_ONLY =
  'The desk lets you read this article but not change it (your token is read-only). Ask ' +
  'whoever runs the desk for an editor token.'

export class Desk {
  private settings: DeskSettings = NO_DESK
  private links = new Map<string, DeskLink>()
  private readonly shared = new Map<string, SharedArticle>()
  private readonly joining = new Set<string>()
  private catalogue: DeskCatalogue | null = null
  /** The one connection to the desk every shared article and the catalogue go through. */
  private socket: HocuspocusProviderWebsocket | null = null
  private libraryRevision = 0
  private readonly linkStore: DeskLinks
  private readonly ownSaves = new Set<string>()
  private readonly stopWatching: () => void
  private selectionTimer: ReturnType<typeof setTimeout> | undefined = undefined

  private constructor(private readonly options: DeskOptions) {
    this.linkStore = new DeskLinks(options.library.folder)
    this.stopWatching = options.library.onChange((change) => this.libraryChanged(change))
  }

  /** Reads the settings and the shared articles, and connects when a desk is set up. */
  static async open(options: DeskOptions): Promise<Desk> {
    const desk = new Desk(options)
    desk.settings = await readDeskSettings(options.settingsFile, options.log)
    desk.links = await desk.linkStore.all(options.log)
    desk.connect()
    return desk
  }

  private get unavailable(): string | undefined {
    return this.options.library.access().readOnly
      ? 'This window only reads the library, so it does not sync with the desk.'
      : undefined
  }

  settingsView(): DeskSettingsView {
    const { url, name, token } = this.settings
    return { url, name, tokenSet: token.length > 0 }
  }

  /** Saves the settings (an absent token keeps the saved one) and reconnects with them. */
  async saveSettings(change: {
    url: string
    name: string
    token?: string
  }): Promise<DeskSettingsView> {
    const next: DeskSettings = {
      url: change.url,
      name: change.name,
      token: change.token === undefined ? this.settings.token : change.token
    }
    await writeDeskSettings(this.options.settingsFile, next)
    const before = this.settings
    this.settings = next
    if (before.url !== next.url || before.token !== next.token || before.name !== next.name) {
      this.disconnect()
      this.connect()
    }
    return this.settingsView()
  }

  private connect(): void {
    if (!isComplete(this.settings) || this.unavailable) return
    const { url, token } = this.settings
    this.socket = deskSocket(url)
    this.catalogue = new DeskCatalogue({
      url,
      socket: this.socket,
      token,
      onEntries: (entries, synced) => this.catalogueChanged(entries, synced),
      log: this.options.log
    })
    for (const [id, link] of this.links) {
      if (link.url === url && !link.left) this.openReplica(id)
    }
  }

  private disconnect(): void {
    for (const entry of this.shared.values()) entry.replica.close()
    this.shared.clear()
    this.catalogue?.close()
    this.catalogue = null
    this.socket?.destroy()
    this.socket = null
  }

  private openReplica(id: string, initial?: ArticleFile): SharedArticle {
    const { url, token, name } = this.settings
    const entry = {
      remoteRevision: 0,
      onDisk: initial ?? null,
      inEditor: null,
      diskState: null,
      editorState: null
    } as SharedArticle
    entry.writing = Promise.resolve()
    entry.replica = new DeskReplica({
      url,
      ...(this.socket ? { socket: this.socket } : {}),
      token,
      editor: name,
      articleId: id,
      stateFile: this.linkStore.stateFile(id),
      initial,
      onRemoteChange: (file, by) => this.writeRemote(id, entry, file, entry.replica.state(), by),
      onInvalidRemote: (problems) => {
        entry.refusedChange = problems.slice(0, 3).join('; ')
        this.options.log(
          `Refused the desk's version of ${id}: it would make the article invalid ` +
            `(${entry.refusedChange}). The file on disk is unchanged.`
        )
      }
    })
    if (initial) entry.diskState = entry.replica.state()
    this.shared.set(id, entry)
    return entry
  }

  /** Others' changes, written to the article file one after another. */
  private writeRemote(
    id: string,
    entry: SharedArticle,
    file: ArticleFile,
    state: Uint8Array,
    by: string | null
  ): void {
    entry.writing = entry.writing.then(async () => {
      if (this.shared.get(id) !== entry) return
      try {
        // The version kept in the history names the others who made the change.
        await this.options.library.writeFromDesk(id, file, { by })
        entry.diskState = state
        entry.refusedChange = undefined
      } catch (error) {
        entry.refusedChange = error instanceof Error ? error.message : String(error)
        this.options.log(`Did not write the desk's version of ${id}: ${entry.refusedChange}`)
      }
    })
  }

  private libraryChanged(change: LibraryChange): void {
    if (change.kind !== 'written') return
    const id = change.file.article.id
    const entry = this.shared.get(id)
    if (!entry) return
    const before = entry.onDisk
    entry.onDisk = change.file
    if (change.fromDesk) {
      entry.remoteRevision++
      this.libraryRevision++
      return
    }
    if (this.ownSaves.has(id) || entry.replica.readOnly) return
    // Renamed, restored or given imported annotations here: the desk gets the change too.
    entry.replica.localChange(change.file, before ?? undefined)
    entry.diskState = entry.replica.state()
  }

  private catalogueChanged(entries: Map<string, CatalogueEntry>, synced: boolean): void {
    for (const id of entries.keys()) {
      if (!this.links.has(id) && !this.joining.has(id)) void this.join(id)
    }
    if (!synced || !this.catalogue) return
    // Shared while the catalogue was out of reach: list it now.
    for (const [id, entry] of this.shared) {
      const link = this.links.get(id)
      const title = entry.onDisk?.article.title ?? entry.replica.current()?.article.title
      if (!entries.has(id) && link && title) {
        this.catalogue.add(id, { title, sharedBy: this.settings.name, sharedAt: link.sharedAt })
      }
    }
  }

  /** Takes a copy of an article someone else shared; its file is written once it arrives. */
  private async join(id: string): Promise<void> {
    this.joining.add(id)
    try {
      if ((await this.options.library.articleIds()).includes(id)) {
        this.options.log(`The desk lists an article ${id}, but this library has its own ${id}.`)
        return
      }
      const link: DeskLink = { url: this.settings.url, sharedAt: new Date().toISOString() }
      await this.linkStore.add(id, link)
      this.links.set(id, link)
      if (!this.shared.has(id) && this.catalogue) this.openReplica(id)
    } catch (error) {
      this.options.log(`Could not take the desk's article ${id}: ${String(error)}`)
    } finally {
      this.joining.delete(id)
    }
  }

  /** Puts an article of this library on the desk. */
  async share(id: string): Promise<DeskArticleStatus> {
    if (this.unavailable) throw new AppError('read-only', this.unavailable)
    if (!isComplete(this.settings) || !this.catalogue)
      throw new AppError('unsupported', DESK_NOT_SET)
    const known = this.shared.get(id)
    if (known) return this.statusOf(id, known)
    const file = await this.options.library.open(id)
    const before = this.links.get(id)
    // Shared before and stopped: the Yjs state kept since is where the desk's copy stands.
    const again = before?.left === true && existsSync(this.linkStore.stateFile(id))
    const link: DeskLink = { url: this.settings.url, sharedAt: new Date().toISOString() }
    await this.linkStore.add(id, link)
    this.links.set(id, link)
    const entry = this.openReplica(id, again ? undefined : file)
    if (again) {
      // Only what changed here since sharing stopped goes to the desk, merged with the rest.
      entry.replica.localChange(file, entry.replica.current() ?? undefined)
      entry.onDisk = file
      entry.diskState = entry.replica.state()
    }
    entry.inEditor = file
    entry.editorState = entry.diskState
    entry.replica.setOpen(true)
    this.catalogue.add(id, {
      title: file.article.title,
      sharedBy: this.settings.name,
      sharedAt: link.sharedAt
    })
    this.options.log(`Shared ${id} ("${file.article.title}") to ${this.settings.url}.`)
    return this.statusOf(id, entry)
  }

  /** The editor opened (or reloaded) an article: what their next save is a change from. */
  opened(file: ArticleFile): void {
    // The others see who has which article open.
    for (const [id, other] of this.shared) other.replica.setOpen(id === file.article.id)
    const entry = this.shared.get(file.article.id)
    if (!entry) return
    entry.inEditor = file
    // The file was written from the desk's state then (or, before any write this session,
    // from the state kept beside it).
    entry.editorState = entry.diskState ?? entry.replica.state()
  }

  /**
   * The editor's save of a shared article, merged with others' work on the desk: the change
   * from what the editor had open goes into the Yjs document, and the article file gets the
   * merged result. Undefined for an article that is not shared (the Library saves it).
   */
  async save(id: string, changes: ArticleChanges): Promise<SavedArticle | undefined> {
    const entry = this.shared.get(id)
    if (!entry) return undefined
    if (entry.replica.readOnly) throw new AppError('read-only', DESK_READ_ONLY)
    const base = entry.inEditor ?? entry.onDisk ?? entry.replica.current()
    if (!base) return undefined
    const blocks = changes.blocks?.map((b) => ({ type: b.type, text: b.text.normalize('NFC') }))
    const next: ArticleFile = {
      ...base,
      blocks: blocks ?? base.blocks,
      entities: changes.entities,
      annotations: changes.annotations
    }
    assertSavable(next.blocks, next.entities, next.annotations)
    entry.editorState = entry.replica.changeFrom(entry.editorState ?? entry.replica.state(), next)
    const merged = entry.replica.current() ?? next
    const mergedState = entry.replica.state()
    entry.inEditor = next
    const saved = await this.writeOwn(id, merged, changes.rejectedSuggestions)
    entry.diskState = mergedState
    // The file now holds others' work the editor has not seen: the renderer reloads it.
    if (
      JSON.stringify([merged.blocks, merged.annotations, merged.entities]) !==
      JSON.stringify([next.blocks, next.annotations, next.entities])
    ) {
      entry.remoteRevision++
    }
    return saved
  }

  /**
   * Undo or redo on a shared article: takes back (or puts back) the editor's own last save
   * on the desk, leaving others' changes made since in place, and writes the result to the
   * article file. Call once the editor's pending changes are saved; the editor then reopens
   * the article. False when there was nothing of the editor's to undo or redo.
   */
  async step(id: string, direction: 'undo' | 'redo'): Promise<boolean> {
    const entry = this.shared.get(id)
    if (!entry) throw new AppError('not-found', `The article ${id} is not on the desk.`)
    if (entry.replica.readOnly) throw new AppError('read-only', DESK_READ_ONLY)
    // Others' changes already received go to the file first, so the undo is written after.
    await entry.writing
    if (!entry.replica.step(direction)) return false
    const file = entry.replica.current()
    if (!file) return true
    const state = entry.replica.state()
    await this.writeOwn(id, file)
    entry.diskState = state
    entry.inEditor = file
    entry.editorState = state
    return true
  }

  /**
   * Stops sharing an article from this library: its file stays as it is and changes no longer
   * cross, and it is not taken from the desk again. The desk keeps it for the others. Its Yjs
   * state is kept, so that sharing it again sends only what changed here since.
   */
  async stopSharing(id: string): Promise<void> {
    const entry = this.shared.get(id)
    const link = this.links.get(id)
    if (!entry || !link) throw new AppError('not-found', `The article ${id} is not on the desk.`)
    await entry.writing
    entry.replica.close()
    this.shared.delete(id)
    const left = { ...link, left: true }
    this.links.set(id, left)
    await this.linkStore.add(id, left)
    this.options.log(`Stopped sharing ${id} with ${link.url}.`)
  }

  /**
   * Writes the desk's version of an article after this editor's own change to it, as this
   * editor's save (not echoed back to the desk as a change made by another path).
   */
  private async writeOwn(
    id: string,
    file: ArticleFile,
    rejectedSuggestions?: string[]
  ): Promise<SavedArticle> {
    this.ownSaves.add(id)
    try {
      return await this.options.library.save(id, {
        entities: file.entities,
        annotations: file.annotations,
        blocks: file.blocks,
        ...(rejectedSuggestions ? { rejectedSuggestions } : {})
      })
    } finally {
      this.ownSaves.delete(id)
    }
  }

  /** The article was deleted here: it stops syncing, and is not taken from the desk again. */
  async forget(id: string): Promise<void> {
    const entry = this.shared.get(id)
    const link = this.links.get(id)
    if (entry) {
      entry.replica.close()
      this.shared.delete(id)
    }
    if (link) {
      const left = { ...link, left: true }
      this.links.set(id, left)
      await this.linkStore.leave(id, left)
    }
  }

  private statusOf(id: string, entry: SharedArticle): DeskArticleStatus {
    return {
      id,
      status: entry.replica.status(),
      remoteRevision: entry.remoteRevision,
      readOnly: entry.replica.readOnly,
      present: entry.replica.present(),
      ...entry.replica.undoable(),
      ...(entry.refusedChange ? { refusedChange: entry.refusedChange } : {})
    }
  }

  /**
   * How the desk stands; `selection` is what the editor has selected in the open article
   * now, which the others who have it open see.
   */
  overview(selection?: { id: string; start: number; end: number }): DeskOverview {
    if (selection) {
      const entry = this.shared.get(selection.id)
      entry?.replica.setSelection(selection)
      // A window that stops asking (a closed browser tab) no longer shows that selection.
      clearTimeout(this.selectionTimer)
      this.selectionTimer = setTimeout(() => {
        if (entry && this.shared.get(selection.id) === entry) entry.replica.setSelection(null)
      }, SELECTION_KEPT_MS)
    }
    const unavailable = this.unavailable
    return {
      configured: isComplete(this.settings),
      ...(unavailable ? { unavailable } : {}),
      libraryRevision: this.libraryRevision,
      articles: [...this.shared].map(([id, entry]) => this.statusOf(id, entry))
    }
  }

  /** Stops syncing; each article's Yjs state file keeps what the desk has not had yet. */
  async close(): Promise<void> {
    this.stopWatching()
    clearTimeout(this.selectionTimer)
    await Promise.all([...this.shared.values()].map((entry) => entry.writing))
    this.disconnect()
  }
}
