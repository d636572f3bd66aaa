/**
 * "Tag all mentions" in one undoable step: the entity (an existing one, or a new one named
 * like the selected words) and a mention on each chosen occurrence. Creating the entity and
 * tagging are one LayerStep, so one Ctrl+Z takes them all back.
 */
import type { Command } from 'prosemirror-state'
import { newMention } from '@shared/annotations/factory'
import {
  addAnnotations,
  normaliseRange,
  resolveEntity,
  spans,
  type EntityRef,
  type Placement
} from '@renderer/editor/annotations'
import { layerCommand } from '@renderer/editor/annotations/commands/run'

/** Tags each range as a mention of `entity` (created with `typeId` when new). */
export function tagOccurrences(
  entity: EntityRef,
  typeId: string,
  ranges: readonly { from: number; to: number }[]
): Command {
  return layerCommand('tagOccurrences', ({ state, layer, config, stamp }) => {
    if (!ranges.length) return null
    const resolved = resolveEntity(layer, entity, typeId)
    const entityId = resolved.entity.id
    // Ranges already tagged with this entity are left alone (tagging twice adds nothing).
    const mine = new Set<string>()
    for (const a of layer.annotations.values()) {
      if (a.kind === 'mention' && a.entityId === entityId && !a.orphaned) mine.add(a.id)
    }
    const taken = new Set([...spans(layer, mine).values()].map((s) => `${s.from}:${s.to}`))
    const now = new Date(stamp.at)
    const placements: Placement[] = []
    for (const r of ranges) {
      const range = normaliseRange(state.doc, r.from, r.to)
      if (!range || taken.has(`${range.from}:${range.to}`)) continue
      taken.add(`${range.from}:${range.to}`)
      const target = config.target(state.doc, range.from, range.to)
      placements.push({
        annotation: newMention(target, entityId, { author: stamp.by, now }),
        ...range
      })
    }
    if (!placements.length) return null
    const ids = placements.map((p) => p.annotation.id)
    if (resolved.created) ids.push(entityId)
    return { layer: addAnnotations(resolved.layer, state.doc, placements), ids }
  })
}
