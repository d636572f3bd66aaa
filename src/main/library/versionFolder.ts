/**
 * The earlier versions of one file (an article, or library.json), one JSON file per version
 * in a folder of its own: `<time>.json`, holding who saved it, when, why, and the content
 * exactly as it was written. Versions are written durably and pruned by the retention rule
 * (retention.ts); a damaged version is skipped, never trusted.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { TEMP_SUFFIX, writeFileDurably } from './durableFile'
import { fileStamp } from './layout'
import { versionsToKeep } from './retention'

/** Why a version was made. */
export type VersionEvent = 'saved' | 'restored' | 'found-on-disk'

/** What a version says about itself. */
export interface VersionMeta {
  /** ISO time of the save. */
  savedAt: string
  /** The author name set in the library's settings at the time, when there was one. */
  author: string | null
  event: VersionEvent
  /** For a restore: when the version it brought back was saved. */
  restoredFrom?: string
}

/** One version file as stored. */
interface VersionFile extends VersionMeta {
  /** Marks the file, so a stray JSON file in the folder is not taken for a version. */
  kind: 'newsroom-version'
  /** sha256 of the content's JSON, to tell whether the file on disk is already kept. */
  contentHash: string
  content: unknown
}

/** A version as read back: its id (the file name without `.json`), meta and content. */
export interface StoredVersion extends VersionMeta {
  id: string
  /** As {@link contentHash} of `content`. */
  contentHash: string
  content: unknown
}

/** A content's JSON and its hash, computed once for a file, its version and its checks. */
export interface SerialisedContent {
  json: string
  /** As {@link contentHash}. */
  hash: string
}

export function serialise(content: unknown): SerialisedContent {
  const json = JSON.stringify(content)
  return { json, hash: createHash('sha256').update(json).digest('hex') }
}

/** The hash that identifies a content (the same JSON gives the same hash). */
export function contentHash(content: unknown): string {
  return serialise(content).hash
}

/** Hashes of content read from files, by the object read (see {@link readContentHash}). */
const readHashes = new WeakMap<object, string>()

/**
 * As {@link contentHash}, for content parsed from a file: computed once per object. Nothing
 * changes such an object in place, and the article store hands the same one out again while
 * its file is unchanged, so each opening and save of the article does not serialise and hash
 * the whole file again (about 60 ms at 10,000 annotations).
 */
export function readContentHash(content: unknown): string {
  if (typeof content !== 'object' || content === null) return contentHash(content)
  let hash = readHashes.get(content)
  if (hash === undefined) {
    hash = contentHash(content)
    readHashes.set(content, hash)
  }
  return hash
}

/** Records the hash of `content`, already worked out by {@link serialise}. */
export function rememberContentHash(content: object, hash: string): void {
  readHashes.set(content, hash)
}

/** A version file's text: its header indented, the content's JSON spliced in as hashed. */
function versionText(header: Omit<VersionFile, 'content'>, contentJson: string): string {
  const head = JSON.stringify(header, null, 2)
  return `${head.slice(0, -'\n}'.length)},\n  "content": ${contentJson}\n}\n`
}

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?$/

/** The saving time a version's file name says, in ms; NaN for a name that is not a version. */
export function versionTime(id: string): number {
  const m = STAMP.exec(id)
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : NaN
}

/** Orders version ids newest first. */
const newestFirst = (a: string, b: string): number =>
  versionTime(b) - versionTime(a) || b.localeCompare(a)

/** The versions of one file, in `dir`. */
export class VersionFolder {
  /** Parsed versions by id: a version file never changes once written. */
  private readonly cache = new Map<string, VersionFile | null>()
  private newestHash: string | undefined | null = null
  /**
   * The version ids on disk as this process last listed or wrote them, and whether the
   * folder exists: the writer (one process per library) records a version without listing
   * or creating the folder each time.
   */
  private written: { ids: Set<string>; folderExists: boolean } | null = null

  constructor(readonly dir: string) {}

