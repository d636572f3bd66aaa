/** Naming the entity an action is about: an existing one by id, or one by name. */
import { AnnotationError } from '@shared/annotations/factory'
import { foldForSearch } from '@shared/annotations/fold'
import { addAlias, addEntity, createEntity, entityNamed } from '@shared/annotations/registry'
import type { Entity } from '@shared/model'
import type { AnnotationLayer } from '../layer'

/**
 * An existing entity (`{ id }`), or one named (`{ name, type? }`): the entity of that type
 * with that name or alias (compared folded) if there is one, else a new one.
 */
export type EntityRef =
  | { id: string }
  | { name: string; type?: string; id?: string }
  /**
   * An entity of the library's registry, perhaps not in this article yet: the article's own
   * copy of it if it has one (same id, or same registry id), else a copy added now.
   */
  | { entity: Entity }

/** The layer with the entity added if it is new, and the entity. */
export function resolveEntity(
  layer: AnnotationLayer,
  ref: EntityRef,
  defaultType: string
): { layer: AnnotationLayer; entity: Entity; created: boolean } {
  if ('entity' in ref) {
    const wanted = ref.entity
    const own =
      layer.entities.get(wanted.id) ??
      (wanted.registryId
        ? [...layer.entities.values()].find((e) => e.registryId === wanted.registryId)
        : undefined)
    if (own) return { layer, entity: own, created: false }
    const entity = createEntity({ ...wanted, aliases: wanted.aliases })
    return { layer: { ...layer, ...addEntity(layer, entity) }, entity, created: true }
  }
  if (!('name' in ref)) {
    const entity = layer.entities.get(ref.id)
    if (!entity) throw new AnnotationError(`No entity with id ${ref.id}`)
    return { layer, entity, created: false }
  }
  const type = ref.type ?? defaultType
  const existing = entityNamed(layer.entities.values(), ref.name, type)
  if (existing) return { layer, entity: existing, created: false }
  const entity = createEntity({ id: ref.id, type, name: ref.name })
  return { layer: { ...layer, ...addEntity(layer, entity) }, entity, created: true }
}

/** The layer with `text` added as an alias of the entity, unless it is already its name or one. */
export function withAlias(layer: AnnotationLayer, entity: Entity, text: string): AnnotationLayer {
  const key = foldForSearch(text)
  if (
    !key ||
    foldForSearch(entity.name) === key ||
    entity.aliases.some((a) => foldForSearch(a) === key)
  ) {
    return layer
  }
  return { ...layer, ...addAlias(layer, entity.id, text) }
}
