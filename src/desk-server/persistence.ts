/**
 * Writes the desk's articles to its SQLite file change by change. Hocuspocus' database
 * extension writes an article's whole Yjs state a second after the last change and at least
 * every ten seconds while it changes: on an article of 5,000 annotations that held each
 * process' event loop for 140 ms at the median and up to a second on a loaded machine, every
 * ten seconds, and every change arriving meanwhile waited (measured by `npm run desk:soak`).
 * Here each change is appended as it is (a few hundred bytes), in one transaction a short
 * moment later, by a thread of its own (storeThread.ts); the whole state is encoded only when
 * the changes since the last compaction pile up, when the article is closed and when the
 * process stops.
 */
import type {
  Extension,
  afterUnloadDocumentPayload,
  onChangePayload,
  onConfigurePayload,
  onLoadDocumentPayload
} from '@hocuspocus/server'
import type { Hocuspocus } from '@hocuspocus/server'
import * as Y from 'yjs'
import type { StoreThread } from './storeThread'

/** How long changes gather before they are written together. */
export const APPEND_AFTER_MS = 500
/** Changes appended to an article before its whole state is written again. */
export const COMPACT_AFTER_CHANGES = 10_000

export class SqlitePersistence implements Extension {
  private instance: Hocuspocus | null = null
  private pending: { name: string; update: Uint8Array }[] = []
  private timer: ReturnType<typeof setTimeout> | null = null
  /** Per article: changes appended since its last compaction, and the last change read on loading it. */
  private readonly articles = new Map<string, { appended: number; readUpTo: number }>()

  constructor(
    private readonly store: StoreThread,
    /** Names this process' rows, so that processes sharing the file compact only their own. */
    private readonly writer: string,
    private readonly log: (line: string) => void,
    /** Times the part of a write done on the event loop. */
    private readonly timeWrite: (write: () => void) => void = (write) => write()
  ) {}

  private written(what: string, write: Promise<void>): void {
    write.catch((error: Error) =>
      this.log(`could not write ${what} to the database: ${error.message}`)
    )
  }

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const { parts, lastSeq } = await this.store.fetch(documentName)
    if (parts.length) Y.applyUpdate(document, Y.mergeUpdates(parts))
    this.articles.set(documentName, { appended: parts.length, readUpTo: lastSeq })
    if (parts.length > COMPACT_AFTER_CHANGES) this.compact(documentName, document)
  }

  /** Every change, from an editor or from another process through Redis alike. */
  async onChange({ documentName, update }: onChangePayload): Promise<void> {
    this.pending.push({ name: documentName, update })
    this.timer ??= setTimeout(() => this.flush(), APPEND_AFTER_MS)
  }

  /** Writes the changes gathered so far, and compacts the articles that need it. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const changes = this.pending
    this.pending = []
    if (!changes.length) return
    this.timeWrite(() => this.written('changes', this.store.append(this.writer, changes)))
    for (const { name } of changes) {
      const article = this.articles.get(name)
      if (article) article.appended++
    }
    for (const [name, article] of this.articles) {
      const document = this.instance?.documents.get(name)
      if (document && article.appended > COMPACT_AFTER_CHANGES) this.compact(name, document)
    }
  }

  private compact(name: string, document: Y.Doc): Promise<void> {
    const readUpTo = this.articles.get(name)?.readUpTo ?? 0
    this.articles.set(name, { appended: 0, readUpTo: 0 })
    let state: Uint8Array = new Uint8Array()
    this.timeWrite(() => {
      state = Y.encodeStateAsUpdate(document)
    })
    const write = this.store.compact(name, this.writer, readUpTo, state)
    this.written(name, write)
    return write
  }

  /** Hocuspocus closes an article nobody has open: nobody waits, so its whole state is written. */
  async beforeUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    this.flush()
    const document = this.instance?.documents.get(documentName)
    if (document) this.compact(documentName, document)
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.articles.delete(documentName)
  }

  /** On stopping: every change written, every open article compacted, the file closed. */
  async close(): Promise<void> {
    this.flush()
    for (const [name, document] of this.instance?.documents ?? []) this.compact(name, document)
    await this.store.close()
  }
}
