import fc from 'fast-check'
import { TextSelection, type EditorState } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { addQuote } from '../commands/addQuote'
import { tagEntity } from '../commands/tagEntity'
import { apply, blocks, find, makeState, run, select } from '../testing'
import { updateAnnotationList } from './annotationList'
import { listAfterTextEdit } from './editedList'
import { listAnnotations } from './listAnnotations'

const TEXTS = [
  '# Meta prend 49 % de Scale AI',
  'Meta investit 14,3 milliards de dollars dans Scale, selon Jason Droege.',
  'Scale AI, fondée par Alexandr Wang, étiquette des données.',
  'Jason Droege dirige Scale depuis juin ; Meta garde un siège.'
]

/** Mentions on several words, and a quote reaching over two paragraphs. */
function tagged(): EditorState {
  let state = makeState(blocks(...TEXTS))
  const quote = find(state, 'Jason Droege.')
  const end = find(state, 'Scale AI,', 0)
  state = apply(
    state,
    state.tr.setSelection(TextSelection.create(state.doc, quote.from, end.to + 40))
  )
  state = run(state, addQuote({ id: 'q1' }))
  for (const [word, nth] of [
    ['Meta', 0],
    ['Meta', 1],
    ['Scale', 1],
    ['Scale', 2],
    ['Jason Droege', 1],
    ['juin', 0]
  ] as const)
    state = run(select(state, word, nth), tagEntity('organisation'))
  return state
}

/** A text position inside a block, near a fraction of the document. */
function textPos(state: EditorState, at: number): number {
  const size = state.doc.content.size
  const $pos = state.doc.resolve(Math.min(size - 1, Math.max(1, Math.floor(at * size))))
  return $pos.parent.isTextblock ? $pos.pos : $pos.pos + 1
}

describe('the panel list after a text edit', () => {
  it('is the list built from scratch, whatever is typed, deleted or split', () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      kind: fc.constantFrom('type', 'delete', 'split'),
      length: fc.integer({ min: 1, max: 60 })
    })
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let state = tagged()
        let list = updateAnnotationList(null, state)
        for (const e of edits) {
          const pos = textPos(state, e.at)
          const tr =
            e.kind === 'type'
              ? state.tr.insertText('x'.repeat(e.length % 5 || 1), pos)
              : e.kind === 'split'
                ? state.tr.split(pos)
                : state.tr.delete(pos, Math.min(state.doc.content.size - 1, pos + e.length))
          if (!tr.doc.childCount || tr.doc.eq(state.doc)) continue
          state = apply(state, tr)
          list = updateAnnotationList(list, state)
          expect(list.items).toEqual(listAnnotations(state))
        }
      }),
      {
        numRuns: 100,
        // Found by a CI run: the quote's first paragraph deleted, so that it now starts
        // exactly where the changed blocks end.
        examples: [
          [
            [
              { at: 0, kind: 'delete', length: 42 },
              { at: 0, kind: 'delete', length: 44 },
              { at: 0, kind: 'delete', length: 15 },
              { at: 0, kind: 'type', length: 1 }
            ]
          ]
        ]
      }
    )
    // The machine running the suite may be busy: a hundred runs take about a second alone.
  }, 30_000)

  it('keeps the items before the edited paragraph and reads only those in it', () => {
    const state = tagged()
    const before = { state, items: listAnnotations(state) }
    const at = find(state, 'Alexandr').from
    const next = apply(state, state.tr.insertText('x', at))
    const items = listAfterTextEdit(before, next)!
    expect(items).toEqual(listAnnotations(next))
    // The headline's mention is the very same item: its row has nothing to redraw.
    expect(items[0]).toBe(before.items[0])
  })
})
