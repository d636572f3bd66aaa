/** Merges two entities that are one ("Droege" and "Jason Droege"). */
import type { Command } from 'prosemirror-state'
import { mergeEntities as merge } from '@shared/annotations/registry'
import { applyRegistryEdit } from '../layer'
import { layerCommand } from './run'

/**
 * Merges `goneId` into `keepId`: mentions and quotes repointed, names kept as aliases, and
 * the repointed mentions redrawn in the kept entity's colour. One undo step.
 */
export function mergeEntities(keepId: string, goneId: string): Command {
  return layerCommand('mergeEntities', ({ state, layer, stamp }) => {
    const edit = merge(layer, keepId, goneId, stamp)
    return {
      layer: applyRegistryEdit(layer, state.doc, edit),
      ids: [keepId, goneId, ...edit.changed]
    }
  })
}
