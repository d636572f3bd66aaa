/**
 * The entity registry: canonical entities and the operations an annotator performs on them
 * (create, rename, add an alias, merge two, delete). Pure functions over immutable maps: each
 * returns a new registry and says which annotations it rewrote, so an editor can redraw just
 * those and record the edit as one undoable step.
 *
 * A mention points at one entity (`entityId`), and a quote's speaker is an entity too
 * (`speakerId`), so merging or deleting an entity must repoint or remove both.
 */
import { Entity, type Annotation, type EntityValue } from '../model'
import { kindOf } from './kinds'
import { foldForSearch } from './fold'
import { newId } from './ids'
import { parseEntityValue } from './values'

/** The entities of an article and the annotations that point at them. */
export interface EntityRegistry {
  readonly entities: ReadonlyMap<string, Entity>
  readonly annotations: ReadonlyMap<string, Annotation>
}

/** Who makes an edit, and when (ISO time), stamped on every annotation it rewrites. */
export interface Stamp {
  by: string
  at: string
}

/** The outcome of a registry edit. */
export interface RegistryEdit {
  registry: EntityRegistry
  /** Ids of annotations rewritten (a mention or a speaker repointed). */
  changed: string[]
  /** Ids of annotations removed (mentions deleted with their entity). */
  removed: string[]
}

/** Why a registry edit was refused; `message` is written for the annotator. */
export class RegistryError extends Error {
  constructor(
    readonly code: 'not-found' | 'in-use' | 'invalid' | 'duplicate',
    message: string
  ) {
    super(message)
    this.name = 'RegistryError'
  }
}

/** What it takes to make an entity; the id is generated when absent. */
export interface EntityFields {
  id?: string
  type: string
  name: string
  aliases?: readonly string[]
  wikidataId?: string
  value?: EntityValue
  description?: string
  registryId?: string
}

/** Trims a name and joins runs of spaces (names are compared folded anyway). */
function cleanName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** Aliases without blanks, without the name itself and without folded duplicates. */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([foldForSearch(name)])
  const result: string[] = []
  for (const alias of aliases) {
    const clean = cleanName(alias)
    const key = foldForSearch(clean)
    if (!key || seen.has(key)) continue
    seen.add(key)
    result.push(clean)
  }
  return result
}

/** Parses an entity with the model schema, turning its complaints into one clear message. */
function checked(entity: Entity): Entity {
  const parsed = Entity.safeParse(entity)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new RegistryError('invalid', `Invalid entity ${issue.path.join('.')}: ${issue.message}`)
  }
  return parsed.data
}

/**
 * A new entity. Money, percentage and date entities get their normalised value from the
 * name when none is given ("14,3 G$" → 14.3e9 USD).
 */
export function createEntity(fields: EntityFields): Entity {
  const name = cleanName(fields.name)
  if (!name) throw new RegistryError('invalid', 'An entity needs a name')
  const value = fields.value ?? parseEntityValue(name, fields.type)
  return checked({
    id: fields.id ?? newId(),
    type: fields.type,
    name,
    aliases: cleanAliases(name, fields.aliases ?? []),
    ...(fields.wikidataId ? { wikidataId: fields.wikidataId } : {}),
    ...(value ? { value } : {}),
    ...(fields.description ? { description: fields.description } : {}),
    ...(fields.registryId ? { registryId: fields.registryId } : {})
  })
}

/** The entity with this id, or a clear error. */
export function getEntity(registry: EntityRegistry, id: string): Entity {
  const entity = registry.entities.get(id)
  if (!entity) throw new RegistryError('not-found', `No entity with id ${id}`)
  return entity
}

function withEntities(
  registry: EntityRegistry,
  entities: ReadonlyMap<string, Entity>,
  annotations = registry.annotations
): EntityRegistry {
  return { entities, annotations }
}

/** Adds a new entity to the registry (its id must be new). */
export function addEntity(registry: EntityRegistry, entity: Entity): EntityRegistry {
  if (registry.entities.has(entity.id)) {
    throw new RegistryError('duplicate', `An entity with id ${entity.id} already exists`)
  }
  const entities = new Map(registry.entities)
  entities.set(entity.id, checked(entity))
  return withEntities(registry, entities)
}

/** What may change on an entity (not its id). `value: null` clears the value. */
export type EntityPatch = Partial<Omit<Entity, 'id' | 'value' | 'wikidataId' | 'registryId'>> & {
  value?: EntityValue | null
  wikidataId?: string | null
}

/** Changes an entity's type, name, aliases, Wikidata id or value. */
export function updateEntity(
  registry: EntityRegistry,
  id: string,
  patch: EntityPatch
): EntityRegistry {
  const old = getEntity(registry, id)
  const name = patch.name === undefined ? old.name : cleanName(patch.name)
  if (!name) throw new RegistryError('invalid', 'An entity needs a name')
  const next: Entity = {
    id,
    type: patch.type ?? old.type,
    name,
    aliases: cleanAliases(name, patch.aliases ?? old.aliases)
  }
  const wikidataId = patch.wikidataId === undefined ? old.wikidataId : patch.wikidataId
  if (wikidataId) next.wikidataId = wikidataId
  const value = patch.value === undefined ? old.value : patch.value
  if (value) next.value = value
  const description = (patch.description ?? old.description)?.trim()
  if (description) next.description = description
  // The link to the library's registry is not the annotator's to edit here: it stays.
  if (old.registryId) next.registryId = old.registryId
  const entities = new Map(registry.entities)
  entities.set(id, checked(next))
  return withEntities(registry, entities)
}

/**
 * Renames an entity. The old name stays as an alias by default, so type-ahead and
 * "Tag all mentions" still find the text already in the article.
 */
