/** Edits an entity: rename, aliases, type, Wikidata id, value. */
import type { Command } from 'prosemirror-state'
import { AnnotationError } from '@shared/annotations/factory'
import { foldForSearch } from '@shared/annotations/fold'
import { updateEntity as update, type EntityPatch } from '@shared/annotations/registry'
import { setEntities } from '../layer'
import { layerCommand } from './run'

/** Options of {@link updateEntity}. */
export interface UpdateEntityOptions {
  /** On a rename, keep the old name as an alias (default true). */
  keepOldNameAsAlias?: boolean
}

/** Changes an entity; a new type redraws its mentions in the new type's colour. */
export function updateEntity(
  id: string,
  patch: EntityPatch,
  options: UpdateEntityOptions = {}
): Command {
  return layerCommand('updateEntity', ({ state, layer }) => {
    const old = layer.entities.get(id)
    if (!old) throw new AnnotationError(`No entity with id ${id}`)
    let full = patch
    const renamed =
      patch.name !== undefined && foldForSearch(patch.name) !== foldForSearch(old.name)
    if (renamed && options.keepOldNameAsAlias !== false) {
      full = { ...patch, aliases: [...(patch.aliases ?? old.aliases), old.name] }
    }
    const registry = update(layer, id, full)
    const retyped = registry.entities.get(id)!.type !== old.type
    return {
      layer: setEntities(layer, state.doc, registry.entities, retyped ? [id] : []),
      ids: [id]
    }
  })
}

/** Adds an alias to an entity. */
export function addEntityAlias(id: string, alias: string): Command {
  return updateEntityAliases(id, (aliases) => [...aliases, alias])
}

/** Removes an alias from an entity (compared accent- and case-insensitively). */
export function removeEntityAlias(id: string, alias: string): Command {
  const key = foldForSearch(alias)
  return updateEntityAliases(id, (aliases) => aliases.filter((a) => foldForSearch(a) !== key))
}

function updateEntityAliases(
  id: string,
  change: (aliases: readonly string[]) => string[]
): Command {
  return layerCommand('updateEntity', ({ state, layer }) => {
    const old = layer.entities.get(id)
    if (!old) throw new AnnotationError(`No entity with id ${id}`)
    const registry = update(layer, id, { aliases: change(old.aliases) })
    return { layer: setEntities(layer, state.doc, registry.entities), ids: [id] }
  })
}
