/**
 * Tags the selection as a mention of an entity: an existing one, or one of this type named
 * like the selection (reused if the registry has it, created otherwise).
 */
import type { Command } from 'prosemirror-state'
import { AnnotationError, newMention } from '@shared/annotations/factory'
import { BLOCK_SEPARATOR } from '@shared/text'
import type { AnnotationSpec } from '../decorations'
import { addAnnotations } from '../layer'
import { resolveEntity, withAlias, type EntityRef } from './entityRef'
import { layerCommand, targetRange, type RangeOption } from './run'

/** Options of {@link tagEntity}. */
export interface TagEntityOptions extends RangeOption {
  /** The new mention's id (generated when absent). */
  id?: string
  /**
   * Add the selected text to the entity's aliases when it is neither its name nor an alias
   * yet (default true), so type-ahead and "Tag all mentions" know it.
   */
  addAlias?: boolean
}

/**
 * Tags the selection as an entity of `typeId`. `entity` is an existing entity (`{ id }`, the
 * type is then the entity's), a name (`{ name }`), or absent: named like the selected text.
 * Tagging a range already tagged with the same entity does nothing.
 */
export function tagEntity(
  typeId: string,
  entity?: EntityRef,
  options: TagEntityOptions = {}
): Command {
  return layerCommand('tagEntity', ({ state, layer, config, stamp }) => {
    const { from, to } = targetRange(state, options)
    const text = state.doc.textBetween(from, to, BLOCK_SEPARATOR)
    const ref: EntityRef = entity ?? { name: text, type: typeId }
    const resolved = resolveEntity(layer, 'name' in ref ? { type: typeId, ...ref } : ref, typeId)
    let next = resolved.layer
    if (options.addAlias !== false) next = withAlias(next, resolved.entity, text)
    // Only the spans over the selection can be the same range: a lookup in the decoration
    // tree, where walking every annotation made each tag cost more on a long article.
    const same = layer.decorations.find(from, to, (s: AnnotationSpec) => s.part === 'span')
    for (const d of same) {
      if (d.from !== from || d.to !== to) continue
      const a = layer.annotations.get((d.spec as AnnotationSpec).id)
      if (a?.kind === 'mention' && a.entityId === resolved.entity.id && !a.orphaned)
        throw new AnnotationError('This text is already tagged with this entity')
    }
    const mention = newMention(config.target(state.doc, from, to), resolved.entity.id, {
      author: stamp.by,
      now: new Date(stamp.at),
      id: options.id
    })
    const ids = [mention.id, ...(resolved.created ? [resolved.entity.id] : [])]
    return { layer: addAnnotations(next, state.doc, [{ annotation: mention, from, to }]), ids }
  })
}
