/**
 * The article library on disk: the one module that owns the library folder's files.
 *
 *   <folder>/library.json          settings + bookkeeping (see libraryFile.ts)
 *   <folder>/articles/<id>.json    one lowdb file per article
 *   <folder>/backups/<id>.json     last good version of each article, refreshed before writes
 *   <folder>/trash/                deleted articles, <id>.<timestamp>.json
 *   <folder>/quarantine/           files that could not be read, <name>.<timestamp>.json
 *
 * Every operation on one article runs alone (a lock per file), writes are atomic (steno:
 * temp file then rename), and a file that cannot be read is moved aside and reported while
 * every other article keeps working. See docs/file-format.md.
 */
import { mkdir, readdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { nanoid } from 'nanoid'
import { blocksFromPlainText, titleFromBlocks } from '@shared/articleFromText'
import { countOpenChecks } from '@shared/desk/checks'
import { AppError, type LibraryListing } from '@shared/contract'
import {
  ARTICLE_SCHEMA_VERSION,
  LibrarySettings,
  type Annotation,
  type ArticleFile,
  type ArticleOrigin,
  type ArticleSummary,
  type Block,
  type DamagedFile,
  type Entity,
  type EntityTypeDef,
  type UiLanguage
} from '@shared/model'
import { workerImportParser, type ImportParser } from '../import/importInWorker'
import { ArticleStore, type FileStamp } from './articleStore'
import { exists } from './files'
import { KeyedLock } from './keyedLock'
import {
  articlePath,
  backupPath,
  displayPath,
  isArticleId,
  libraryLayout,
  type LibraryLayout
} from './layout'
import { LibraryFileStore, settingsOf, type LibraryFileStatus } from './libraryFile'
import { withDamageRecord } from './quarantine'
import { sampleArticle } from './seed'
import { assertSavable } from './validate'

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
}

/** What `save` changes: the annotation layer and, after "Edit text", the blocks. */
export interface ArticleChanges {
  entities: Entity[]
  annotations: Annotation[]
  blocks?: Block[]
}

/** A change to the settings; absent fields stay as they are. */
export interface SettingsChanges {
  entityTypes?: EntityTypeDef[]
  authorName?: string
  language?: UiLanguage
}

/**
 * A change to the library's articles, for what keeps a view of the whole library (the
 * search index, the verification queue): an article written as it now is, or gone.
 */
export type LibraryChange = { kind: 'written'; file: ArticleFile } | { kind: 'removed'; id: string }

/** Longest title kept (the contract's limit for renames). */
const MAX_TITLE = 300

/** The key under which library.json operations are serialised (not a valid article id). */
const LIBRARY_FILE_KEY = '/library.json'

/** The result of reading an article for use, after any recovery. */
type Readable =
  | { status: 'ok'; file: ArticleFile; raw: unknown }
  | { status: 'missing' }
  | { status: 'newer'; reason: string }
  | { status: 'damaged'; record: DamagedFile }

function summaryOf(file: ArticleFile): ArticleSummary {
  return {
    id: file.article.id,
    title: file.article.title,
    updatedAt: file.article.updatedAt,
    annotationCount: file.annotations.length,
    toCheck: countOpenChecks(file.annotations)
  }
}

