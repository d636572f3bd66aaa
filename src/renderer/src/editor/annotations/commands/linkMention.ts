/**
 * Links the selection to an existing entity, as picked in the type-ahead
 * ("Droege" → Jason Droege).
 */
import type { Command } from 'prosemirror-state'
import { tagEntity, type TagEntityOptions } from './tagEntity'

/** Tags the selection as a mention of the existing entity `entityId` (its type is kept). */
export function linkMention(entityId: string, options: TagEntityOptions = {}): Command {
  return (state, dispatch, view) => {
    // The type is the entity's own; tagEntity reads it from the registry.
    return tagEntity('', { id: entityId }, options)(state, dispatch, view)
  }
}
