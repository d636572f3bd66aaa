/**
 * The choices of the entity type-ahead, as pure functions: the suggestions for what was
 * typed (a preferred type first, then "create" for a new name), the entity a typed text names
 * exactly, and the speaker a quote's form names.
 */
import { foldForSearch } from '@shared/annotations/fold'
import { findEntities } from '@shared/annotations/search'
import type { Entity } from '@shared/model'
import type { EntityRef } from '@renderer/editor/annotations'

/** What the annotator picked: an existing entity, or a new one to create by name. */
export type EntityChoice = { kind: 'entity'; entity: Entity } | { kind: 'create'; name: string }

const MAX_SUGGESTIONS = 8

/** The option list for a query: matches (preferred type first), then "create". */
export function comboboxOptions(
  entities: readonly Entity[],
  query: string,
  options: {
    counts?: ReadonlyMap<string, number>
    preferType?: string
    allowCreate: boolean
  }
): EntityChoice[] {
  const matches = findEntities(entities, query, { counts: options.counts, limit: 50 })
  const ordered = options.preferType
    ? [
        ...matches.filter((m) => m.entity.type === options.preferType),
        ...matches.filter((m) => m.entity.type !== options.preferType)
      ]
    : matches
  const result: EntityChoice[] = ordered
    .slice(0, MAX_SUGGESTIONS)
    .map((m) => ({ kind: 'entity', entity: m.entity }))
  const name = query.trim().replace(/\s+/g, ' ')
  const key = foldForSearch(name)
  const exists = entities.some(
    (e) =>
      (!options.preferType || e.type === options.preferType) &&
      (foldForSearch(e.name) === key || e.aliases.some((a) => foldForSearch(a) === key))
  )
  if (options.allowCreate && key && !exists) result.push({ kind: 'create', name })
  return result
}

/** The entity a typed text names exactly (name or alias, folded), preferred type first. */
export function exactEntity(
  entities: readonly Entity[],
  query: string,
  preferType?: string
): Entity | undefined {
  const key = foldForSearch(query)
  if (!key) return undefined
  const named = entities.filter(
    (e) => foldForSearch(e.name) === key || e.aliases.some((a) => foldForSearch(a) === key)
  )
  return named.find((e) => e.type === preferType) ?? named[0]
}

/** The speaker the form names: picked, typed exactly, new, or none. */
export function speakerRef(
  choice: EntityChoice | null,
  query: string,
  entities: readonly Entity[]
): EntityRef | null {
  // An entity of the library's registry may not be in this article yet: pass it whole.
  if (choice?.kind === 'entity') return { entity: choice.entity }
  const name = (choice?.kind === 'create' ? choice.name : query).trim().replace(/\s+/g, ' ')
  if (!name) return null
  const existing = exactEntity(entities, name, 'person')
  return existing ? { entity: existing } : { name, type: 'person' }
}
