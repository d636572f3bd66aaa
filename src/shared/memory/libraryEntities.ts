/**
 * The library's registry of entities: one record per person, organisation, place, product or
 * event, whichever article it was first tagged in, with its aliases, a description and a
 * Wikidata id. Every article keeps a copy of the entities it uses, linked by `registryId`, so
 * an article's file (and its export) stays self-contained; the registry is the one place a
 * name is changed, and the copies follow.
 *
 * Pure: the main process keeps the state in `entities.json` and rewrites the articles; the
 * benchmark and the tests run the same code.
 */
import { z } from 'zod'
import { foldForSearch } from '../annotations/fold'
import { newId } from '../annotations/ids'
import {
  cleanAliases,
  mergeEntities,
  type EntityRegistry,
  type Stamp
} from '../annotations/registry'
import type { ArticleFile, Entity } from '../model'
import { isRegistered, registryIdFor } from './entityKey'

/** One entity of the library's registry. */
export const LibraryEntity = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  description: z.string().optional(),
  wikidataId: z
    .string()
    .regex(/^Q[1-9]\d*$/)
    .optional()
})
export type LibraryEntity = z.infer<typeof LibraryEntity>

/** The version of `entities.json` this build reads and writes. */
export const LIBRARY_REGISTRY_VERSION = 1

/** `entities.json`: the registry and where merged entities went. */
export const LibraryRegistryFile = z.object({
  schemaVersion: z.literal(LIBRARY_REGISTRY_VERSION),
  entities: z.array(LibraryEntity).default([]),
  /**
   * Ids merged away → the id they were merged into, so a copy made before the merge (an
   * export, a kept version brought back) finds its entity again.
   */
  mergedInto: z.record(z.string(), z.string()).default({})
})
export type LibraryRegistryFile = z.infer<typeof LibraryRegistryFile>

/** What a library-wide change to one entity may set; absent fields stay as they are. */
export interface LibraryEntityPatch {
  name?: string
  type?: string
  aliases?: string[]
  /** '' removes it. */
  description?: string
  /** '' removes it. */
  wikidataId?: string
}

/** Why a registry change was refused; the message is written for the desk. */
export class LibraryEntityError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid-input',
    message: string
  ) {
    super(message)
    this.name = 'LibraryEntityError'
  }
}

const cleanName = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim()

/** The registry in memory, with its index of names and aliases by type. */
export class LibraryRegistry {
  private readonly entities = new Map<string, LibraryEntity>()
  private readonly redirects = new Map<string, string>()
  /** `type\u0000folded name or alias` → ids, for linking an entity tagged by its name. */
  private readonly byName = new Map<string, Set<string>>()

  constructor(file?: LibraryRegistryFile) {
    for (const entity of file?.entities ?? []) this.put(entity)
    for (const [from, to] of Object.entries(file?.mergedInto ?? {})) this.redirects.set(from, to)
  }

  /** The file to write. */
  toFile(): LibraryRegistryFile {
    return {
      schemaVersion: LIBRARY_REGISTRY_VERSION,
      entities: [...this.entities.values()],
      mergedInto: Object.fromEntries(this.redirects)
    }
  }

  get size(): number {
    return this.entities.size
  }

  list(): LibraryEntity[] {
    return [...this.entities.values()]
  }

  /** The entity an id names now: itself, or the one it was merged into. */
  get(id: string): LibraryEntity | undefined {
    let current = id
    for (let hops = 0; hops < 32; hops++) {
      const found = this.entities.get(current)
      if (found) return found
      const next = this.redirects.get(current)
      if (!next) return undefined
      current = next
    }
    return undefined
  }

  private nameKeys(entity: LibraryEntity): string[] {
    return [entity.name, ...entity.aliases].map((n) => `${entity.type}\u0000${foldForSearch(n)}`)
  }

  private put(entity: LibraryEntity): void {
    const old = this.entities.get(entity.id)
    if (old) for (const key of this.nameKeys(old)) this.byName.get(key)?.delete(old.id)
    this.entities.set(entity.id, entity)
    for (const key of this.nameKeys(entity)) {
      let ids = this.byName.get(key)
      if (!ids) this.byName.set(key, (ids = new Set()))
      ids.add(entity.id)
    }
  }

