/**
 * What "Tag all mentions" offers from where the annotator is: the entity of the mention under
 * the cursor or selection, or the selected words (linked to the entity of that name if there
 * is one), and the untagged occurrences of those words in the article.
 */
import type { EditorState } from 'prosemirror-state'
import { findAllOccurrences } from '@shared/annotations/occurrences'
import { entityNamed } from '@shared/annotations/registry'
import { BLOCK_SEPARATOR } from '@shared/text'
import type { Entity } from '@shared/model'
import {
  annotationsAt,
  annotationsIn,
  docText,
  layerOf,
  mentionCandidates,
  positionsOf,
  configOf,
  type MentionCandidate
} from '@renderer/editor/annotations'

/** What to tag: an entity (existing or to create) and the words to look for. */
export interface TagAllTarget {
  /** The entity the mentions will point at; null when one must be created. */
  entity: Entity | null
  /** The selected words (or the mention's text). */
  words: string
}

/** The mention entity at a range: one exactly covering it, else one containing the cursor. */
function mentionEntityAt(state: EditorState, from: number, to: number): string | null {
  const hits = from < to ? annotationsIn(state, from, to) : annotationsAt(state, from)
  for (const hit of hits) {
    const a = hit.annotation
    if (a.kind !== 'mention') continue
    if (from === to || (hit.from <= from && hit.to >= to)) return a.entityId
  }
  return null
}

/**
 * The target of "Tag all" at [from, to): the entity of a tagged mention there, else the
 * entity named like the selected words, else a new one (entity null). Null when the cursor
 * is in no mention and nothing is selected.
 */
export function tagAllTarget(state: EditorState, from: number, to: number): TagAllTarget | null {
  const layer = layerOf(state)
  const entityId = mentionEntityAt(state, from, to)
  const words = from < to ? state.doc.textBetween(from, to, BLOCK_SEPARATOR).trim() : ''
  if (entityId) {
    const entity = layer.entities.get(entityId) ?? null
    return entity ? { entity, words: words || entity.name } : null
  }
  if (!words || words.includes('\n')) return null
  return { entity: entityNamed(layer.entities.values(), words) ?? null, words }
}

/**
 * The untagged occurrences of a target's words (and of its entity's name and aliases), in
 * reading order; those already tagged with the same entity are left out.
 */
export function tagAllCandidates(state: EditorState, target: TagAllTarget): MentionCandidate[] {
  if (target.entity) {
    const phrases = [target.entity.name, ...target.entity.aliases, target.words]
    return mentionCandidates(state, target.entity.id, { phrases })
  }
  const { conversions } = configOf(state)
  const found = findAllOccurrences(docText(state.doc).text, [target.words])
  return found.map((o) => ({ ...positionsOf(state.doc, o.start, o.end, conversions), ...o }))
}
