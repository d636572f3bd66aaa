/**
 * "Tag all mentions": tags the other occurrences of an entity's names in one step, which
 * one undo reverts.
 */
import type { Command } from 'prosemirror-state'
import { AnnotationError, newMention } from '@shared/annotations/factory'
import { addAnnotations, normaliseRange, type Placement } from '../layer'
import { mentionCandidates, type MentionCandidateOptions } from '../queries/mentionCandidates'
import { layerCommand } from './run'

/** Options of {@link tagAllMentions}. */
export interface TagAllMentionsOptions extends MentionCandidateOptions {
  /**
   * The ranges to tag, as offered by `mentionCandidates` and confirmed by the annotator;
   * default: every candidate.
   */
  ranges?: readonly { from: number; to: number }[]
}

/** Tags every untagged occurrence (or the chosen ranges) as mentions of `entityId`. */
export function tagAllMentions(entityId: string, options: TagAllMentionsOptions = {}): Command {
  return layerCommand('tagAllMentions', ({ state, layer, config, stamp }) => {
    if (!layer.entities.has(entityId)) throw new AnnotationError(`No entity with id ${entityId}`)
    const ranges = options.ranges ?? mentionCandidates(state, entityId, options)
    const placements: Placement[] = []
    const now = new Date(stamp.at)
    for (const r of ranges) {
      const range = normaliseRange(state.doc, r.from, r.to)
      if (!range) continue
      const mention = newMention(config.target(state.doc, range.from, range.to), entityId, {
        author: stamp.by,
        now
      })
      placements.push({ annotation: mention, ...range })
    }
    if (!placements.length) return null
    return {
      layer: addAnnotations(layer, state.doc, placements),
      ids: placements.map((p) => p.annotation.id)
    }
  })
}
