/**
 * Reading an article for use, and dealing with what is wrong with its file: a damaged file
 * is quarantined, recorded and replaced by its last kept version (or, when about to write,
 * by the version open in the app); a file from a newer app, or one this process may not
 * move, is left in place and reported. Also remembers the last good content of each
 * article, which a save falls back on when the file was damaged since it was read.
 */
import { AppError } from '@shared/contract'
import type { ArticleFile, DamagedFile } from '@shared/model'
import type { ArticleHistory } from './articleHistory'
import type { ArticleStore } from './articleStore'
import type { DamageLog } from './damageLog'
import type { LibraryChange } from './libraryChange'

/** The result of reading an article for use, after any recovery. */
export type Readable =
  | { status: 'ok'; file: ArticleFile; raw: unknown }
  | { status: 'missing' }
  | { status: 'newer'; reason: string }
  | { status: 'damaged'; record: DamagedFile }
  /** Damaged, but left where it is: this process only reads the folder. */
  | { status: 'unreadable'; reason: string }

/** The error an editor sees for an article that could not be read, in words it can act on. */
export function unavailable(id: string, found: Exclude<Readable, { status: 'ok' }>): AppError {
  if (found.status === 'missing') {
    return new AppError(
      'not-found',
      `The article "${id}" is no longer in the library: it may have been deleted or moved.`
    )
  }
  if (found.status === 'newer') return new AppError('unsupported', found.reason)
  if (found.status === 'unreadable') return new AppError('damaged', found.reason)
  return new AppError(
    'damaged',
    `This article's file could not be read and was moved to ${found.record.quarantinedAs}. ` +
      found.record.reason
  )
}

export class ArticleRecovery {
  /** The last version of each article read or written: what a save falls back on. */
  private readonly lastGood = new Map<string, ArticleFile>()

  constructor(
    private readonly context: {
      store: ArticleStore
      history: ArticleHistory
      damage: DamageLog
      now: () => Date
      /** Why this process only reads the folder, if it does. */
      readOnlyReason: () => string | undefined
      /** An article's file was quarantined (its listing must be read again). */
      quarantined: (id: string) => void
      /** An article was restored from its last version, or lost with none kept. */
      changed: (change: LibraryChange) => void
    }
  ) {}

  /** The last good content of an article this process read or wrote. */
  lastGoodOf(id: string): ArticleFile | undefined {
    return this.lastGood.get(id)
  }

  /** `file` is what the article's file now holds (just written). */
  remember(id: string, file: ArticleFile): void {
    this.lastGood.set(id, file)
  }

  /** The article is gone from the library (trashed). */
  forget(id: string): void {
    this.lastGood.delete(id)
    this.context.damage.forget(id)
  }

  /**
   * Reads an article, dealing with what is wrong with it: a damaged file is quarantined,
   * recorded, and replaced by its backup when there is a readable one; a file from a newer
   * app is left in place and remembered. With `inApp` (the version open in the app, when
   * about to write), a damaged file is replaced by that instead of the backup, which is
   * older. Call with the article's lock held.
   */
  async read(id: string, inApp?: ArticleFile): Promise<Readable> {
    const { store, damage, now, readOnlyReason, quarantined, changed } = this.context
    // About to write: the article this process wrote last serves as it is.
    const found = await store.read(id, { asWritten: inApp !== undefined })
    if (found.status === 'damaged' && readOnlyReason()) {
      const reason = `${found.reason} It is left in place: this window only reads the library.`
      damage.leaveInPlace(id, reason)
      return { status: 'unreadable', reason }
    }
    if (found.status === 'ok') {
      damage.forget(id)
      this.lastGood.set(id, found.file)
      return { status: 'ok', file: found.file, raw: found.raw }
    }
    if (found.status === 'missing') {
      damage.forget(id)
      return found
    }
    if (found.status === 'newer') {
      damage.leaveInPlace(id, found.reason)
      return found
    }
    const record = await store.quarantine(id, found.reason, now())
    quarantined(id)
    if (inApp) {
      record.reason += ' The version open in the app was saved in its place.'
      await damage.record(record)
      return { status: 'ok', file: inApp, raw: undefined }
    }
    const earlier = await this.lastKeptVersion(id)
    if (earlier) {
      await store.write(id, earlier.file)
      record.restoredFrom = earlier.from
      record.reason +=
        ` Its last version (saved ${earlier.savedAt}) was restored from ${earlier.from}; ` +
        `changes made after it are in the quarantined file.`
    } else {
      record.reason += ' No earlier version of it was kept.'
    }
    await damage.record(record)
    if (!earlier) {
      changed({ kind: 'removed', id })
      return { status: 'damaged', record }
    }
    this.lastGood.set(id, earlier.file)
    changed({ kind: 'written', file: earlier.file })
    return { status: 'ok', file: earlier.file, raw: earlier.file }
  }

  /** The newest readable version kept of an article: from its history, else a legacy backup. */
  private async lastKeptVersion(
    id: string
  ): Promise<{ file: ArticleFile; savedAt: string; from: string } | undefined> {
    const { store, history } = this.context
    const version = await history.newestReadable(id)
    if (version) {
      return {
        file: version.file,
        savedAt: version.version.savedAt,
        from: `history/articles/${id}/${version.version.id}.json`
      }
    }
    const backup = await store.readLegacyBackup(id)
    if (!backup) return undefined
    return { file: backup.file, savedAt: backup.file.article.updatedAt, from: `backups/${id}.json` }
  }
}