  private drop(id: string): void {
    const old = this.entities.get(id)
    if (!old) return
    for (const key of this.nameKeys(old)) this.byName.get(key)?.delete(id)
    this.entities.delete(id)
  }

  /** The entity of this type named (or aliased) so, folded; the oldest when several are. */
  named(type: string, name: string): LibraryEntity | undefined {
    const ids = this.byName.get(`${type}\u0000${foldForSearch(name)}`)
    const first = ids?.values().next()
    return first && !first.done ? this.entities.get(first.value) : undefined
  }

  /**
   * The registry entity an article's entity stands for, added when it is new: by its
   * `registryId` (following merges), else by type and name or alias, else a new record
   * (under the id its name gives, when that is free). With `learn`, aliases, a description
   * and a Wikidata id the copy has and the record lacks are added to the record.
   * Returns the record and whether the registry changed.
   */
  link(entity: Entity, learn: boolean): { record: LibraryEntity; changed: boolean } {
    const known =
      (entity.registryId ? this.get(entity.registryId) : undefined) ??
      this.named(entity.type, entity.name)
    if (!known) {
      const wanted = entity.registryId ?? registryIdFor(entity)
      const id = this.entities.has(wanted) || this.redirects.has(wanted) ? newId() : wanted
      const record: LibraryEntity = {
        id,
        type: entity.type,
        name: entity.name,
        aliases: cleanAliases(entity.name, entity.aliases),
        ...(entity.description ? { description: entity.description } : {}),
        ...(entity.wikidataId ? { wikidataId: entity.wikidataId } : {})
      }
      this.put(record)
      return { record, changed: true }
    }
    if (!learn) return { record: known, changed: false }
    const aliases = cleanAliases(known.name, [...known.aliases, entity.name, ...entity.aliases])
    const learned: LibraryEntity = {
      ...known,
      aliases,
      ...(!known.description && entity.description ? { description: entity.description } : {}),
      ...(!known.wikidataId && entity.wikidataId ? { wikidataId: entity.wikidataId } : {})
    }
    const changed =
      aliases.length !== known.aliases.length ||
      learned.description !== known.description ||
      learned.wikidataId !== known.wikidataId
    if (changed) this.put(learned)
    return { record: changed ? learned : known, changed }
  }

  /** Changes a record (a rename keeps the old name as an alias, as in an article). */
  update(id: string, patch: LibraryEntityPatch): LibraryEntity {
    const old = this.require(id)
    const name = patch.name === undefined ? old.name : cleanName(patch.name)
    if (!name) throw new LibraryEntityError('invalid-input', 'An entity needs a name.')
    const renamed = name !== old.name
    const aliases = patch.aliases ?? (renamed ? [...old.aliases, old.name] : old.aliases)
    const description = (patch.description ?? old.description ?? '').trim()
    const wikidataId = (patch.wikidataId ?? old.wikidataId ?? '').trim().toUpperCase()
    const next = LibraryEntity.safeParse({
      id: old.id,
      type: patch.type ?? old.type,
      name,
      aliases: cleanAliases(name, aliases),
      ...(description ? { description } : {}),
      ...(wikidataId ? { wikidataId } : {})
    })
    if (!next.success) {
      throw new LibraryEntityError(
        'invalid-input',
        `The entity was not changed: ${next.error.issues[0]?.message ?? 'invalid'}.`
      )
    }
    this.put(next.data)
    return next.data
  }

  /**
   * Merges `goneId` into `keepId`: the kept record gains the gone one's name and aliases (and
   * its description and Wikidata id when it has none); the gone id redirects to the kept one.
   */
  merge(keepId: string, goneId: string): LibraryEntity {
    const keep = this.require(keepId)
    const gone = this.require(goneId)
    if (keep.id === gone.id) {
      throw new LibraryEntityError('invalid-input', 'An entity cannot be merged into itself.')
    }
    const merged: LibraryEntity = {
      ...keep,
      aliases: cleanAliases(keep.name, [...keep.aliases, gone.name, ...gone.aliases]),
      ...(!keep.description && gone.description ? { description: gone.description } : {}),
      ...(!keep.wikidataId && gone.wikidataId ? { wikidataId: gone.wikidataId } : {})
    }
    this.drop(gone.id)
    this.put(merged)
    for (const [from, to] of this.redirects) if (to === gone.id) this.redirects.set(from, keep.id)
    this.redirects.set(gone.id, keep.id)
    return merged
  }

