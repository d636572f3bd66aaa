/**
 * Gives the open article's entities the registry ids their save linked them to (the Library
 * links every entity it writes to the library's registry). Not an undoable action of the
 * user's: the step stays out of the history, and an undo that brings back an older layer
 * loses nothing the next save does not link again.
 */
import type { EditorState, Transaction } from 'prosemirror-state'
import type { Entity } from '@shared/model'
import { setEntities } from '../layer'
import { LayerStep } from '../layerStep'
import { layerOf } from '../plugin'

/** The transaction that sets the registry ids, or null when every entity has its id already. */
export function linkToRegistry(
  state: EditorState,
  registryIds: Readonly<Record<string, string>>
): Transaction | null {
  const layer = layerOf(state)
  let entities: Map<string, Entity> | null = null
  for (const [id, entity] of layer.entities) {
    const registryId = Object.hasOwn(registryIds, id) ? registryIds[id] : undefined
    if (!registryId || entity.registryId === registryId) continue
    entities ??= new Map(layer.entities)
    entities.set(id, { ...entity, registryId })
  }
  if (!entities) return null
  const next = setEntities(layer, state.doc, entities)
  return state.tr.step(new LayerStep(layer, next)).setMeta('addToHistory', false)
}
