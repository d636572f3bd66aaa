/** Deletes an entity: when unused, or together with its mentions. */
import type { Command } from 'prosemirror-state'
import { deleteEntity as remove } from '@shared/annotations/registry'
import { applyRegistryEdit } from '../layer'
import { layerCommand } from './run'

/**
 * Deletes an entity. Refused while used unless `withMentions`: its mentions are deleted too,
 * and the quotes it speaks keep their text but lose their speaker. One undo step.
 */
export function deleteEntity(id: string, options: { withMentions?: boolean } = {}): Command {
  return layerCommand('deleteEntity', ({ state, layer, stamp }) => {
    const edit = remove(layer, id, stamp, options)
    return {
      layer: applyRegistryEdit(layer, state.doc, edit),
      ids: [id, ...edit.removed, ...edit.changed]
    }
  })
}
