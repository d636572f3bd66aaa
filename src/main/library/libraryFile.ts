/**
 * `library.json`: the library's settings (shared by everyone using the folder) plus its
 * bookkeeping: whether the sample article was ever seeded, and the log of damaged files.
 * Every version written is kept in `history/library/` (retention.ts says how long). A damaged
 * library.json is quarantined and replaced by its newest readable version (or, for a library
 * from an earlier app, `library.backup.json`), and only without either by defaults; one
 * written by a newer version of the app is left untouched and the settings are read-only.
 */
import { Low } from 'lowdb'
import { z } from 'zod'
import { AppError, describeIssues } from '@shared/contract'
import { DamagedFile, defaultLibrarySettings, IsoDateTime, LibrarySettings } from '@shared/model'
import { DurableJsonFile } from './durableFile'
import { readJson } from './files'
import { libraryHistoryDir, type LibraryLayout } from './layout'
import { quarantineFile, withDamageRecord } from './quarantine'
import { VersionFolder } from './versionFolder'

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
  /** The versions of library.json. */
  readonly versions: VersionFolder
  private current: LibraryFile = defaultLibraryFile()
  /** Set when the file must not be written (it was made by a newer version). */
  private readOnlyReason: string | undefined

  constructor(
    private readonly layout: LibraryLayout,
    /** The clock versions are stamped with. */
    private readonly now: () => Date = () => new Date()
  ) {
    this.db = new Low<unknown>(new DurableJsonFile<unknown>(layout.libraryFile), null)
    this.versions = new VersionFolder(libraryHistoryDir(layout))
  }

  /** The file as last read or written. */
  get data(): LibraryFile {
    return this.current
  }

  /**
   * Reads library.json. Missing: starts from defaults ('created'). Unreadable: quarantines
   * it (unless `writable` is false: another process owns the folder), starts from its newest
   * readable version, else the legacy backup, else defaults, and records the damage
   * ('damaged'). Nothing is written here except the move to quarantine; call {@link write}.
   */
  async load(now: Date = new Date(), writable = true): Promise<LibraryFileStatus> {
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
    const record: DamagedFile = writable
      ? await quarantineFile(this.layout, this.layout.libraryFile, reason, now)
      : {
          fileName: 'library.json',
          quarantinedAs: 'library.json',
          reason,
          detectedAt: now.toISOString()
        }
    const earlier = await this.lastGoodVersion()
    if (earlier) {
      record.restoredFrom = earlier.from
      record.reason +=
        ` The settings were restored from ${earlier.from}; changes made after it are in the ` +
        `quarantined file.`
      this.current = { ...earlier.file, damaged: withDamageRecord(earlier.file.damaged, record) }
    } else {
      record.reason += ' No earlier version of it was kept: default settings are in use.'
      this.current = { ...defaultLibraryFile(), damaged: [record] }
    }
    return 'damaged'
  }

  /** The newest readable library file kept: a version, or the backup of an earlier app. */
  private async lastGoodVersion(): Promise<{ file: LibraryFile; from: string } | undefined> {
    for (const version of await this.versions.list()) {
      const parsed = LibraryFile.safeParse(version.content)
      if (parsed.success) {
        return { file: parsed.data, from: `its version saved ${version.savedAt}` }
      }
    }
    const legacy = new Low<unknown>(new DurableJsonFile<unknown>(this.layout.libraryBackup), null)
    try {
      const found = await readJson(legacy, this.layout.libraryBackup, 'library.backup.json')
      if (found.status !== 'read') return undefined
      const parsed = LibraryFile.safeParse(found.data)
      return parsed.success ? { file: parsed.data, from: 'library.backup.json' } : undefined
    } catch {
      return undefined
    }
  }

  /** Why settings cannot be saved, when they cannot. */
  get readOnly(): string | undefined {
    return this.readOnlyReason
  }

  /**
   * Replaces the file's content and keeps it as a version. The file on disk, when it reads as
   * a library file that is not yet kept (written by an earlier app, or by hand), is kept as a
   * version first. In read-only mode only the in-memory copy changes.
   */
  async write(next: LibraryFile): Promise<void> {
    const checked = LibraryFile.parse(next)
    if (this.readOnlyReason) {
      this.current = checked
      return
    }
    const onDisk = await readJson(this.db, this.layout.libraryFile, 'The library settings file')
    if (onDisk.status === 'read' && LibraryFile.safeParse(onDisk.data).success) {
      if (!(await this.versions.isNewest(onDisk.data))) {
        await this.versions.record(onDisk.data, this.meta('found-on-disk'))
      }
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
    await this.versions.record(checked, this.meta('saved'))
  }

  private meta(event: 'saved' | 'found-on-disk') {
    const author = this.current.authorName.trim()
    return { savedAt: this.now().toISOString(), author: author || null, event }
  }

  /** Saves settings, refusing when the file belongs to a newer version. */
  async writeSettings(settings: LibrarySettings): Promise<void> {
    if (this.readOnlyReason) throw new AppError('unsupported', this.readOnlyReason)
    await this.write({ ...this.current, ...settings })
  }
}
