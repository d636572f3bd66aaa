/**
 * Links the selection to an existing entity, as picked in the type-ahead
 * ("Droege" → Jason Droege).
 */
import type { Command } from 'prosemirror-state'
import type { Entity } from '@shared/model'
import { tagEntity, type TagEntityOptions } from './tagEntity'

/**
 * Tags the selection as a mention of an existing entity (its type is kept): one of the
 * article's by id, or one of the library's registry, copied into the article if it is new here.
 */
export function linkMention(entity: string | Entity, options: TagEntityOptions = {}): Command {
  return (state, dispatch, view) => {
    // The type is the entity's own; tagEntity reads it from the registry.
    const ref = typeof entity === 'string' ? { id: entity } : { entity }
    return tagEntity('', ref, options)(state, dispatch, view)
  }
}
