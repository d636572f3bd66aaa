/**
 * The article library on disk: the one module that owns the library folder's files.
 *
 *   <folder>/library.json          settings + bookkeeping (see libraryFile.ts)
 *   <folder>/library.lock          the process that writes to the folder (libraryLock.ts)
 *   <folder>/articles/<id>.json    one lowdb file per article
 *   <folder>/history/              earlier versions of each article and of library.json
 *   <folder>/trash/                deleted articles, <id>.<timestamp>.json
 *   <folder>/quarantine/           files that could not be read, <name>.<timestamp>.json
 *
 * One process writes to a folder at a time; any other opens it read-only. Every operation
 * on one article runs alone (a lock per file), writes are durable (durableFile.ts: temp
 * file, fsync, rename, fsync of the folder), every save is kept as a version, a save over a
 * file another program changed is refused until the user chooses, and a file that cannot be
 * read is moved aside and replaced by its last version while every other article keeps
 * working. See docs/file-format.md.
 */
import { mkdir, readdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { nanoid } from 'nanoid'
import { blocksFromPlainText, titleFromBlocks } from '@shared/articleFromText'
import {
  AppError,
  type ArticleVersion,
  type LibraryAccess,
  type LibraryListing
} from '@shared/contract'
import {
  ARTICLE_SCHEMA_VERSION,
  type Annotation,
  type ArticleFile,
  type ArticleOrigin,
  type ArticleSummary,
  type Block,
  type DamagedFile,
  type Entity,
  type LibrarySettings
} from '@shared/model'
import { workerImportParser, type ImportParser } from '../import/importInWorker'
import { sameJson } from '@shared/sameJson'
import { clampTitle, registryIdsOf, sameContent, summaryOf } from './articleContent'
import { ArticleHistory } from './articleHistory'
import { ArticleRecovery, unavailable } from './articleRecovery'
import { ArticleStore, type FileStamp } from './articleStore'
import { DamageLog, LIBRARY_FILE_KEY } from './damageLog'
import { exists } from './files'
import { KeyedLock } from './keyedLock'
import { backupPath, isArticleId, libraryLayout, type LibraryLayout } from './layout'
import type { LibraryChange } from './libraryChange'
import { LibraryFileStore, settingsOf, type LibraryFileStatus } from './libraryFile'
import { acquireLibraryLock, describeOwner, type LockEnvironment } from './libraryLock'
import { sampleArticle } from './seed'
import { assertSavable } from './validate'
import { applySettingsChanges, type SettingsChanges } from './settingsChanges'
import { readContentHash, serialise, type VersionEvent } from './versionFolder'

export type { LibraryChange } from './libraryChange'
export type { SettingsChanges } from './settingsChanges'

/** How to open a library. */
export interface LibraryOptions {
  /** The library folder; created, with its subfolders, when missing. */
  folder: string
  /** Where to tell about seeding, quarantines and restores (one line each). */
  log?: (message: string) => void
  /** The clock; tests pass a fixed one. */
  now?: () => Date
  /** Parses imported files; by default in a worker thread, within a time budget. */
  parseImport?: ImportParser
  /** The process and host the folder's lock is taken for; tests pass their own. */
  lockEnvironment?: LockEnvironment
}

/** The first words of every refusal in a read-only library, as the UI shows them. */
export const READ_ONLY_NOTICE = 'Open in another window or by another editor: read-only.'

/** What `save` changes: the annotation layer and, after "Edit text", the blocks. */
export interface ArticleChanges {
  entities: Entity[]
  annotations: Annotation[]
  blocks?: Block[]
  /** The assist's rejected suggestion keys; absent leaves the saved ones as they are. */
  rejectedSuggestions?: string[]
}

/**
 * Links an article's entities to the library's registry just before the article is written
 * (see LibraryEntities): the file it returns is the one written.
 */
export type EntityRegistrar = (file: ArticleFile) => Promise<ArticleFile>

/** What a save tells the editor: when, and the registry ids its entities were linked to. */
export interface SavedArticle {
  updatedAt: string
  /** Entity id → registry id, for every entity of the file linked to the registry. */
  registryIds: Record<string, string>
  /** The article's line in the library list as saved. */
  summary: ArticleSummary
}

/** The article library in one folder. Create it with {@link Library.open}. */
export class Library {
  private readonly store: ArticleStore
  private readonly settingsFile: LibraryFileStore
  private readonly lock = new KeyedLock()
  private readonly log: (message: string) => void
  private readonly now: () => Date
  private readonly parseImport: ImportParser
  /** Summaries by id, with the file stamp they were read at, so listing rereads only changes. */
  private readonly summaries = new Map<string, { stamp: FileStamp; summary: ArticleSummary }>()
  private readonly damage: DamageLog
  private readonly recovery: ArticleRecovery
  /** Who is told about every article written or removed (see {@link onChange}). */
  private readonly observers = new Set<(change: LibraryChange) => void>()
  private readonly history: ArticleHistory
  /**
   * Each article as this process last read it for an editor (the content read) or wrote it
   * (the content hash): a save finding something else on disk was written by another program
   * meanwhile. The store hands out the same read while the file is unchanged, and knows the
   * hash of the bytes it read, so neither opening nor saving an article serialises the
   * content read to compare it (about 300 ms at 30,000 annotations).
   */
  private readonly seen = new Map<string, { read: unknown } | { hash: string }>()
  /** Set when another process holds the folder: who holds it, in words (after the notice). */
  private readOnlyReason: string | undefined
  private releaseLock: (() => Promise<void>) | undefined
  private registrar: EntityRegistrar | undefined

  private constructor(
    private readonly layout: LibraryLayout,
    options: LibraryOptions
  ) {
    this.store = new ArticleStore(layout)
    this.history = new ArticleHistory(layout)
    this.log = options.log ?? (() => undefined)
    this.now = options.now ?? (() => new Date())
    this.parseImport = options.parseImport ?? workerImportParser()
    this.settingsFile = new LibraryFileStore(layout, this.now)
    this.damage = new DamageLog({
      layout,
      settingsFile: this.settingsFile,
      lock: this.lock,
      log: this.log,
      now: this.now,
      readOnly: () => this.readOnlyReason !== undefined
    })
    this.recovery = new ArticleRecovery({
      store: this.store,
      history: this.history,
      damage: this.damage,
      now: this.now,
      readOnlyReason: () => this.readOnlyReason,
      quarantined: (id) => this.summaries.delete(id),
      changed: (change) => this.changed(change)
    })
  }

  /**
   * Opens (or creates) the library in `options.folder`. A new library gets the Scale AI
   * sample, once: a sample the user deleted never comes back. A damaged library.json is
   * quarantined and replaced by defaults, and reported in {@link list}'s `damaged`.
   */
  static async open(options: LibraryOptions): Promise<Library> {
    const layout = libraryLayout(resolve(options.folder))
    try {
      const { folder, articles, history, trash, quarantine } = layout
      for (const dir of [folder, articles, history, trash, quarantine]) {
        await mkdir(dir, { recursive: true })
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      throw new AppError('io', `The library folder ${layout.folder} cannot be used: ${why}`)
    }
    const library = new Library(layout, options)
    const lock = await acquireLibraryLock(layout.lockFile, options.lockEnvironment)
    if (lock.acquired) {
      library.releaseLock = lock.release
    } else {
      library.readOnlyReason =
        `The library folder ${layout.folder} is being written by ` +
        `${describeOwner(lock.owner)}; changes made here would not be saved. Close the other ` +
        `window (or ask the other editor to), then open the library again.`
      library.log(`The library is read-only: it is held by ${describeOwner(lock.owner)}.`)
    }
    try {
      await library.start()
    } catch (error) {
      await library.releaseLock?.()
      throw error
    }
    return library
  }

  /** Whether this process may write to the library, and why not when it may not. */
  access(): LibraryAccess {
    return this.readOnlyReason
      ? { readOnly: true, reason: this.readOnlyReason }
      : { readOnly: false }
  }

  /** Refuses any change while another process holds the folder. */
  private assertWritable(): void {
    if (this.readOnlyReason) {
      throw new AppError('read-only', `${READ_ONLY_NOTICE} ${this.readOnlyReason}`)
    }
  }

  /** The library folder (absolute). */
  get folder(): string {
    return this.layout.folder
  }

  private async start(): Promise<void> {
    const writable = !this.readOnlyReason
    const status: LibraryFileStatus = await this.settingsFile.load(this.now(), writable)
    if (!writable) return
    // This process is the folder's one writer: temporary files there are a crash's leftovers.
    await this.store.sweepTemporaryFiles()
    await this.settingsFile.versions.sweepTemporaryFiles()
    if (status === 'damaged') {
      const record = this.settingsFile.data.damaged.at(-1)
      this.log(
        `library.json could not be read, moved to ${record?.quarantinedAs}: ${record?.reason}`
      )
      await this.settingsFile.write(this.settingsFile.data)
    } else if (status === 'newer') {
      this.log(this.settingsFile.readOnly ?? 'library.json is from a newer version of the app.')
    } else if (status === 'created') {
      const fresh = !(await this.store.ids()).length && !(await this.hasTrash())
      if (!fresh) {
        await this.settingsFile.write(this.settingsFile.data)
        return
      }
      const at = this.now()
      // Record the seeding first: if writing the sample then fails, it is never retried
      // into a library that has since been used.
      await this.settingsFile.write({ ...this.settingsFile.data, sampleSeededAt: at.toISOString() })
      const sample = sampleArticle(nanoid(), at)
      await this.lock.run(sample.article.id, () => this.writeArticle(sample, 'saved'))
      this.log(`New library: added the sample article "${sample.article.title}".`)
    }
  }

  private async hasTrash(): Promise<boolean> {
    return (await readdir(this.layout.trash)).some((name) => name.endsWith('.json'))
  }

  /**
   * Calls `observer` after every article this library writes (created, imported, adopted,
   * saved, renamed, restored from its backup) or removes (trashed, quarantined); returns the
   * function that stops it. Observers run synchronously and must not throw.
   */
  onChange(observer: (change: LibraryChange) => void): () => void {
    this.observers.add(observer)
    return () => this.observers.delete(observer)
  }

  /** From now on every article written goes through `registrar` first. */
  useEntityRegistrar(registrar: EntityRegistrar): void {
    this.registrar = registrar
  }

  /** Adds a damaged file (moved to quarantine by another part of the app) to the damage log. */
  async reportDamage(record: DamagedFile): Promise<void> {
    await this.damage.record(record)
  }

  private changed(change: LibraryChange): void {
    for (const observer of this.observers) observer(change)
  }

  /** The ids of the articles in the folder (whether readable or not). */
  async articleIds(): Promise<string[]> {
    return this.store.ids()
  }

  /** The articles, most recently changed first, and the files that could not be read. */
  async list(): Promise<LibraryListing> {
    const articles: ArticleSummary[] = []
    for (const id of await this.store.ids()) {
      try {
        const summary = await this.lock.run(id, () => this.summarise(id))
        if (summary) articles.push(summary)
      } catch (error) {
        // One file the system will not let us read must not hide the others.
        if (!(error instanceof AppError && error.code === 'io')) throw error
        this.damage.leaveInPlace(id, error.message)
      }
    }
    articles.sort(
      (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title)
    )
    return { folder: this.layout.folder, articles, damaged: await this.damage.present() }
  }

  private async summarise(id: string): Promise<ArticleSummary | undefined> {
    const stamp = await this.store.stamp(id)
    if (!stamp) return undefined
    const cached = this.summaries.get(id)
    if (cached && cached.stamp.mtimeMs === stamp.mtimeMs && cached.stamp.size === stamp.size) {
      return cached.summary
    }
    const found = await this.recovery.read(id)
    if (found.status !== 'ok') return undefined
    const summary = summaryOf(found.file)
    // A restored file has a new stamp; take it now so the next listing is a cache hit.
    this.summaries.set(id, { stamp: (await this.store.stamp(id)) ?? stamp, summary })
    return summary
  }

  /**
   * Writes an article and keeps it as a version. `onDisk`, the content read from the file
   * just before, is kept first when it is not the newest version already (a file from an
   * earlier app, or one another program changed), so no state that was on disk is lost.
   * Call with the article's lock held.
   */
  private async writeArticle(
    given: ArticleFile,
    event: VersionEvent,
    onDisk?: unknown,
    options: {
      restoredFrom?: string
      /** The version's author when not this editor (a change from the desk). */
      author?: string | null
      /** A library-wide change hands over articles linked to the registry already. */
      linked?: boolean
    } = {}
  ): Promise<ArticleFile> {
    const file = this.registrar && !options.linked ? await this.registrar(given) : given
    const id = file.article.id
    // An editor's copies learn their registry ids only when the article is next opened, so a
    // save that differs from the file only by those ids is, once linked, the file itself:
    // nothing is written and no version is kept.
    const current = this.recovery.lastGoodOf(id)
    if (event === 'saved' && !options.linked && current && sameContent(file, current)) {
      return current
    }
    const savedAt = this.now().toISOString()
    const author =
      options.author !== undefined
        ? options.author
        : this.settingsFile.data.authorName.trim() || null
    if (onDisk !== undefined) {
      // Compared by the hash of the text read (or written): for a file the app wrote, the same
      // bytes as its newest version.
      await this.history.recordIfNew(id, onDisk, {
        savedAt,
        author: null,
        event: 'found-on-disk'
      })
    }
    // Serialised and hashed once: the article file, its version (the same bytes) and the
    // changed-on-disk check share it.
    const serialised = serialise(file)
    await this.store.write(id, file, serialised)
    this.recovery.remember(id, file)
    this.seen.set(id, { hash: serialised.hash })
    await this.history.record(
      id,
      file,
      {
        savedAt,
        author,
        event,
        ...(options.restoredFrom ? { restoredFrom: options.restoredFrom } : {})
      },
      serialised
    )
    return file
  }

  /**
   * Whether `raw`, the content on disk now, is what this process last read or wrote of the
   * article (true when it has seen nothing of it). The same read object is the same content;
   * another read is compared by hash: of the bytes read, or of the file text written
   * (`readContentHash`).
   */
  private sameAsSeen(id: string, raw: unknown): boolean {
    const seen = this.seen.get(id)
    if (seen === undefined) return true
    if ('read' in seen && seen.read === raw) return true
    const hash = 'read' in seen ? readContentHash(seen.read) : seen.hash
    // Hashed now: the older read need not be held any more.
    this.seen.set(id, { hash })
    return readContentHash(raw) === hash
  }

  private checkId(id: string): void {
    if (!isArticleId(id)) {
      throw new AppError('not-found', `There is no article with the id "${id}".`)
    }
  }

  /** One article, with its blocks, entities and annotations. */
  async open(id: string): Promise<ArticleFile> {
    this.checkId(id)
    return this.lock.run(id, async () => {
      const found = await this.recovery.read(id)
      if (found.status !== 'ok') throw unavailable(id, found)
      // What the editor starts from: a save finding anything else on disk asks first.
      this.seen.set(id, { read: found.raw ?? found.file })
      return found.file
    })
  }

  /**
   * One article as the library has it, to read it elsewhere (an export): the file checked
   * against the article schema when it was read, and not read or checked again while it is
   * unchanged on disk. Unlike {@link open} it does not become what the editor's next save
   * starts from, so an export cannot hide a change another program made to the file.
   */
  async read(id: string): Promise<ArticleFile> {
    this.checkId(id)
    return this.lock.run(id, async () => {
      const found = await this.recovery.read(id)
      if (found.status !== 'ok') throw unavailable(id, found)
      return found.file
    })
  }

  /**
   * A new article from pasted text: the first line is the headline and, unless `title` is
   * given, the title; blank lines separate paragraphs.
   */
  async create(request: { text: string; title?: string }): Promise<ArticleSummary> {
    const blocks = blocksFromPlainText(request.text)
    if (!blocks.length) {
      throw new AppError(
        'invalid-input',
        'The pasted text is empty. Paste the article, headline first, with a blank line ' +
          'between paragraphs.'
      )
    }
    const title = clampTitle(request.title ?? '') || titleFromBlocks(blocks)
    return this.add({ title, blocks, origin: { kind: 'paste' } })
  }

  /**
   * A new article from a file's bytes (.txt, .md, .html). Fails with a typed error that says
   * what to do when the file is too large, binary, of another type or empty.
   */
  async import(fileName: string, bytes: Uint8Array): Promise<ArticleSummary> {
    // Only the name is kept: a path from the user's disk does not belong in the library.
    const name = fileName.split(/[\\/]/).pop() || fileName
    const parsed = await this.parseImport(name, bytes)
    if (parsed instanceof AppError) throw parsed
    return this.add({
      title: clampTitle(parsed.title) || titleFromBlocks(parsed.blocks),
      blocks: parsed.blocks,
      language: parsed.language,
      origin: { kind: 'import', fileName: name, format: parsed.format }
    })
  }

  private async add(draft: {
    title: string
    blocks: Block[]
    origin: ArticleOrigin
    language?: string
  }): Promise<ArticleSummary> {
    this.assertWritable()
    const id = nanoid()
    const at = this.now().toISOString()
    const file: ArticleFile = {
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      article: {
        id,
        title: draft.title,
        ...(draft.language ? { language: draft.language } : {}),
        origin: draft.origin,
        createdAt: at,
        updatedAt: at
      },
      blocks: draft.blocks,
      entities: [],
      annotations: []
    }
    const written = await this.lock.run(id, () => this.writeArticle(file, 'saved'))
    this.changed({ kind: 'written', file: written })
    return summaryOf(written)
  }

  /**
   * Reads, changes and writes one article under its lock, backing up the version on disk
   * first. If the file was damaged since it was last read, it is quarantined and the change
   * applies to the last good version this process saw, so the user's work is not lost.
   */
  private mutate(
    id: string,
    change: (file: ArticleFile, at: string) => ArticleFile,
    options: {
      event?: VersionEvent
      restoredFrom?: string
      refuseIfChanged?: boolean
      /** The change links the article to the registry itself (see {@link rewriteLinked}). */
      linked?: boolean
    } = {}
  ): Promise<ArticleFile> {
    this.checkId(id)
    this.assertWritable()
    return this.lock.run(id, async () => {
      const found = await this.recovery.read(id, this.recovery.lastGoodOf(id))
      if (found.status !== 'ok') throw unavailable(id, found)
      if (options.refuseIfChanged && found.raw !== undefined && !this.sameAsSeen(id, found.raw)) {
        throw new AppError(
          'changed-on-disk',
          `The file of "${found.file.article.title}" was changed on disk by another program ` +
            `since it was opened here (saved ${found.file.article.updatedAt}). Nothing was ` +
            `written: reload their version, or keep yours (theirs stays in the history).`
        )
      }
      const next = change(found.file, this.now().toISOString())
      // A change that changes nothing (a save of what is already there) writes nothing.
      if (next === found.file) return next
      const written = await this.writeArticle(next, options.event ?? 'saved', found.raw, {
        ...(options.restoredFrom ? { restoredFrom: options.restoredFrom } : {}),
        ...(options.linked ? { linked: true } : {})
      })
      this.summaries.delete(id)
      this.changed({ kind: 'written', file: written })
      return written
    })
  }

  /** Gives an article a new title (its headline block, part of the text, is unchanged). */
  async rename(id: string, title: string): Promise<ArticleSummary> {
    const clean = clampTitle(title)
    if (!clean) throw new AppError('invalid-input', 'A title cannot be empty.')
    const file = await this.mutate(id, (f, at) => ({
      ...f,
      article: { ...f.article, title: clean, updatedAt: at }
    }))
    return summaryOf(file)
  }

  /** Moves an article's file to the trash; it is never deleted outright. */
  async delete(id: string): Promise<{ trashedAs: string }> {
    this.checkId(id)
    this.assertWritable()
    return this.lock.run(id, async () => {
      if (!(await this.store.stamp(id))) throw unavailable(id, { status: 'missing' })
      const trashedAs = await this.store.trash(id, this.now())
      this.summaries.delete(id)
      this.recovery.forget(id)
      this.seen.delete(id)
      this.changed({ kind: 'removed', id })
      this.log(`Article ${id} moved to ${trashedAs}.`)
      return { trashedAs }
    })
  }

  /**
   * Saves the annotation layer and, when given, corrected blocks (normalised to NFC).
   * Every target must lie within the text and quote it exactly unless orphaned; every
   * mention and speaker must point into the entity registry.
   */
  async save(id: string, changes: ArticleChanges): Promise<SavedArticle> {
    const blocks = changes.blocks?.map((b) => ({ type: b.type, text: b.text.normalize('NFC') }))
    const file = await this.mutate(
      id,
      (f, at) => {
        const text = blocks ?? f.blocks
        assertSavable(text, changes.entities, changes.annotations)
        const rejected = changes.rejectedSuggestions
          ? [...new Set(changes.rejectedSuggestions)]
          : f.rejectedSuggestions
        const same = sameJson(
          [text, changes.entities, changes.annotations, rejected ?? []],
          [f.blocks, f.entities, f.annotations, f.rejectedSuggestions ?? []]
        )
        if (same && f.schemaVersion === ARTICLE_SCHEMA_VERSION) return f
        return {
          ...f,
          schemaVersion: ARTICLE_SCHEMA_VERSION,
          article: { ...f.article, updatedAt: at },
          blocks: text,
          entities: changes.entities,
          annotations: changes.annotations,
          ...(rejected ? { rejectedSuggestions: rejected } : {})
        }
      },
      // The editor's layer replaces the file's: refuse if someone else changed the file.
      { refuseIfChanged: true }
    )
    return {
      updatedAt: file.article.updatedAt,
      registryIds: registryIdsOf(file),
      summary: summaryOf(file)
    }
  }

  /**
   * Writes an article as the desk holds it (others' changes merged with this editor's), or
   * adds it when the library lacks it (an article someone else shared). The same checks and
   * durable write as a save; refused, with nothing written, when the file on disk cannot be
   * read (damaged, or from a newer app): the desk never writes over what it could not read.
   */
  async writeFromDesk(
    id: string,
    file: ArticleFile,
    options: {
      /** Who made the change on the desk, for the version's author (null: unknown). */
      by?: string | null
    } = {}
  ): Promise<ArticleFile> {
    this.checkId(id)
    this.assertWritable()
    assertSavable(file.blocks, file.entities, file.annotations)
    const next: ArticleFile = { ...file, article: { ...file.article, id } }
    const written = await this.lock.run(id, async () => {
      const found = await this.store.read(id, { asWritten: true })
      if (found.status === 'damaged' || found.status === 'newer') {
        throw new AppError(
          found.status === 'newer' ? 'unsupported' : 'damaged',
          `The desk's version of "${file.article.title}" was not written: the file on disk ` +
            `could not be read (${found.reason}).`
        )
      }
      if (found.status === 'ok' && sameJson(found.file, next)) return null
      await this.writeArticle(next, 'saved', found.status === 'ok' ? found.raw : undefined, {
        ...(options.by !== undefined ? { author: options.by } : {})
      })
      this.summaries.delete(id)
      return next
    })
    if (written) this.changed({ kind: 'written', file: written, fromDesk: true })
    return written ?? next
  }

  /**
   * After a `changed-on-disk` refusal, when the user keeps the version in the app: takes the
   * file on disk as seen, so the next save writes over it. Their version is kept in the
   * history by that save.
   */
  async overwriteChanged(id: string): Promise<void> {
    this.checkId(id)
    this.assertWritable()
    await this.lock.run(id, async () => {
      const found = await this.store.read(id, { asWritten: true })
      if (found.status === 'ok') this.seen.set(id, { read: found.raw })
      else this.seen.delete(id)
    })
  }

  /** The kept versions of an article, newest first; the one equal to the file is current. */
  async versions(id: string): Promise<ArticleVersion[]> {
    this.checkId(id)
    return this.lock.run(id, async () => {
      const found = await this.store.read(id, { asWritten: true })
      const versions = await this.history.list(id, found.status === 'ok' ? found.raw : undefined)
      if (!versions.length && found.status !== 'ok') {
        throw unavailable(id, found.status === 'missing' ? found : { status: 'missing' })
      }
      return versions
    })
  }

  /**
   * Makes an earlier version the article's content again (title, text, entities and
   * annotations). The restore is saved as a new version, so it can be undone the same way.
   */
  async restore(id: string, versionId: string): Promise<ArticleFile> {
    this.checkId(id)
    this.assertWritable()
    const kept = await this.history.read(id, versionId)
    if (!kept) {
      throw new AppError(
        'not-found',
        'That version is no longer kept (older versions are thinned out over time) or ' +
          'could not be read. Open the History again to see the versions kept now.'
      )
    }
    assertSavable(kept.file.blocks, kept.file.entities, kept.file.annotations)
    return this.mutate(
      id,
      (f, at) => ({
        ...kept.file,
        schemaVersion: ARTICLE_SCHEMA_VERSION,
        article: { ...kept.file.article, id, createdAt: f.article.createdAt, updatedAt: at }
      }),
      { event: 'restored', restoredFrom: kept.version.savedAt }
    )
  }

  /**
   * Adds an article exactly as given (an imported native export): same title, blocks,
   * entities, annotations and times. It keeps its id unless that id is taken in this
   * library (or is not a usable file name), in which case it gets a fresh one.
   */
  async adopt(file: ArticleFile): Promise<{ summary: ArticleSummary; idChanged: boolean }> {
    this.assertWritable()
    assertSavable(file.blocks, file.entities, file.annotations)
    const wanted = file.article.id
    const usable = isArticleId(wanted)
    const id = usable ? wanted : nanoid()
    const placed = await this.lock.run(id, async () => {
      // Versions (or an old backup) left by a deleted article of that id would mix with this
      // one's, and be restored over it if it were ever damaged: treat the id as taken too.
      const taken =
        (await this.store.stamp(id)) !== undefined ||
        (await this.history.has(id)) ||
        (await exists(backupPath(this.layout, id)))
      if (taken) return undefined
      return this.writeArticle({ ...file, article: { ...file.article, id } }, 'saved')
    })
    if (placed) {
      this.changed({ kind: 'written', file: placed })
      return { summary: summaryOf(placed), idChanged: !usable }
    }
    const fresh = nanoid()
    const adopted = await this.lock.run(fresh, () =>
      this.writeArticle({ ...file, article: { ...file.article, id: fresh } }, 'saved')
    )
    this.changed({ kind: 'written', file: adopted })
    return { summary: summaryOf(adopted), idChanged: true }
  }

  /**
   * Replaces an article's entities and annotations with what `derive` makes of the article
   * as it is on disk, under its lock (so no save slips in between the read and the write).
   * The text stays as it is. When `derive` throws, nothing is written.
   */
  async replaceAnnotations(
    id: string,
    derive: (file: ArticleFile) => Pick<ArticleFile, 'entities' | 'annotations'>
  ): Promise<ArticleFile> {
    return this.mutate(id, (f, at) => {
      const { entities, annotations } = derive(f)
      assertSavable(f.blocks, entities, annotations)
      return {
        ...f,
        schemaVersion: ARTICLE_SCHEMA_VERSION,
        article: { ...f.article, updatedAt: at },
        entities,
        annotations
      }
    })
  }

  /**
   * One article's part of a library-wide change to the registry (a merge, a rename, a
   * split): as {@link replaceAnnotations}, but `derive` links the article to the registry
   * itself, so the write skips the registrar and the comparison an editor's save needs, and
   * returns null when the article has nothing to change (nothing is written then).
   */
  async rewriteLinked(
    id: string,
    derive: (file: ArticleFile) => Pick<ArticleFile, 'entities' | 'annotations'> | null
  ): Promise<ArticleFile> {
    return this.mutate(
      id,
      (f, at) => {
        const derived = derive(f)
        if (!derived) return f
        assertSavable(f.blocks, derived.entities, derived.annotations)
        return {
          ...f,
          schemaVersion: ARTICLE_SCHEMA_VERSION,
          article: { ...f.article, updatedAt: at },
          entities: derived.entities,
          annotations: derived.annotations
        }
      },
      { linked: true }
    )
  }

  /** The library's settings. */
  async getSettings(): Promise<LibrarySettings> {
    return settingsOf(this.settingsFile.data)
  }

  /**
   * Changes some settings (see settingsChanges.ts for what is refused). Refused with
   * 'unsupported' when library.json was written by a newer version of the app.
   */
  async updateSettings(changes: SettingsChanges): Promise<LibrarySettings> {
    this.assertWritable()
    return this.lock.run(LIBRARY_FILE_KEY, async () => {
      const checked = applySettingsChanges(settingsOf(this.settingsFile.data), changes)
      await this.settingsFile.writeSettings(checked)
      return checked
    })
  }

  /** Waits for every pending operation to finish, then lets go of the folder (before quitting). */
  async close(): Promise<void> {
    await this.lock.idle()
    const release = this.releaseLock
    this.releaseLock = undefined
    await release?.()
  }
}
