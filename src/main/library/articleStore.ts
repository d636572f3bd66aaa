/**
 * The article files: `articles/<id>.json`, one lowdb instance (so one writer) per file,
 * written durably (durableFile.ts), deletion by moving to `trash/`. It reads and writes;
 * deciding what to do with a damaged file, and keeping versions, is the Library's job.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { migrateArticleFile } from '@shared/migrations'
import type { ArticleFile, DamagedFile } from '@shared/model'
import { DurableJsonFile, TEMP_SUFFIX } from './durableFile'
import { moveAside, readJson, readJsonBytes } from './files'
import {
  articleIdOf,
  articlePath,
  backupPath,
  displayPath,
  fileStamp,
  type LibraryLayout
} from './layout'
import { quarantineFile } from './quarantine'
import { rememberContentHash, serialise, type SerialisedContent } from './versionFolder'

/** What reading one article file found. */
export type ArticleRead =
  | { status: 'missing' }
  /** Not JSON, or not an article: to be quarantined. */
  | { status: 'damaged'; reason: string }
  /** Written by a newer version of the app: left alone, not ours to read or write. */
  | { status: 'newer'; reason: string }
  /** `raw` is the JSON as on disk, kept so the history holds exactly what was there. */
  | { status: 'ok'; file: ArticleFile; raw: unknown; migratedFrom?: number }

/** Size and modification time, enough to tell that a file changed. */
export interface FileStamp {
  mtimeMs: number
  size: number
}

/**
 * Inode, size and the modification and change times: the same four mean the same file
 * content. A write by another program, in place or by rename, changes one of them.
 */
interface ContentStamp extends FileStamp {
  ino: number
  ctimeMs: number
}

const sameStamp = (a: ContentStamp, b: ContentStamp): boolean =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs

/**
 * File times tick coarsely (a few ms on Linux, 2 s on FAT): a stamp taken this soon after the
 * file last changed could also be the stamp of a write in place that comes just after, so it
 * is not trusted ("racily clean", as git calls it) and the file is read again next time.
 */
const RACY_MS = 2500

const settled = (stamp: ContentStamp, takenAt: number): boolean =>
  takenAt - Math.max(stamp.mtimeMs, stamp.ctimeMs) > RACY_MS

/**
 * Files whose written text is kept to recognise them at their next read: the last ones
 * written (the article being edited, saved again and again). A library-wide change writes
 * hundreds of articles; those beyond are read again in full, as any file changed on disk.
 */
const KEEP_WRITTEN = 2

export class ArticleStore {
  private readonly dbs = new Map<string, Low<unknown>>()
  /**
   * The last read of each file, with the stamp the file had then: reading a file that has not
   * changed since returns it without parsing and checking it again (a library-wide rewrite
   * reads hundreds of files the library read when it opened; an export reads the file the
   * editor has just saved). While the stamp is too recent to be trusted the file's bytes are
   * kept too, and the file is compared with them instead: reading and comparing a few
   * megabytes costs a fraction of parsing and checking them.
   */
  private readonly known = new Map<
    string,
    | { stamp: ContentStamp; read: Extract<ArticleRead, { status: 'ok' }>; bytes?: Buffer }
    /** After a write: the article written, and its file text as written, with its hash. */
    | { stamp: ContentStamp; written: { file: ArticleFile } & SerialisedContent }
  >()

  constructor(private readonly layout: LibraryLayout) {}

  /** Ids of the article files present, sorted; temp files and stray names are skipped. */
  async ids(): Promise<string[]> {
    const names = await readdir(this.layout.articles)
    return names
      .map(articleIdOf)
      .filter((id): id is string => id !== undefined)
      .sort()
  }

  /** The file's size and modification time, or undefined when it is gone. */
  async stamp(id: string): Promise<FileStamp | undefined> {
    try {
      const s = await stat(articlePath(this.layout, id))
      return { mtimeMs: s.mtimeMs, size: s.size }
    } catch {
      return undefined
    }
  }

