/**
 * The library's registry of entities at work: `entities.json` read once, every article
 * written linked to it (the Library calls {@link LibraryEntities.registrar} before each
 * write), and the changes made once for the whole library: rename or edit, merge two, split
 * one. Each such change is written to the registry first, then to every article that uses
 * the entity, through the Library (its locks, its versions, its checks), so an article that
 * could not be rewritten then (damaged, say) still follows at its next save: its copy names a
 * registry id that the registry knows, or redirects.
 */
import { AppError } from '@shared/contract'
import type { ArticleFile, Entity } from '@shared/model'
import type { Stamp } from '@shared/annotations/registry'
import { entityKey, isRegistered } from '@shared/memory/entityKey'
import type { EntityPage } from '@shared/memory/entityPage'
import {
  LibraryEntityError,
  type LibraryRegistry,
  linkArticle,
  type LibraryEntity,
  type LibraryEntityPatch
} from '@shared/memory/libraryEntities'
import { READ_ONLY_NOTICE, type Library } from '../library/Library'
import { libraryLayout } from '../library/layout'
import { LibraryRegistryStore } from '../library/libraryRegistryFile'
import { newId } from '@shared/annotations/ids'
import { splitOffMentions } from '@shared/memory/splitMentions'
import type { LibraryMemory } from './LibraryMemory'

/** A registry entity with the number of articles that use it. */
export interface LibraryEntityListing extends LibraryEntity {
  articles: number
}

/** What a library-wide change did. */
export interface LibraryEntityChange {
  entity: LibraryEntity
  /** Articles rewritten. */
  articles: number
  /** Articles that could not be rewritten now, and why; they follow at their next save. */
  failed: { articleId: string; reason: string }[]
}

/** How many article files are rewritten at once (their writes wait on the disk, not the CPU). */
const REWRITE_CONCURRENCY = 8