  /** Version ids present, newest first. */
  async ids(): Promise<string[]> {
    let names: string[]
    try {
      names = await readdir(this.dir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      this.written = { ids: new Set(), folderExists: false }
      return []
    }
    const ids = names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((id) => !Number.isNaN(versionTime(id)))
      .sort(newestFirst)
    this.written = { ids: new Set(ids), folderExists: true }
    return ids
  }

  /** One version, or undefined when it is missing or damaged. */
  async read(id: string): Promise<StoredVersion | undefined> {
    const file = await this.load(id)
    if (!file) return undefined
    const { savedAt, author, event, restoredFrom, content } = file
    const hash = file.contentHash
    return {
      id,
      savedAt,
      author,
      event,
      ...(restoredFrom ? { restoredFrom } : {}),
      contentHash: hash,
      content
    }
  }

  /** Every readable version, newest first. */
  async list(): Promise<StoredVersion[]> {
    const versions: StoredVersion[] = []
    for (const id of await this.ids()) {
      const version = await this.read(id)
      if (version) versions.push(version)
    }
    return versions
  }

  /**
   * True when `content` is the newest version kept (so recording it again adds nothing).
   * `hash`, its {@link contentHash} when the caller has it already.
   */
  async isNewest(content: unknown, hash?: string): Promise<boolean> {
    if (this.newestHash === null) {
      this.newestHash = undefined
      for (const id of await this.ids()) {
        const file = await this.load(id)
        if (file) {
          this.newestHash = file.contentHash
          break
        }
      }
    }
    return this.newestHash !== undefined && this.newestHash === (hash ?? contentHash(content))
  }

  /**
   * Writes `content` as a new version, then drops the versions the retention rule no longer
   * keeps (at `meta.savedAt`). Returns the new version's id. `serialised`: the content's JSON
   * and hash when the caller has them already.
   */
  async record(
    content: unknown,
    meta: VersionMeta,
    serialised: SerialisedContent = serialise(content)
  ): Promise<string> {
    if (!this.written) await this.ids()
    const written = this.written ?? { ids: new Set<string>(), folderExists: false }
    this.written = written
    if (!written.folderExists) {
      await mkdir(this.dir, { recursive: true })
      written.folderExists = true
    }
    const taken = written.ids
    const base = fileStamp(new Date(meta.savedAt))
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    const header = { kind: 'newsroom-version' as const, ...meta, contentHash: serialised.hash }
    await writeFileDurably(join(this.dir, `${id}.json`), versionText(header, serialised.json))
    const file: VersionFile = { ...header, content }
    this.cache.set(id, file)
    this.newestHash = file.contentHash
    taken.add(id)
    await this.prune([...taken].sort(newestFirst), Date.parse(meta.savedAt))
    return id
  }

  private async prune(ids: string[], now: number): Promise<void> {
    const keep = versionsToKeep(ids.map(versionTime), now)
    for (const [index, id] of ids.entries()) {
      if (keep.has(index)) continue
      await unlink(join(this.dir, `${id}.json`)).catch(() => undefined)
      this.cache.delete(id)
      this.written?.ids.delete(id)
    }
  }

  /** Removes temporary files a crash left in the folder (call only as the folder's writer). */
  async sweepTemporaryFiles(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    for (const name of names) {
      if (name.startsWith('.') && name.endsWith(TEMP_SUFFIX)) {
        await unlink(join(this.dir, name)).catch(() => undefined)
      }
    }
  }

  private async load(id: string): Promise<VersionFile | null> {
    const cached = this.cache.get(id)
    if (cached !== undefined) return cached
    let file: VersionFile | null
    try {
      const parsed = JSON.parse(await readFile(join(this.dir, `${id}.json`), 'utf-8')) as unknown
      file = isVersionFile(parsed) ? parsed : null
    } catch {
      file = null
    }
    this.cache.set(id, file)
    return file
  }
}

function isVersionFile(value: unknown): value is VersionFile {
  if (!value || typeof value !== 'object') return false
  const v = value as Partial<VersionFile>
  return (
    v.kind === 'newsroom-version' &&
    typeof v.savedAt === 'string' &&
    typeof v.contentHash === 'string' &&
    (v.author === null || typeof v.author === 'string') &&
    (v.event === 'saved' || v.event === 'restored' || v.event === 'found-on-disk') &&
    v.content !== undefined
  )
}