  private async contentStamp(id: string): Promise<ContentStamp | undefined> {
    try {
      const s = await stat(articlePath(this.layout, id))
      return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs }
    } catch {
      return undefined
    }
  }

  /**
   * Reads, migrates and checks one article file. The file name is its id. With `asWritten`
   * (for a caller that only compares, changes and writes the article, never hands it out),
   * the file this process wrote last, found byte for byte on disk, is the article it wrote.
   */
  async read(id: string, options: { asWritten?: boolean } = {}): Promise<ArticleRead> {
    const takenAt = Date.now()
    const stamp = await this.contentStamp(id)
    const known = this.known.get(id)
    if (stamp && known && sameStamp(stamp, known.stamp)) {
      if ('written' in known) {
        const { written } = known
        const bytes = await readFile(articlePath(this.layout, id)).catch(() => undefined)
        if (bytes?.equals(written.bytes)) {
          // What this process wrote, byte for byte: an article it checked, in the current
          // schema. A save changes it (parsing it cost about 100 ms at 30,000 annotations);
          // any other read gets it parsed (plain objects, as any read gives; the export's
          // checks ran 2.7 times slower over the objects a save had built), not checked again.
          const file = options.asWritten
            ? written.file
            : (JSON.parse(bytes.toString()) as ArticleFile)
          rememberContentHash(file, written.hash)
          const read: Extract<ArticleRead, { status: 'ok' }> = { status: 'ok', file, raw: file }
          if (!options.asWritten) {
            this.known.set(id, settled(stamp, takenAt) ? { stamp, read } : { stamp, read, bytes })
          }
          return read
        }
      } else {
        if (!known.bytes) return known.read
        // Racily clean: only the content can say whether it is the one read before.
        const bytes = await readFile(articlePath(this.layout, id)).catch(() => undefined)
        if (bytes?.equals(known.bytes)) {
          // Settled now: a later change would give the file a later stamp.
          if (settled(stamp, takenAt)) this.known.set(id, { stamp, read: known.read })
          return known.read
        }
      }
    }
    this.known.delete(id)
    const { read, bytes } = await this.readFile(id)
    // The stamp taken before reading: a change made while reading is seen by the next read,
    // by its stamp or, when the stamp is too recent to tell, by its bytes.
    if (read.status === 'ok' && stamp) {
      this.known.set(id, settled(stamp, takenAt) ? { stamp, read } : { stamp, read, bytes })
    }
    return read
  }

  private async readFile(id: string): Promise<{ read: ArticleRead; bytes?: Buffer }> {
    const path = articlePath(this.layout, id)
    const found = await readJsonBytes(path, `The article file ${id}.json`)
    if (found.status === 'missing') return { read: found }
    if (found.status === 'unparsable') return { read: { status: 'damaged', reason: found.reason } }
    const migrated = migrateArticleFile(found.data)
    if ('error' in migrated) {
      return {
        read: migrated.newer
          ? { status: 'newer', reason: migrated.error }
          : { status: 'damaged', reason: migrated.error }
      }
    }
    // The hash of the text read: what the history compares with its newest version, which for a
    // file the app wrote holds the same bytes (13 ms at 30,000 annotations, against about 300
    // to serialise the content and hash that).
    rememberContentHash(
      found.data as object,
      createHash('sha256').update(found.bytes).digest('hex')
    )
    const file = migrated.file
    // The file name is the id: a file copied under a new name must not share the old one's.
    // (A file name's id suits the article schema, so the file stays one it checked.)
    if (file.article.id !== id) file.article = { ...file.article, id }
    const read: ArticleRead =
      migrated.migratedFrom === undefined
        ? { status: 'ok', file, raw: found.data }
        : { status: 'ok', file, raw: found.data, migratedFrom: migrated.migratedFrom }
    return { read, bytes: found.bytes }
  }

  /**
   * Writes an article durably: when this resolves, the new file is on the disk. A stamp taken
   * just after writing is never settled, so the next read (a save reads the file before it
   * writes) would parse and check the whole file again; instead it compares the file's bytes
   * with the bytes written (kept for the last {@link KEEP_WRITTEN} files written) and, when
   * they are the same, only parses them, or for a save takes the article written as it is.
   * `serialised`: the article's file text and hash when the caller has them (the history
   * keeps the same bytes as the version).
   */
  async write(
    id: string,
    file: ArticleFile,
    serialised: SerialisedContent = serialise(file)
  ): Promise<void> {
    this.known.delete(id)
    const db = this.db(id)
    db.data = file
    await (db.adapter as DurableJsonFile<unknown>).writeText(serialised.bytes)
    const stamp = await this.contentStamp(id)
    if (stamp) {
      this.known.set(id, { stamp, written: { file, ...serialised } })
      const kept = [...this.known].filter(([, k]) => 'written' in k)
      for (const [other] of kept.slice(0, -KEEP_WRITTEN)) this.known.delete(other)
    }
  }

  /**
   * The single backup earlier versions of the app kept in `backups/<id>.json`, when there is
   * a readable one: the last resort for a damaged article that has no history yet.
   */
  async readLegacyBackup(id: string): Promise<{ file: ArticleFile; raw: unknown } | undefined> {
    const db = new Low<unknown>(new DurableJsonFile<unknown>(backupPath(this.layout, id)), null)
    try {
      const found = await readJson(db, backupPath(this.layout, id), `The backup of ${id}`)
      if (found.status !== 'read') return undefined
      const migrated = migrateArticleFile(found.data)
      return 'file' in migrated ? { file: migrated.file, raw: found.data } : undefined
    } catch {
      return undefined
    }
  }

  /** Moves an article file to `trash/<id>.<timestamp>.json`; returns that path for display. */
  async trash(id: string, now: Date = new Date()): Promise<string> {
    const from = articlePath(this.layout, id)
    const target = await moveAside(from, this.layout.trash, id, fileStamp(now))
    this.forget(id)
    return displayPath(this.layout, target)
  }

  /** Moves a damaged article file to quarantine and returns the record to report. */
  async quarantine(id: string, reason: string, now: Date = new Date()): Promise<DamagedFile> {
    const record = await quarantineFile(this.layout, articlePath(this.layout, id), reason, now)
    this.forget(id)
    return record
  }

  /** Drops what is cached of an article that left the folder. */
  forget(id: string): void {
    this.dbs.delete(id)
    this.known.delete(id)
  }

  /**
   * Removes the temporary files of writes a crash interrupted (`.<id>.json.<pid>.<random>.tmp`).
   * Call only as the folder's one writer, so no write of another process is under way.
   */
  async sweepTemporaryFiles(): Promise<number> {
    let swept = 0
    for (const name of await readdir(this.layout.articles)) {
      if (!name.startsWith('.') || !name.endsWith(TEMP_SUFFIX)) continue
      await unlink(join(this.layout.articles, name)).catch(() => undefined)
      swept += 1
    }
    return swept
  }

  private db(id: string): Low<unknown> {
    let db = this.dbs.get(id)
    if (!db) {
      db = new Low<unknown>(new DurableJsonFile<unknown>(articlePath(this.layout, id)), null)
      this.dbs.set(id, db)
    }
    return db
  }
}