  /**
   * A new record of the same type as `fromId`, named `name`, for the articles split off it;
   * the name stops being an alias of the original.
   */
  split(fromId: string, name: string): LibraryEntity {
    const from = this.require(fromId)
    const clean = cleanName(name)
    if (!clean) throw new LibraryEntityError('invalid-input', 'The new entity needs a name.')
    const key = foldForSearch(clean)
    if (foldForSearch(from.name) === key) {
      throw new LibraryEntityError(
        'invalid-input',
        `The new entity needs a name other than "${from.name}", or the two could not be told apart.`
      )
    }
    this.put({ ...from, aliases: from.aliases.filter((a) => foldForSearch(a) !== key) })
    const wanted = registryIdFor({ type: from.type, name: clean })
    const id = this.entities.has(wanted) || this.redirects.has(wanted) ? newId() : wanted
    const record: LibraryEntity = { id, type: from.type, name: clean, aliases: [] }
    this.put(record)
    return record
  }

  private require(id: string): LibraryEntity {
    const found = this.get(id)
    if (!found) {
      throw new LibraryEntityError('not-found', 'That entity is not in the library any more.')
    }
    return found
  }
}

/** An article's entity as a copy of its registry record (its own id and value kept). */
export function copyOf(entity: Entity, record: LibraryEntity): Entity {
  const copy: Entity = {
    id: entity.id,
    type: record.type,
    name: record.name,
    aliases: [...record.aliases],
    registryId: record.id
  }
  if (record.wikidataId) copy.wikidataId = record.wikidataId
  if (record.description) copy.description = record.description
  if (entity.value) copy.value = entity.value
  return copy
}

/** What linking an article to the registry did. */
export interface LinkedArticle {
  file: ArticleFile
  /** The registry gained or changed records. */
  registryChanged: boolean
  /** The article's entities or annotations differ from what was given. */
  articleChanged: boolean
}

/**
 * An article with every entity linked to the registry and made a copy of its record. Two
 * entities of the article that stand for one record (after a library-wide merge, or an
 * editor that had not seen it yet) are merged with the article's own merge, so every
 * mention and quote of either follows. With `learn` (an editor's save), what the copies add
 * (aliases, a description, a Wikidata id) goes into the registry; without it (a library-wide
 * change being applied), the registry's fields win.
 */
export function linkArticle(
  state: LibraryRegistry,
  file: ArticleFile,
  options: { learn: boolean; stamp: Stamp; splitTo?: { from: string; to: string } }
): LinkedArticle {
  let registryChanged = false
  let entities = file.entities.map((entity) => {
    if (!isRegistered(entity)) return entity
    const relinked =
      options.splitTo &&
      entity.registryId &&
      state.get(entity.registryId)?.id === options.splitTo.from
        ? { ...entity, registryId: options.splitTo.to }
        : entity
    const { record, changed } = state.link(relinked, options.learn)
    registryChanged ||= changed
    return copyOf(entity, record)
  })
  let annotations = file.annotations
  const firstOf = new Map<string, string>()
  const twins: [keep: string, gone: string][] = []
  for (const entity of entities) {
    if (!entity.registryId) continue
    const first = firstOf.get(entity.registryId)
    if (first) twins.push([first, entity.id])
    else firstOf.set(entity.registryId, entity.id)
  }
  if (twins.length) {
    let registry: EntityRegistry = {
      entities: new Map(entities.map((e) => [e.id, e])),
      annotations: new Map(annotations.map((a) => [a.id, a]))
    }
    for (const [keep, gone] of twins) {
      registry = mergeEntities(registry, keep, gone, options.stamp).registry
    }
    const record = (id: string) => state.get(registry.entities.get(id)?.registryId ?? '')
    entities = [...registry.entities.values()].map((e) => {
      const r = record(e.id)
      return r ? copyOf(e, r) : e
    })
    annotations = [...registry.annotations.values()]
  }
  const articleChanged =
    twins.length > 0 || JSON.stringify(entities) !== JSON.stringify(file.entities)
  return {
    file: articleChanged ? { ...file, entities, annotations } : file,
    registryChanged,
    articleChanged
  }
}
