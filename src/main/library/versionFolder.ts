/**
 * The earlier versions of one file (an article, or library.json), one JSON file per version
 * in a folder of its own: `<time>.json`, holding who saved it, when, why, and the content
 * exactly as it was written. Versions are written durably and pruned by the retention rule
 * (retention.ts); a damaged version is skipped, never trusted.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { jsonFileText, TEMP_SUFFIX, writeFileDurably } from './durableFile'
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

/**
 * How a version's content is laid out in its file, and so what its hash was computed over:
 * `indented`, the content's file text (as `jsonFileText` writes an article, the same bytes as
 * the article file written with it); absent in versions of earlier apps, whose content is
 * the compact JSON on one line.
 */
export type ContentLayout = 'indented' | 'line'

/** One version file as stored. */
interface VersionFile extends VersionMeta {
  /** Marks the file, so a stray JSON file in the folder is not taken for a version. */
  kind: 'newsroom-version'
  /**
   * sha256 of the content's text as it stands in this file (see {@link ContentLayout}), to
   * tell whether the file on disk is already kept.
   */
  contentHash: string
  /** 'indented'; absent for one line (versions written by earlier apps). */
  contentLayout?: 'indented'
  content: unknown
}

/** A version as read back: its id (the file name without `.json`), meta and content. */
export interface StoredVersion extends VersionMeta {
  id: string
  /** As {@link contentHash} of `content` in the version's layout. */
  contentHash: string
  contentLayout: ContentLayout
  content: unknown
}

/**
 * A content's file text, as UTF-8 bytes, and their hash: serialised once per save, for the
 * article file, its version and the checks alike.
 */
export interface SerialisedContent {
  bytes: Buffer
  /** As {@link contentHash}. */
  hash: string
}

const sha256 = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex')

/** The content's file text (indented JSON) as bytes, and its hash. */
export function serialise(content: unknown): SerialisedContent {
  const bytes = Buffer.from(jsonFileText(content))
  return { bytes, hash: sha256(bytes) }
}

/**
 * The hash that identifies a content in a layout: sha256 of its file text (indented), or of
 * its compact JSON for comparing with a version an earlier app wrote. The same JSON gives the
 * same hash.
 */
export function contentHash(content: unknown, layout: ContentLayout = 'indented'): string {
  return layout === 'indented' ? serialise(content).hash : sha256(JSON.stringify(content))
}

/** Hashes of content read from files, by the object read (see {@link readContentHash}). */
const readHashes = new WeakMap<object, Partial<Record<ContentLayout, string>>>()

/**
 * As {@link contentHash}, for content parsed from a file: computed once per object and layout,
 * or known from the bytes read ({@link rememberContentHash}). Nothing changes such an object
 * in place, and the article store hands the same one out again while its file is unchanged,
 * so each save of the article does not serialise and hash the whole file again (about 60 ms
 * at 10,000 annotations).
 */
export function readContentHash(content: unknown, layout: ContentLayout = 'indented'): string {
  if (typeof content !== 'object' || content === null) return contentHash(content, layout)
  let hashes = readHashes.get(content)
  if (!hashes) {
    hashes = {}
    readHashes.set(content, hashes)
  }
  return (hashes[layout] ??= contentHash(content, layout))
}

/**
 * Records the hash of the file text `content` was read from or written as. For a file the
 * app wrote that is its {@link contentHash}; for one another program wrote in another layout
 * it differs, so that file is taken for a version not yet kept (kept once more, never lost).
 */
export function rememberContentHash(content: object, hash: string): void {
  const hashes = readHashes.get(content)
  if (hashes) hashes.indented = hash
  else readHashes.set(content, { indented: hash })
}

/**
 * A version file's bytes: its header indented, then the content's file text as hashed (the
 * bytes of the article file, not serialised again).
 */
function versionBytes(header: Omit<VersionFile, 'content'>, content: Buffer): Buffer {
  const head = JSON.stringify(header, null, 2)
  return Buffer.concat([Buffer.from(head.slice(0, -'\n}'.length)), CONTENT_KEY, content, END])
}

/** What stands between a version file's header and its content, and after the content. */
const CONTENT_KEY = Buffer.from(',\n  "content": ')
const END = Buffer.from('\n}\n')

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
  /** The newest version's hash and layout; null until looked up, undefined when none. */
  private newest: { hash: string; layout: ContentLayout } | undefined | null = null
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
    return {
      id,
      savedAt,
      author,
      event,
      ...(restoredFrom ? { restoredFrom } : {}),
      contentHash: file.contentHash,
      contentLayout: layoutOf(file),
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
   * `hash`, its {@link contentHash} (indented) when the caller has it already; a newest
   * version an earlier app wrote is compared by the hash of its own layout.
   */
  async isNewest(content: unknown, hash?: string): Promise<boolean> {
    if (this.newest === null) {
      this.newest = undefined
      for (const id of await this.ids()) {
        const file = this.cache.get(id) ?? (await this.headerOf(id)) ?? (await this.load(id))
        if (file) {
          this.newest = { hash: file.contentHash, layout: layoutOf(file) }
          break
        }
      }
    }
    if (this.newest === undefined) return false
    const { layout } = this.newest
    const mine =
      layout === 'indented' && hash !== undefined ? hash : readContentHash(content, layout)
    return this.newest.hash === mine
  }

  /**
   * Writes `content` as a new version, then drops the versions the retention rule no longer
   * keeps (at `meta.savedAt`). Returns the new version's id. `serialised`: the content's file
   * text and hash when the caller has them already (the article file's bytes).
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
    const header = {
      kind: 'newsroom-version' as const,
      ...meta,
      contentHash: serialised.hash,
      contentLayout: 'indented' as const
    }
    await writeFileDurably(join(this.dir, `${id}.json`), versionBytes(header, serialised.bytes))
    const file: VersionFile = { ...header, content }
    this.cache.set(id, file)
    this.newest = { hash: file.contentHash, layout: 'indented' }
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

  /**
   * The header of a version this app wrote, read without parsing its content: the header is
   * parsed alone, and the content's bytes are held to its hash (the first save after opening
   * an article of 30,000 annotations parsed its newest version, 16 MB, to learn its hash).
   * Undefined for any other version, or one that does not hold to its hash: read it whole.
   */
  private async headerOf(id: string): Promise<Omit<VersionFile, 'content'> | undefined> {
    let bytes: Buffer
    try {
      bytes = await readFile(join(this.dir, `${id}.json`))
    } catch {
      return undefined
    }
    // JSON text holds no raw line break within a string: the first of these ends the header.
    const at = bytes.indexOf(CONTENT_KEY)
    if (at === -1 || !bytes.subarray(bytes.length - END.length).equals(END)) return undefined
    let header: unknown
    try {
      header = JSON.parse(`${bytes.subarray(0, at).toString()}\n}`)
    } catch {
      return undefined
    }
    const found = { ...(header as object), content: null } as unknown
    if (!isVersionFile(found) || found.contentLayout !== 'indented') return undefined
    const content = bytes.subarray(at + CONTENT_KEY.length, bytes.length - END.length)
    if (sha256(content) !== found.contentHash) return undefined
    const { content: _, ...meta } = found
    return meta
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

const layoutOf = (file: Pick<VersionFile, 'contentLayout'>): ContentLayout =>
  file.contentLayout === 'indented' ? 'indented' : 'line'

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
