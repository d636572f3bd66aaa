/**
 * Matching entities across articles. Each article keeps its own copy of the entities it uses,
 * with ids of its own; across the library an entity is known by its registry id
 * (`registryId`, see libraryEntities.ts), which is what the entity page, search hits and the
 * queue's speaker filter group by. Values (money, percentages, dates) are not in the registry:
 * "14,3 G$" in two articles are two facts, not one thing, so they are known by their type and
 * folded name.
 */
import { foldForSearch } from '../annotations/fold'
import type { Entity } from '../model'

/** Entity types whose entities are values of one article, never in the library's registry. */
export const VALUE_ENTITY_TYPES: readonly string[] = ['money', 'percentage', 'date']

/** True when entities of this type belong in the library's registry. */
export function isRegistered(entity: Pick<Entity, 'type' | 'value'>): boolean {
  return !entity.value && !VALUE_ENTITY_TYPES.includes(entity.type)
}

/**
 * A 56-bit hash of a string as 14 hex digits (cyrb53, two 32-bit lanes): deterministic ids
 * from names, so files upgraded apart from each other agree on them.
 */
function hash53(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0)
  return n.toString(16).padStart(14, '0')
}

/** The type and folded name of an entity: how entities were matched before the registry. */
export function nameKey(entity: Pick<Entity, 'type' | 'name'>): string {
  return `${entity.type}:${foldForSearch(entity.name)}`
}

/**
 * The registry id an entity gets when it first enters the registry under its name: derived
 * from its type and folded name, so "Jason Droege" upgraded from two version-1 files, or
 * tagged in two articles before either was saved, is one entity.
 */
export function registryIdFor(entity: Pick<Entity, 'type' | 'name'>): string {
  return `ent-${hash53(nameKey(entity))}`
}

/**
 * The library-wide key of an entity: its registry id (or the one it will get when saved), or
 * for a value its type and folded name.
 */
export function entityKey(entity: Pick<Entity, 'type' | 'name' | 'value' | 'registryId'>): string {
  if (entity.registryId) return entity.registryId
  return isRegistered(entity) ? registryIdFor(entity) : nameKey(entity)
}
