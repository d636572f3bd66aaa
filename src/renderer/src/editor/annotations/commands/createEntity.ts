/** Adds an entity to the registry (from the panel, before any mention of it). */
import type { Command } from 'prosemirror-state'
import {
  addEntity,
  createEntity as makeEntity,
  type EntityFields
} from '@shared/annotations/registry'
import { layerCommand } from './run'

/** Creates an entity; money, percentage and date entities get their value from the name. */
export function createEntity(fields: EntityFields): Command {
  return layerCommand('createEntity', ({ layer }) => {
    const entity = makeEntity(fields)
    return { layer: { ...layer, ...addEntity(layer, entity) }, ids: [entity.id] }
  })
}
