/**
 * The library as the desk's memory: every article held in the main process with its search
 * index and its queue items, read once from cold and then kept current from the Library's
 * change notifications (saves, imports, renames, deletions, quarantines), so a search or
 * opening the queue never rereads the folder.
 */
import type { ArticleFile } from '@shared/model'
import { AppError } from '@shared/contract'
import { entityKeyIn, entityPage, type EntityPage } from '@shared/memory/entityPage'
import { LibraryIndex, type LibrarySearchResult } from '@shared/memory/libraryIndex'
import {
  queueItemsOf,
  queueView,
  type QueueFilter,
  type QueueItem,
  type QueueView
} from '@shared/memory/queue'
import type { Library, LibraryChange } from '../library/Library'

/** Most queue items in one answer (the total is always complete). */
export const MAX_QUEUE_ITEMS = 1000

interface Held {
  file: ArticleFile
  /** Its queue items, computed when the queue is next opened. */
  items: QueueItem[] | null
}

/** Search, queue and entity pages over one library. */
export class LibraryMemory {
  private readonly held = new Map<string, Held>()
  private readonly index = new LibraryIndex()
  /**
   * Articles held but not indexed yet: changes are indexed at the next search, so a
   * library-wide change that rewrites hundreds of articles does not wait on the index, and an
   * article changed twice before a search is indexed once.
   */
  private readonly unindexed = new Set<string>()
  private loading: Promise<void> | null = null
  /** Articles changed while the cold read runs: what it read of them is already stale. */
  private touched: Set<string> | null = null
  private readonly stop: () => void
  /** Goes up with every change held, so a queue view computed since is known to be current. */
  private version = 0
  /** The last queue view: opening the queue again without a change costs nothing. */
  private lastQueue: { key: string; version: number; view: QueueView } | null = null

  constructor(private readonly library: Library) {
    this.stop = library.onChange((change) => this.apply(change))
  }

  private apply(change: LibraryChange): void {
    // Before the first read nothing is held; the cold read will see the change on disk.
    if (!this.loading) return
    const id = change.kind === 'written' ? change.file.article.id : change.id
    this.touched?.add(id)
    if (change.kind === 'written') this.hold(change.file)
    else {
      this.version++
      this.held.delete(id)
      this.unindexed.delete(id)
      this.index.remove(id)
    }
  }

  private hold(file: ArticleFile): void {
    this.version++
    this.held.set(file.article.id, { file, items: null })
    this.unindexed.add(file.article.id)
  }

  /** Brings the search index up to the articles held. */
  private indexed(): LibraryIndex {
    for (const id of this.unindexed) {
      const held = this.held.get(id)
      if (held) this.index.set(held.file)
    }
    this.unindexed.clear()
    return this.index
  }

  /** Reads every article once (the first call), then resolves at once. */
  ready(): Promise<void> {
    this.loading ??= this.load()
    return this.loading
  }

  private async load(): Promise<void> {
    this.touched = new Set()
    try {
      for (const id of await this.library.articleIds()) {
        if (this.touched.has(id)) continue
        let file: ArticleFile
        try {
          file = await this.library.open(id)
        } catch (error) {
          // A damaged or newer file is reported by the library listing; search goes on.
          if (error instanceof AppError) continue
          throw error
        }
        if (!this.touched.has(id)) this.hold(file)
      }
      // Indexed and queued from cold here, so the first search and the first opening of the
      // queue are as quick as the next ones.
      this.indexed()
      for (const held of this.held.values()) held.items ??= queueItemsOf(held.file)
    } catch (error) {
      this.loading = null
      throw error
    } finally {
      this.touched = null
    }
  }

  /** Every article held (after {@link ready}), in no particular order. */
  articles(): ArticleFile[] {
    return [...this.held.values()].map((h) => h.file)
  }

  /** The articles held, most recently changed first. */
  private files(): ArticleFile[] {
    return [...this.held.values()]
      .map((h) => h.file)
      .sort((a, b) => b.article.updatedAt.localeCompare(a.article.updatedAt))
  }

  /** Articles matching a query, best first, with the passages found. */
  async search(query: string): Promise<LibrarySearchResult> {
    await this.ready()
    return this.indexed().search(query)
  }

  /** The verification queue under a filter. */
  async queue(filter: QueueFilter, limit = MAX_QUEUE_ITEMS): Promise<QueueView> {
    await this.ready()
    const key = JSON.stringify([filter, limit])
    const last = this.lastQueue
    if (last && last.key === key && last.version === this.version) return last.view
    const order = [...this.held.values()].sort((a, b) =>
      b.file.article.updatedAt.localeCompare(a.file.article.updatedAt)
    )
    const view = queueView(
      order.map((h) => (h.items ??= queueItemsOf(h.file))),
      filter,
      limit
    )
    this.lastQueue = { key, version: this.version, view }
    return view
  }

  /**
   * The page of an entity across the library, named by its library-wide key or by its id in
   * one article; 'not-found' when no article has it.
   */
  async entity(
    request: { key: string } | { articleId: string; entityId: string }
  ): Promise<EntityPage> {
    await this.ready()
    const key =
      'key' in request
        ? request.key
        : (() => {
            const held = this.held.get(request.articleId)
            return held ? entityKeyIn(held.file, request.entityId) : null
          })()
    const page = key ? entityPage(this.files(), key) : null
    if (!page) throw new AppError('not-found', 'That entity is in no article of the library.')
    return page
  }

  /** Stops following the library. */
  close(): void {
    this.stop()
  }
}