export function renameEntity(
  registry: EntityRegistry,
  id: string,
  name: string,
  options: { keepOldNameAsAlias?: boolean } = {}
): EntityRegistry {
  const old = getEntity(registry, id)
  const keep = options.keepOldNameAsAlias ?? true
  return updateEntity(registry, id, {
    name,
    aliases: keep ? [...old.aliases, old.name] : old.aliases
  })
}

/** Adds an alias (ignored when it folds to the name or an existing alias). */
export function addAlias(registry: EntityRegistry, id: string, alias: string): EntityRegistry {
  const old = getEntity(registry, id)
  return updateEntity(registry, id, { aliases: [...old.aliases, alias] })
}

/** Removes an alias (compared folded). */
export function removeAlias(registry: EntityRegistry, id: string, alias: string): EntityRegistry {
  const old = getEntity(registry, id)
  const key = foldForSearch(alias)
  return updateEntity(registry, id, {
    aliases: old.aliases.filter((a) => foldForSearch(a) !== key)
  })
}

/** How much an entity is used: mentions (live and orphaned) and quotes it speaks. */
export interface EntityUsage {
  mentions: number
  orphanedMentions: number
  quotes: number
}

/** How much an entity is used in the annotations. */
export function entityUsage(annotations: ReadonlyMap<string, Annotation>, id: string): EntityUsage {
  const usage: EntityUsage = { mentions: 0, orphanedMentions: 0, quotes: 0 }
  for (const a of annotations.values()) {
    if (a.kind === 'mention' && a.entityId === id) {
      usage.mentions++
      if (a.orphaned) usage.orphanedMentions++
    } else if (a.kind === 'quote' && a.speakerId === id) {
      usage.quotes++
    }
  }
  return usage
}

/** Number of live (not orphaned) mentions of each entity; entities without any are absent. */
export function mentionCounts(annotations: ReadonlyMap<string, Annotation>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const a of annotations.values()) {
    if (a.kind === 'mention' && !a.orphaned)
      counts.set(a.entityId, (counts.get(a.entityId) ?? 0) + 1)
  }
  return counts
}

/** Number of quotes (live and orphaned) of each speaker. */
export function quoteCounts(annotations: ReadonlyMap<string, Annotation>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const a of annotations.values()) {
    if (a.kind === 'quote' && a.speakerId)
      counts.set(a.speakerId, (counts.get(a.speakerId) ?? 0) + 1)
  }
  return counts
}

/**
 * Merges `goneId` into `keepId`: every mention of the gone entity and every quote it speaks
 * now point at the kept one, whose aliases gain the gone entity's name and aliases (and
 * whose missing Wikidata id or value are taken from it). The gone entity is removed.
 */
export function mergeEntities(
  registry: EntityRegistry,
  keepId: string,
  goneId: string,
  stamp: Stamp
): RegistryEdit {
  if (keepId === goneId)
    throw new RegistryError('invalid', 'An entity cannot be merged into itself')
  const keep = getEntity(registry, keepId)
  const gone = getEntity(registry, goneId)
  const merged: Entity = {
    ...keep,
    aliases: cleanAliases(keep.name, [...keep.aliases, gone.name, ...gone.aliases])
  }
  if (!merged.wikidataId && gone.wikidataId) merged.wikidataId = gone.wikidataId
  if (!merged.value && gone.value) merged.value = gone.value
  const entities = new Map(registry.entities)
  entities.delete(goneId)
  entities.set(keepId, checked(merged))

  const annotations = new Map(registry.annotations)
  const changed: string[] = []
  for (const a of registry.annotations.values()) {
    const link = kindOf(a).entityLink
    if (link?.of(a) !== goneId) continue
    annotations.set(a.id, { ...link.to(a, keepId), updatedBy: stamp.by, updatedAt: stamp.at })
    changed.push(a.id)
  }
  return { registry: { entities, annotations }, changed, removed: [] }
}

/**
 * Deletes an entity. Refused while mentions or quotes use it, unless `withMentions`: then its
 * mentions are deleted too and the quotes it speaks lose their speaker (the quotes stay); in
 * general, an annotation whose kind requires the entity goes, any other loses the link.
 */
export function deleteEntity(
  registry: EntityRegistry,
  id: string,
  stamp: Stamp,
  options: { withMentions?: boolean } = {}
): RegistryEdit {
  const entity = getEntity(registry, id)
  const usage = entityUsage(registry.annotations, id)
  if ((usage.mentions || usage.quotes) && !options.withMentions) {
    throw new RegistryError(
      'in-use',
      `${entity.name} is used by ${usage.mentions} mention(s) and ${usage.quotes} quote(s)`
    )
  }
  const entities = new Map(registry.entities)
  entities.delete(id)
  const annotations = new Map(registry.annotations)
  const changed: string[] = []
  const removed: string[] = []
  for (const a of registry.annotations.values()) {
    const link = kindOf(a).entityLink
    if (link?.of(a) !== id) continue
    if (link.required) {
      annotations.delete(a.id)
      removed.push(a.id)
    } else {
      annotations.set(a.id, { ...link.to(a, null), updatedBy: stamp.by, updatedAt: stamp.at })
      changed.push(a.id)
    }
  }
  return { registry: { entities, annotations }, changed, removed }
}

/**
 * The entity of a type whose name or an alias folds to this text, if there is one: what
 * tagging "Meta" should link to rather than create a second "Meta".
 */
export function entityNamed(
  entities: Iterable<Entity>,
  text: string,
  type?: string
): Entity | undefined {
  const key = foldForSearch(text)
  if (!key) return undefined
  for (const e of entities) {
    if (type !== undefined && e.type !== type) continue
    if (foldForSearch(e.name) === key || e.aliases.some((a) => foldForSearch(a) === key)) return e
  }
  return undefined
}
