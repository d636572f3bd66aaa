/**
 * The editor's choices on suggestions: accepting one makes annotations with the existing
 * editor commands (a quote with its speaker, every mention of an entity, a source note that
 * explains figures that do not add up); rejecting one remembers its key with the article.
 */
import type { EditorView } from 'prosemirror-view'
import { entityNamed } from '@shared/annotations/registry'
import { entityValueOf } from '@shared/suggest/entityValue'
import type { Suggestion } from '@shared/suggest/types'
import {
  addQuote,
  addSourceNote,
  articleConversions,
  layerOf,
  positionsOf,
  tagEntity,
  updateEntity
} from '@renderer/editor/annotations'
import { StateDraft } from '../annotations/stateDraft'
import type { ArticleFeatureContext } from '../types'
import { suggestionsKey, suggestionsOf, type SuggestionsMeta } from './plugin'

function range(view: EditorView, start: number, end: number): { from: number; to: number } {
  return positionsOf(view.state.doc, start, end, articleConversions)
}

function mark(view: EditorView, meta: SuggestionsMeta): void {
  view.dispatch(view.state.tr.setMeta(suggestionsKey, meta))
}

/** Makes the annotations a suggestion proposes; true when something was added. */
export function accept(view: EditorView, s: Suggestion, noteTitle: string): boolean {
  // Offsets read from an older text would land on other words: wait for the new reading.
  if (suggestionsOf(view.state)?.stale !== false) return false
  let added = false
  const run = (command: ReturnType<typeof addQuote>): void => {
    if (command(view.state, view.dispatch)) added = true
  }
  if (s.kind === 'quote') {
    const speaker = s.speaker
      ? s.speaker.entityId
        ? { id: s.speaker.entityId }
        : { name: s.speaker.name, type: 'person' }
      : null
    run(addQuote({ range: range(view, s.span.start, s.span.end), speaker }))
  } else if (s.kind === 'entity') {
    const ref = s.entityId ? { id: s.entityId } : { name: s.name, type: s.type }
    for (const m of s.mentions) {
      run(tagEntity(s.type, ref, { range: range(view, m.start, m.end) }))
    }
    // The normalised value goes on the entity (shown, editable and exported with it),
    // unless the entity has one already.
    const entities = layerOf(view.state).entities
    const entity = s.entityId
      ? entities.get(s.entityId)
      : entityNamed(entities.values(), s.name, s.type)
    if (entity && s.value && !entity.value) {
      run(updateEntity(entity.id, { value: entityValueOf(s.value) }))
    }
  } else {
    const first = s.spans[0]
    const last = s.spans[s.spans.length - 1]
    run(
      addSourceNote(
        { text: s.explanation, sourceKind: 'other', title: noteTitle },
        { range: range(view, first.start, last.end) }
      )
    )
  }
  mark(view, { accepted: [s.key] })
  return added
}

/** Sets suggestions aside for good: they are not offered again for this article. */
export function reject(view: EditorView, ctx: ArticleFeatureContext, keys: string[]): void {
  mark(view, { rejected: keys })
  const state = suggestionsOf(view.state)
  if (!state) return
  void ctx.save(new StateDraft(view.state, [...state.rejected]))
}