/** The registry of one library. */
export class LibraryEntities {
  private readonly store: LibraryRegistryStore
  private loading: Promise<LibraryRegistry> | null = null
  private filled = false
  /** Library-wide changes run one at a time, in call order. */
  private changes: Promise<unknown> = Promise.resolve()
  /** So do writes of entities.json (a change waits on writes, never the other way round). */
  private writes: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly library: Library,
    private readonly memory: LibraryMemory,
    private readonly now: () => Date = () => new Date()
  ) {
    this.store = new LibraryRegistryStore(
      libraryLayout(library.folder),
      now,
      !library.access().readOnly
    )
    library.useEntityRegistrar((file) => this.registrar(file))
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.changes.then(task)
    this.changes = next.catch(() => undefined)
    return next
  }

  /** The registry, read from entities.json the first time. */
  private loaded(): Promise<LibraryRegistry> {
    this.loading ??= this.store.load().then(async (found) => {
      if (found.damage) await this.library.reportDamage(found.damage)
      return found.state
    })
    return this.loading
  }

  private async stamp(): Promise<Stamp> {
    const author = (await this.library.getSettings()).authorName.trim()
    return { by: author || 'Library', at: this.now().toISOString() }
  }

  /** Writes the registry as it is when the write's turn comes. */
  private persist(state: LibraryRegistry): Promise<void> {
    const next = this.writes.then(async () => {
      const author = (await this.library.getSettings()).authorName.trim() || null
      const damage = await this.store.write(state, author)
      if (damage) await this.library.reportDamage(damage)
    })
    this.writes = next.catch(() => undefined)
    return next
  }

  /** Links an article about to be written; what its copies add goes into the registry. */
  private async registrar(file: ArticleFile): Promise<ArticleFile> {
    const state = await this.loaded()
    const linked = linkArticle(state, file, { learn: true, stamp: await this.stamp() })
    if (linked.registryChanged) await this.persist(state)
    return linked.file
  }

  /**
   * The registry with every article read: entities of articles not saved since the registry
   * began (files of version 1, an article copied in by hand) are added from their copies.
   */
  private async complete(): Promise<LibraryRegistry> {
    const state = await this.loaded()
    await this.memory.ready()
    if (this.filled) return state
    let changed = false
    for (const file of this.memory.articles()) {
      for (const entity of file.entities) {
        if (!isRegistered(entity) || (entity.registryId && state.get(entity.registryId))) continue
        changed = state.link(entity, true).changed || changed
      }
    }
    this.filled = true
    if (changed) await this.persist(state)
    return state
  }

  /**
   * The key of each article entity held, computed once: the held copies never change (a
   * change holds a new article), and finding the users of an entity keys every entity of
   * the library.
   */
  private readonly keys = new WeakMap<Entity, string | null>()

  /** The registry id an article's entity stands for now. */
  private recordOf(state: LibraryRegistry, entity: Entity) {
    let key = this.keys.get(entity)
    if (key === undefined) {
      key = isRegistered(entity) ? entityKey(entity) : null
      this.keys.set(entity, key)
    }
    return key === null ? undefined : state.get(key)
  }

  /** Every entity of the registry, with how many articles use it, by name. */
  async list(): Promise<LibraryEntityListing[]> {
    const state = await this.complete()
    const uses = new Map<string, number>()
    for (const file of this.memory.articles()) {
      const seen = new Set<string>()
      for (const entity of file.entities) {
        const record = this.recordOf(state, entity)
        if (record && !seen.has(record.id)) {
          seen.add(record.id)
          uses.set(record.id, (uses.get(record.id) ?? 0) + 1)
        }
      }
    }
    return state
      .list()
      .map((e) => ({ ...e, articles: uses.get(e.id) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name))
  }

  /** The articles using any of these registry ids (as they resolve now). */
  private users(state: LibraryRegistry, ids: ReadonlySet<string>): ArticleFile[] {
    return this.memory
      .articles()
      .filter((file) => file.entities.some((e) => ids.has(this.recordOf(state, e)?.id ?? '')))
  }

  private assertWritable(): void {
    const access = this.library.access()
    if (access.readOnly) throw new AppError('read-only', `${READ_ONLY_NOTICE} ${access.reason}`)
  }

  /** Runs a library-wide change: registry first, then every article it names. */
  private change(
    plan: (state: LibraryRegistry) => {
      entity: LibraryEntity
      articles: ArticleFile[]
      splitTo?: { from: string; to: string }
      /** A split mention by mention: per article, the annotations that move to `to`. */
      splitMentions?: { from: string; to: LibraryEntity; byArticle: Map<string, Set<string>> }
    }
  ): Promise<LibraryEntityChange> {
    this.assertWritable()
    return this.serial(async () => {
      const state = await this.complete()
      // Known once entities.json has been read: one from a newer app is not ours to change.
      if (this.store.readOnly) throw new AppError('unsupported', this.store.readOnly)
      let planned: ReturnType<typeof plan>
      try {
        planned = plan(state)
      } catch (error) {
        if (error instanceof LibraryEntityError) throw new AppError(error.code, error.message)
        throw error
      }
      await this.persist(state)
      const stamp = await this.stamp()
      const failed: LibraryEntityChange['failed'] = []
      let rewritten = 0
      const ids = planned.articles.map((f) => f.article.id)
      let next = 0
      // A pool: each of a few workers takes the next article as soon as its last is written.
      const worker = async (): Promise<void> => {
        while (next < ids.length) {
          const articleId = ids[next++]
          try {
            await this.library.rewriteLinked(articleId, (file) => {
              const mentions = planned.splitMentions
              const split = mentions
                ? splitOffMentions(file, {
                    isFrom: (e) => this.recordOf(state, e)?.id === mentions.from,
                    to: mentions.to,
                    annotationIds: mentions.byArticle.get(file.article.id) ?? new Set(),
                    newEntityId: newId(),
                    stamp
                  })
                : null
              const linked = linkArticle(state, split ?? file, {
                learn: false,
                stamp,
                splitTo: planned.splitTo
              })
              if (!split && !linked.articleChanged) return null
              return { entities: linked.file.entities, annotations: linked.file.annotations }
            })
            rewritten++
          } catch (error) {
            failed.push({
              articleId,
              reason: error instanceof Error ? error.message : String(error)
            })
          }
        }
      }
      await Promise.all(Array.from({ length: REWRITE_CONCURRENCY }, worker))
      return { entity: state.get(planned.entity.id) ?? planned.entity, articles: rewritten, failed }
    })
  }

  /** Renames or edits an entity once for every article. */
  update(id: string, patch: LibraryEntityPatch): Promise<LibraryEntityChange> {
    return this.change((state) => {
      const entity = state.update(id, patch)
      return { entity, articles: this.users(state, new Set([entity.id])) }
    })
  }

  /** Merges `goneId` into `keepId` in the registry and in every article using either. */
  merge(keepId: string, goneId: string): Promise<LibraryEntityChange> {
    return this.change((state) => {
      const entity = state.merge(keepId, goneId)
      return { entity, articles: this.users(state, new Set([entity.id])) }
    })
  }

  /**
   * Splits an entity: in `articleIds` its copies become a new entity named `name` (same type);
   * the other articles keep the original.
   */
  split(id: string, articleIds: readonly string[], name: string): Promise<LibraryEntityChange> {
    return this.change((state) => {
      const from = state.get(id)
      if (!from)
        throw new LibraryEntityError('not-found', 'That entity is not in the library any more.')
      const chosen = new Set(articleIds)
      const articles = this.users(state, new Set([from.id])).filter((f) => chosen.has(f.article.id))
      if (!articles.length) {
        throw new LibraryEntityError(
          'invalid-input',
          `Choose at least one article that mentions ${from.name} to split off.`
        )
      }
      const entity = state.split(from.id, name)
      return { entity, articles, splitTo: { from: from.id, to: entity.id } }
    })
  }

  /**
   * Splits an entity mention by mention: the chosen mentions (and quotes or claims it
   * speaks), in any article, move to a new entity named `name` (same type); everything else
   * keeps the original. An article whose every use of it moved no longer counts among its.
   */
  splitMentions(
    id: string,
    chosen: readonly { articleId: string; annotationId: string }[],
    name: string
  ): Promise<LibraryEntityChange> {
    return this.change((state) => {
      const from = state.get(id)
      if (!from)
        throw new LibraryEntityError('not-found', 'That entity is not in the library any more.')
      const byArticle = new Map<string, Set<string>>()
      for (const { articleId, annotationId } of chosen) {
        let ids = byArticle.get(articleId)
        if (!ids) byArticle.set(articleId, (ids = new Set()))
        ids.add(annotationId)
      }
      const articles = this.users(state, new Set([from.id])).filter((f) =>
        f.annotations.some((a) => byArticle.get(f.article.id)?.has(a.id))
      )
      if (!articles.length) {
        throw new LibraryEntityError(
          'invalid-input',
          `Choose at least one mention of ${from.name} to split off.`
        )
      }
      const entity = state.split(from.id, name)
      return { entity, articles, splitMentions: { from: from.id, to: entity, byArticle } }
    })
  }

  /**
   * The entity page read through the registry: a merged-away id finds the entity it went
   * into, and the name, aliases, description and Wikidata id are the registry's.
   */
  async page(
    request: { key: string } | { articleId: string; entityId: string }
  ): Promise<EntityPage & { description: string | null }> {
    const state = await this.complete()
    let key: string | null
    if ('key' in request) key = request.key
    else {
      const file = this.memory.articles().find((f) => f.article.id === request.articleId)
      const entity = file?.entities.find((e) => e.id === request.entityId)
      key = entity ? entityKey(entity) : null
    }
    const record = key ? state.get(key) : undefined
    const page = await this.memory.entity({ key: record?.id ?? key ?? '' })
    if (!record) return { ...page, description: null }
    return {
      ...page,
      name: record.name,
      type: record.type,
      aliases: record.aliases,
      wikidataId: record.wikidataId ?? null,
      description: record.description ?? null
    }
  }
}
