/**
 * Matching entities across articles. Each article keeps its own entity registry, so the same
 * person has a different id in every article; across the library an entity is known by its
 * type and its folded name ("person:jason droege"), which is what the entity page and the
 * queue's speaker filter group by.
 */
import { foldForSearch } from '../annotations/fold'
import type { Entity } from '../model'

/** The library-wide key of an entity: its type and its name folded for search. */
export function entityKey(entity: Pick<Entity, 'type' | 'name'>): string {
  return `${entity.type}:${foldForSearch(entity.name)}`
}
