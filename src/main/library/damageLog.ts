/**
 * The library's record of article files that could not be read: quarantined files (kept in
 * library.json's `damaged` list until the user restores or removes them) and files left in
 * place (written by a newer app, unreadable for the file system, or damaged in a library
 * this process only reads). listLibrary reports both, so the user knows what is missing.
 */
import { resolve } from 'node:path'
import type { DamagedFile } from '@shared/model'
import { exists } from './files'
import type { KeyedLock } from './keyedLock'
import { articlePath, displayPath, type LibraryLayout } from './layout'
import type { LibraryFileStore } from './libraryFile'
import { withDamageRecord } from './quarantine'

/** The key under which library.json operations are serialised (not a valid article id). */
export const LIBRARY_FILE_KEY = '/library.json'

export class DamageLog {
  /** Article files left in place, by id: reported while they stay that way; never moved. */
  private readonly leftInPlace = new Map<string, DamagedFile>()

  constructor(
    private readonly context: {
      layout: LibraryLayout
      settingsFile: LibraryFileStore
      lock: KeyedLock
      log: (message: string) => void
      now: () => Date
      /** True while another process writes the folder: nothing is recorded then. */
      readOnly: () => boolean
    }
  ) {}

  /** Reports an article file as left where it is, for `reason`, until {@link forget}. */
  leaveInPlace(id: string, reason: string): void {
    const { layout, now } = this.context
    const fileName = displayPath(layout, articlePath(layout, id))
    this.leftInPlace.set(id, {
      fileName,
      quarantinedAs: fileName,
      reason,
      detectedAt: now().toISOString()
    })
  }

  /** The article's file was read (or is gone): stop reporting it as left in place. */
  forget(id: string): void {
    this.leftInPlace.delete(id)
  }

  /** Adds a quarantined file to library.json's damage list (and the log). */
  async record(record: DamagedFile): Promise<void> {
    const { settingsFile, lock, log, readOnly } = this.context
    if (readOnly()) return
    const { fileName, quarantinedAs, reason } = record
    log(`${fileName} could not be read, moved to ${quarantinedAs}: ${reason}`)
    await lock.run(LIBRARY_FILE_KEY, () => {
      const data = settingsFile.data
      return settingsFile.write({ ...data, damaged: withDamageRecord(data.damaged, record) })
    })
  }

  /**
   * What listLibrary reports: quarantined files still in quarantine, a library.json from a
   * newer app, and files left in place.
   */
  async present(): Promise<DamagedFile[]> {
    const { layout, settingsFile, now } = this.context
    const present: DamagedFile[] = []
    for (const record of settingsFile.data.damaged) {
      // Once the user has restored or removed the quarantined file, stop reporting it.
      if (await exists(resolve(layout.folder, record.quarantinedAs))) present.push(record)
    }
    const readOnly = settingsFile.readOnly
    if (readOnly) {
      present.push({
        fileName: 'library.json',
        quarantinedAs: 'library.json',
        reason: readOnly,
        detectedAt: now().toISOString()
      })
    }
    return [...present, ...this.leftInPlace.values()]
  }
}
