/**
 * The occurrences "Tag all mentions" offers: the entity's name and aliases (or the phrases
 * given) as whole words in the article, minus those already tagged with this entity.
 */
import type { EditorState } from 'prosemirror-state'
import { findAllOccurrences, type OccurrenceOptions } from '@shared/annotations/occurrences'
import { docText, offsetsOf, positionsOf } from '../conversions'
import { spans } from '../layer'
import { configOf, layerOf } from '../plugin'

/** One occurrence that could be tagged. */
export interface MentionCandidate {
  from: number
  to: number
  /** Code-point offsets over the plain text. */
  start: number
  end: number
  exact: string
}

/** Options: the phrases to look for (default: the entity's name and aliases) and matching. */
export interface MentionCandidateOptions extends Pick<
  OccurrenceOptions,
  'caseSensitive' | 'ignoreAccents'
> {
  phrases?: readonly string[]
}

/** The untagged occurrences of an entity's names, in reading order (empty for an unknown id). */
export function mentionCandidates(
  state: EditorState,
  entityId: string,
  options: MentionCandidateOptions = {}
): MentionCandidate[] {
  const layer = layerOf(state)
  const entity = layer.entities.get(entityId)
  if (!entity) return []
  const { conversions } = configOf(state)
  const tagged = new Set<string>()
  for (const a of layer.annotations.values()) {
    if (a.kind === 'mention' && a.entityId === entityId && !a.orphaned) tagged.add(a.id)
  }
  const skip = [...spans(layer, tagged).values()].map((s) =>
    offsetsOf(state.doc, s.from, s.to, conversions)
  )
  const phrases = options.phrases ?? [entity.name, ...entity.aliases]
  const found = findAllOccurrences(docText(state.doc).text, phrases, { ...options, skip })
  return found.map((o) => ({ ...positionsOf(state.doc, o.start, o.end, conversions), ...o }))
}
