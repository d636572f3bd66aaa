/**
 * `library.json`: the library's settings (shared by everyone using the folder) plus its
 * bookkeeping: whether the sample article was ever seeded, and the log of damaged files.
 * A damaged library.json is quarantined and the library starts again from defaults; one
 * written by a newer version of the app is left untouched and the settings are read-only.
 */
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { z } from 'zod'
import { AppError, describeIssues } from '@shared/contract'
import { DamagedFile, defaultLibrarySettings, IsoDateTime, LibrarySettings } from '@shared/model'
import { readJson } from './files'
import type { LibraryLayout } from './layout'
import { quarantineFile, withDamageRecord } from './quarantine'

/** The version of library.json this build writes (the same field as LibrarySettings'). */
export const LIBRARY_FILE_VERSION = 1

/** The whole of library.json: the settings' fields at the top level, then bookkeeping. */
export const LibraryFile = LibrarySettings.extend({
  /** When the Scale AI sample was added; it is added once per library, ever. */
  sampleSeededAt: IsoDateTime.optional(),
  /** Files found damaged and moved to quarantine, oldest first. */
  damaged: z.array(DamagedFile).default([])
})
export type LibraryFile = z.infer<typeof LibraryFile>

/** How library.json was found when the library was opened. */
export type LibraryFileStatus = 'created' | 'read' | 'damaged' | 'newer'

/** The settings part of a library file. */
export function settingsOf(file: LibraryFile): LibrarySettings {
  return LibrarySettings.parse(file)
}

/** A fresh library file with default settings. */
export function defaultLibraryFile(): LibraryFile {
  return { ...defaultLibrarySettings(), damaged: [] }
}

/** Owns library.json: one lowdb instance, so one writer. */
export class LibraryFileStore {
  private readonly db: Low<unknown>
  private readonly backup: JSONFile<unknown>
  private current: LibraryFile = defaultLibraryFile()
  /** Set when the file must not be written (it was made by a newer version). */
  private readOnlyReason: string | undefined

  constructor(private readonly layout: LibraryLayout) {
    this.db = new Low<unknown>(new JSONFile<unknown>(layout.libraryFile), null)
    this.backup = new JSONFile<unknown>(layout.libraryBackup)
  }

  /** The file as last read or written. */
  get data(): LibraryFile {
    return this.current
  }

  /**
   * Reads library.json. Missing: starts from defaults ('created'). Unreadable: quarantines
   * it, starts from defaults and records the damage ('damaged'). Nothing is written here
   * except the move to quarantine; call {@link write} to persist.
   */
  async load(now: Date = new Date()): Promise<LibraryFileStatus> {
    const found = await readJson(this.db, this.layout.libraryFile, 'The library settings file')
    if (found.status === 'missing') {
      this.current = defaultLibraryFile()
      return 'created'
    }
    let reason: string
    if (found.status === 'read') {
      const version = (found.data as { schemaVersion?: unknown } | null)?.schemaVersion
      if (typeof version === 'number' && version > LIBRARY_FILE_VERSION) {
        this.current = defaultLibraryFile()
        this.readOnlyReason =
          `The library settings were made by a newer version of the app (format version ` +
          `${version}). Update the app to change them; default settings are in use meanwhile.`
        return 'newer'
      }
      const parsed = LibraryFile.safeParse(found.data)
      if (parsed.success) {
        this.current = parsed.data
        return 'read'
      }
      reason = `It does not match the library settings format: ${describeIssues(parsed.error)}.`
    } else {
      reason = found.reason
    }
    const record = await quarantineFile(this.layout, this.layout.libraryFile, reason, now)
    this.current = { ...defaultLibraryFile(), damaged: [record] }
    return 'damaged'
  }

  /** Why settings cannot be saved, when they cannot. */
  get readOnly(): string | undefined {
    return this.readOnlyReason
  }

  /**
   * Replaces the file's content: backs up the version on disk (when it reads as a library
   * file), then writes atomically. In read-only mode only the in-memory copy changes.
   */
  async write(next: LibraryFile): Promise<void> {
    const checked = LibraryFile.parse(next)
    if (this.readOnlyReason) {
      this.current = checked
      return
    }
    const onDisk = await readJson(this.db, this.layout.libraryFile, 'The library settings file')
    if (onDisk.status === 'read' && LibraryFile.safeParse(onDisk.data).success) {
      await this.backup.write(onDisk.data)
    } else if (onDisk.status !== 'missing') {
      // Damaged since it was loaded: keep it aside rather than write over it.
      const reason =
        onDisk.status === 'unparsable'
          ? onDisk.reason
          : 'It no longer matches the library settings format.'
      const record = await quarantineFile(this.layout, this.layout.libraryFile, reason)
      checked.damaged = withDamageRecord(checked.damaged, record)
    }
    this.db.data = checked
    await this.db.write()
    this.current = checked
  }

  /** Saves settings, refusing when the file belongs to a newer version. */
  async writeSettings(settings: LibrarySettings): Promise<void> {
    if (this.readOnlyReason) throw new AppError('unsupported', this.readOnlyReason)
    await this.write({ ...this.current, ...settings })
  }
}
