/**
 * What the save tests share: the file an editor state saves as, a layer in a stable order,
 * and random edits of the text and the layer to hold a save's delta to the whole save.
 */
import fc from 'fast-check'
import { undo } from 'prosemirror-history'
import { TextSelection, type EditorState } from 'prosemirror-state'
import type { ArticleLayer } from '@shared/articleDelta'
import type { ArticleFile } from '@shared/model'
import { tagEntity } from '@renderer/editor/annotations'
import { apply } from '@renderer/editor/annotations/testing'
import { StateDraft } from './stateDraft'

/** The file `state` saves as, under a fixed article header. */
export function articleFileOf(state: EditorState): ArticleFile {
  return {
    schemaVersion: 2,
    article: {
      id: 'a',
      title: 'Meta',
      origin: { kind: 'paste' },
      createdAt: '2025-06-20T10:00:00.000Z',
      updatedAt: '2025-06-20T10:00:00.000Z'
    },
    ...new StateDraft(state).full()
  }
}

/** The layer as saved, in a stable order (a change puts new records last). */
export function sorted(layer: ArticleLayer) {
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : 1))
  return {
    blocks: layer.blocks,
    entities: byId(layer.entities),
    annotations: byId(layer.annotations)
  }
}

/** An edit of the text or the layer, at positions drawn as fractions of the document. */
export type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'split'; at: number }
  | { kind: 'tag'; at: number }
  | { kind: 'undo' }

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.constantFrom('x', 'é', '😀', ' Meta ', '')
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 90 })
  }),
  fc.record({
    kind: fc.constant('split' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true })
  }),
  fc.record({ kind: fc.constant('tag' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.constant({ kind: 'undo' as const })
)

/** A text position inside a block, near a fraction of the document. */
function textPos(state: EditorState, at: number): number {
  const size = state.doc.content.size
  const $pos = state.doc.resolve(Math.min(size - 1, Math.max(1, Math.floor(at * size))))
  return $pos.parent.isTextblock ? $pos.pos : $pos.pos + 1
}

export function applyEdit(state: EditorState, e: Edit): EditorState {
  if (e.kind === 'undo') {
    let next = state
    undo(state, (tr) => (next = apply(state, tr)))
    return next
  }
  const pos = textPos(state, e.at)
  if (e.kind === 'type') return apply(state, state.tr.insertText(e.text || 'y', pos))
  if (e.kind === 'split') return apply(state, state.tr.split(pos))
  if (e.kind === 'delete') {
    const to = Math.min(state.doc.content.size - 1, pos + e.length)
    if (to <= pos) return state
    const tr = state.tr.delete(pos, to)
    // A deletion that would leave no block at all is not an edit the editor makes.
    return tr.doc.childCount ? apply(state, tr) : state
  }
  const $pos = state.doc.resolve(pos)
  const end = Math.min($pos.end(), pos + 4)
  if (end <= pos) return state
  const selected = apply(state, state.tr.setSelection(TextSelection.create(state.doc, pos, end)))
  let next = selected
  tagEntity('other')(selected, (tr) => (next = apply(selected, tr)))
  return next
}