function clampTitle(title: string): string {
  const points = [...title.trim()]
  return points.length > MAX_TITLE ? points.slice(0, MAX_TITLE).join('') : points.join('')
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
  /** The last version of each article read or written: what a save falls back on. */
  private readonly lastGood = new Map<string, ArticleFile>()
  /**
   * Article files left in place, by id: written by a newer app, or unreadable for the
   * file system (permissions). Reported while they stay that way; never moved.
   */
  private readonly leftInPlace = new Map<string, DamagedFile>()
  /** Who is told about every article written or removed (see {@link onChange}). */
  private readonly observers = new Set<(change: LibraryChange) => void>()

  private constructor(
    private readonly layout: LibraryLayout,
    options: LibraryOptions
  ) {
    this.store = new ArticleStore(layout)
    this.settingsFile = new LibraryFileStore(layout)
    this.log = options.log ?? (() => undefined)
    this.now = options.now ?? (() => new Date())
    this.parseImport = options.parseImport ?? workerImportParser()
  }

  /**
   * Opens (or creates) the library in `options.folder`. A new library gets the Scale AI
   * sample, once: a sample the user deleted never comes back. A damaged library.json is
   * quarantined and replaced by defaults, and reported in {@link list}'s `damaged`.
   */
  static async open(options: LibraryOptions): Promise<Library> {
    const layout = libraryLayout(resolve(options.folder))
    try {
      const { folder, articles, backups, trash, quarantine } = layout
      for (const dir of [folder, articles, backups, trash, quarantine]) {
        await mkdir(dir, { recursive: true })
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      throw new AppError('io', `The library folder ${layout.folder} cannot be used: ${why}`)
    }
    const library = new Library(layout, options)
    await library.start()
    return library
  }

  /** The library folder (absolute). */
  get folder(): string {
    return this.layout.folder
  }

  private async start(): Promise<void> {
    const status: LibraryFileStatus = await this.settingsFile.load(this.now())
    if (status === 'damaged') {
      const record = this.settingsFile.data.damaged.at(-1)
      this.log(`library.json could not be read; moved to ${record?.quarantinedAs}; using defaults.`)
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
      await this.lock.run(sample.article.id, () => this.store.write(sample.article.id, sample))
      this.lastGood.set(sample.article.id, sample)
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
        this.leaveInPlace(id, error.message)
      }
    }
    articles.sort(
      (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title)
    )
    return { folder: this.layout.folder, articles, damaged: await this.damagedFiles() }
  }

  private async summarise(id: string): Promise<ArticleSummary | undefined> {
    const stamp = await this.store.stamp(id)
    if (!stamp) return undefined
    const cached = this.summaries.get(id)
    if (cached && cached.stamp.mtimeMs === stamp.mtimeMs && cached.stamp.size === stamp.size) {
      return cached.summary
    }
    const found = await this.readForUse(id)
    if (found.status !== 'ok') return undefined
    const summary = summaryOf(found.file)
    // A restored file has a new stamp; take it now so the next listing is a cache hit.
    this.summaries.set(id, { stamp: (await this.store.stamp(id)) ?? stamp, summary })
    return summary
  }

  /**
   * What listLibrary reports: quarantined files still in quarantine, and files left in
   * place (from a newer app, or unreadable for the file system).
   */
  private async damagedFiles(): Promise<DamagedFile[]> {
    const present: DamagedFile[] = []
    for (const record of this.settingsFile.data.damaged) {
      // Once the user has restored or removed the quarantined file, stop reporting it.
      if (await exists(resolve(this.layout.folder, record.quarantinedAs))) present.push(record)
    }
    const readOnly = this.settingsFile.readOnly
    if (readOnly) {
      present.push({
        fileName: 'library.json',
        quarantinedAs: 'library.json',
        reason: readOnly,
        detectedAt: this.now().toISOString()
      })
    }
    return [...present, ...this.leftInPlace.values()]
  }

  /**
   * Reads an article, dealing with what is wrong with it: a damaged file is quarantined,
   * recorded, and replaced by its backup when there is a readable one; a file from a newer
   * app is left in place and remembered. With `inApp` (the version open in the app, when
   * about to write), a damaged file is replaced by that instead of the backup, which is
   * older. Call with the article's lock held.
   */
  private async readForUse(id: string, inApp?: ArticleFile): Promise<Readable> {
    const found = await this.store.read(id)
    if (found.status === 'ok') {
      this.leftInPlace.delete(id)
      this.lastGood.set(id, found.file)
      return { status: 'ok', file: found.file, raw: found.raw }
    }
    if (found.status === 'missing') {
      this.leftInPlace.delete(id)
      return found
    }
    if (found.status === 'newer') {
      this.leaveInPlace(id, found.reason)
      return found
    }
    const record = await this.store.quarantine(id, found.reason, this.now())
    this.summaries.delete(id)
    if (inApp) {
      record.reason += ' The version open in the app was saved in its place.'
      await this.recordDamage(record)
      return { status: 'ok', file: inApp, raw: undefined }
    }
    const backup = await this.store.readBackup(id)
    if (backup) {
      await this.store.write(id, backup.file)
      record.reason +=
        ` The last good version (saved ${backup.file.article.updatedAt}) was restored from ` +
        `backups/${id}.json; changes made after it are in the quarantined file.`
    } else {
      record.reason += ' There is no backup of it.'
    }
    await this.recordDamage(record)
    if (!backup) {
      this.changed({ kind: 'removed', id })
      return { status: 'damaged', record }
    }
    this.lastGood.set(id, backup.file)
    this.changed({ kind: 'written', file: backup.file })
    return { status: 'ok', file: backup.file, raw: backup.raw }
  }

  private leaveInPlace(id: string, reason: string): void {
    const fileName = displayPath(this.layout, articlePath(this.layout, id))
    this.leftInPlace.set(id, {
      fileName,
      quarantinedAs: fileName,
      reason,
      detectedAt: this.now().toISOString()
    })
  }

  private async recordDamage(record: DamagedFile): Promise<void> {
    const { fileName, quarantinedAs, reason } = record
    this.log(`${fileName} could not be read, moved to ${quarantinedAs}: ${reason}`)
    await this.lock.run(LIBRARY_FILE_KEY, () => {
      const data = this.settingsFile.data
      return this.settingsFile.write({ ...data, damaged: withDamageRecord(data.damaged, record) })
    })
  }

  private checkId(id: string): void {
    if (!isArticleId(id)) {
      throw new AppError('not-found', `There is no article with the id "${id}".`)
    }
  }

  private unavailable(id: string, found: Exclude<Readable, { status: 'ok' }>): AppError {
    if (found.status === 'missing') {
      return new AppError(
        'not-found',
        `The article "${id}" is no longer in the library: it may have been deleted or moved.`
      )
    }
    if (found.status === 'newer') return new AppError('unsupported', found.reason)
    return new AppError(
      'damaged',
      `This article's file could not be read and was moved to ${found.record.quarantinedAs}. ` +
        found.record.reason
    )
  }

  /** One article, with its blocks, entities and annotations. */
  async open(id: string): Promise<ArticleFile> {
    this.checkId(id)
    return this.lock.run(id, async () => {
      const found = await this.readForUse(id)
      if (found.status !== 'ok') throw this.unavailable(id, found)
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
    await this.lock.run(id, () => this.store.write(id, file))
    this.lastGood.set(id, file)
    this.changed({ kind: 'written', file })
    return summaryOf(file)
  }

  /**
   * Reads, changes and writes one article under its lock, backing up the version on disk
   * first. If the file was damaged since it was last read, it is quarantined and the change
   * applies to the last good version this process saw, so the user's work is not lost.
   */
  private mutate(
    id: string,
    change: (file: ArticleFile, at: string) => ArticleFile
  ): Promise<ArticleFile> {
    this.checkId(id)
    return this.lock.run(id, async () => {
      const found = await this.readForUse(id, this.lastGood.get(id))
      if (found.status !== 'ok') throw this.unavailable(id, found)
      const next = change(found.file, this.now().toISOString())
      await this.store.write(id, next, found.raw)
      this.lastGood.set(id, next)
      this.summaries.delete(id)
      this.changed({ kind: 'written', file: next })
      return next
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
    return this.lock.run(id, async () => {
      if (!(await this.store.stamp(id))) throw this.unavailable(id, { status: 'missing' })
      const trashedAs = await this.store.trash(id, this.now())
      this.summaries.delete(id)
      this.lastGood.delete(id)
      this.leftInPlace.delete(id)
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
  async save(id: string, changes: ArticleChanges): Promise<{ updatedAt: string }> {
    const blocks = changes.blocks?.map((b) => ({ type: b.type, text: b.text.normalize('NFC') }))
    const file = await this.mutate(id, (f, at) => {
      const text = blocks ?? f.blocks
      assertSavable(text, changes.entities, changes.annotations)
      return {
        ...f,
        schemaVersion: ARTICLE_SCHEMA_VERSION,
        article: { ...f.article, updatedAt: at },
        blocks: text,
        entities: changes.entities,
        annotations: changes.annotations
      }
    })
    return { updatedAt: file.article.updatedAt }
  }

  /**
   * Adds an article exactly as given (an imported native export): same title, blocks,
   * entities, annotations and times. It keeps its id unless that id is taken in this
   * library (or is not a usable file name), in which case it gets a fresh one.
   */
  async adopt(file: ArticleFile): Promise<{ summary: ArticleSummary; idChanged: boolean }> {
    assertSavable(file.blocks, file.entities, file.annotations)
    const wanted = file.article.id
    const usable = isArticleId(wanted)
    const id = usable ? wanted : nanoid()
    const placed = await this.lock.run(id, async () => {
      // A backup left by a deleted article of that id would be restored over this one if
      // it were ever damaged: treat it as taken too.
      const taken =
        (await this.store.stamp(id)) !== undefined || (await exists(backupPath(this.layout, id)))
      if (taken) return undefined
      const adopted = { ...file, article: { ...file.article, id } }
      await this.store.write(id, adopted)
      this.lastGood.set(id, adopted)
      return adopted
    })
    if (placed) {
      this.changed({ kind: 'written', file: placed })
      return { summary: summaryOf(placed), idChanged: !usable }
    }
    const fresh = nanoid()
    const adopted = { ...file, article: { ...file.article, id: fresh } }
    await this.lock.run(fresh, () => this.store.write(fresh, adopted))
    this.lastGood.set(fresh, adopted)
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

  /** The library's settings. */
  async getSettings(): Promise<LibrarySettings> {
    return settingsOf(this.settingsFile.data)
  }

  /**
   * Changes some settings. Entity type ids and shortcut keys must be unique. Refused with
   * 'unsupported' when library.json was written by a newer version of the app.
   */
  async updateSettings(changes: SettingsChanges): Promise<LibrarySettings> {
    return this.lock.run(LIBRARY_FILE_KEY, async () => {
      const current = settingsOf(this.settingsFile.data)
      const next: LibrarySettings = {
        ...current,
        ...(changes.entityTypes ? { entityTypes: changes.entityTypes } : {}),
        ...(changes.authorName !== undefined ? { authorName: changes.authorName.trim() } : {}),
        ...(changes.language ? { language: changes.language } : {})
      }
      const problems: string[] = []
      const ids = new Set<string>()
      const keys = new Set<string>()
      for (const type of next.entityTypes) {
        if (ids.has(type.id)) problems.push(`two entity types have the id "${type.id}"`)
        if (keys.has(type.key)) problems.push(`two entity types use the key "${type.key}"`)
        ids.add(type.id)
        keys.add(type.key)
      }
      if (problems.length) {
        throw new AppError('invalid-input', `The settings were not saved: ${problems.join('; ')}.`)
      }
      const checked = LibrarySettings.parse(next)
      await this.settingsFile.writeSettings(checked)
      return checked
    })
  }

  /** Waits for every pending operation to finish (call before the app quits). */
  async close(): Promise<void> {
    await this.lock.idle()
  }
}
