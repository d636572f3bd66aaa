import fc from 'fast-check'
import { undo } from 'prosemirror-history'
import { TextSelection, type EditorState } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { applyArticleDelta, type ArticleLayer } from '@shared/articleDelta'
import { tagEntity } from '@renderer/editor/annotations'
import { apply, blocks, makeState, run, select } from '@renderer/editor/annotations/testing'
import { openedDraft } from '@renderer/store/articleDraft'
import { StateDraft } from './stateDraft'

const TEXTS = [
  '# Meta prend 49 % de Scale AI',
  'Meta investit 14,3 milliards de dollars dans Scale, selon Jason Droege.',
  'Scale AI, fondée par Alexandr Wang, étiquette des données pour OpenAI.',
  'Jason Droege dirige Scale depuis juin ; Meta garde un siège.',
  'Fin.'
]

/** An article with mentions tagged on several words of every paragraph. */
function tagged(): EditorState {
  let state = makeState(blocks(...TEXTS))
  for (const [word, type] of [
    ['Meta', 'organisation'],
    ['Scale', 'organisation'],
    ['Jason Droege', 'person'],
    ['OpenAI', 'organisation'],
    ['Alexandr Wang', 'person'],
    ['juin', 'date']
  ] as const) {
    state = run(select(state, word), tagEntity(type))
  }
  for (const nth of [1, 2, 3]) state = run(select(state, 'Scale', nth), tagEntity('organisation'))
  return state
}

/** The layer as saved, in a stable order (a change puts new records last). */
function sorted(layer: ArticleLayer) {
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : 1))
  return {
    blocks: layer.blocks,
    entities: byId(layer.entities),
    annotations: byId(layer.annotations)
  }
}

/** An edit of the text or the layer, at positions drawn as fractions of the document. */
type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'split'; at: number }
  | { kind: 'tag'; at: number }
  | { kind: 'undo' }

const edit: fc.Arbitrary<Edit> = fc.oneof(
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

function applyEdit(state: EditorState, e: Edit): EditorState {
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

describe('StateDraft', () => {
  it('sends, against the state saved before, changes that rebuild the whole save exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (saves) => {
          let state = tagged()
          let base = new StateDraft(state)
          base.full()
          for (const edits of saves) {
            for (const e of edits) state = applyEdit(state, e)
            const draft = new StateDraft(state)
            const delta = draft.since(base)
            const rebuilt = applyArticleDelta(base.full(), delta)
            expect(sorted(rebuilt)).toEqual(sorted(new StateDraft(state).full()))
            base = draft
          }
        }
      ),
      { numRuns: 100 }
    )
    // The machine running the suite may be busy: a hundred runs take about a second alone.
  }, 30_000)

  it('after typing one character, sends one block and only the annotations near it', () => {
    let state = tagged()
    const base = new StateDraft(state)
    base.full()
    const at = state.doc.child(0).nodeSize + 1
    state = apply(state, state.tr.insertText('x', at))
    const delta = new StateDraft(state).since(base)
    expect(delta.text).toEqual({
      start: 1,
      deleteCount: 1,
      blocks: [{ type: 'paragraph', text: `x${TEXTS[1]}` }]
    })
    // The edited paragraph's, and those whose context reaches into it: the headline's, and
    // the next paragraph's first two; not those further on.
    expect(delta.annotations.put.map((a) => a.target.exact).sort()).toEqual(
      ['Meta', 'Scale', 'Scale', 'Jason Droege', 'Scale', 'Alexandr Wang'].sort()
    )
    expect(delta.entities.put).toEqual([])
  })

  it('against the article as opened, compares the whole layer by value once', () => {
    const state = tagged()
    const opened = openedDraft({
      schemaVersion: 2,
      article: {
        id: 'a',
        title: 'Meta',
        origin: { kind: 'paste' },
        createdAt: '2025-06-20T10:00:00.000Z',
        updatedAt: '2025-06-20T10:00:00.000Z'
      },
      ...new StateDraft(state).full()
    })
    const moved = apply(state, state.tr.insertText('Hier, ', state.doc.child(0).nodeSize + 1))
    const delta = new StateDraft(moved).since(opened)
    const rebuilt = applyArticleDelta(opened.full(), delta)
    expect(sorted(rebuilt)).toEqual(sorted(new StateDraft(moved).full()))
    // Those only moved by the edit are not sent: main moves them as the text moved. Sent are
    // the edited paragraph's, and those whose context reaches into it (as after a save).
    expect(delta.annotations.put.map((a) => a.target.exact).sort()).toEqual(
      ['Meta', 'Scale', 'Scale', 'Jason Droege', 'Scale', 'Alexandr Wang'].sort()
    )
  })
})
