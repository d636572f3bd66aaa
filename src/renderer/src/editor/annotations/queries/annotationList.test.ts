import fc from 'fast-check'
import { TextSelection, type EditorState } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { addQuote } from '../commands/addQuote'
import { deleteAnnotation } from '../commands/deleteAnnotation'
import { tagEntity } from '../commands/tagEntity'
import { updateAnnotation } from '../commands/updateAnnotation'
import { blocks, find, makeState, remove, run, select, typeAt, undoState } from '../testing'
import { layerOf } from '../plugin'
import { updateAnnotationList, type AnnotationList } from './annotationList'
import { hasOrphans, listAnnotations, orphans } from './listAnnotations'

const TEXT = 'Droege a dit : « Scale demeure indépendante », selon Meta et Droege.'

/** The list brought up to date, checked against the list built from scratch. */
function step(previous: AnnotationList, state: EditorState): AnnotationList {
  const next = updateAnnotationList(previous, state)
  expect(next.items).toEqual(listAnnotations(state))
  return next
}

describe('the panel list kept up to date', () => {
  it('shows the right items after each action, and keeps the untouched ones as they were', () => {
    let state = makeState(blocks(TEXT))
    state = run(select(state, 'Scale demeure indépendante'), addQuote({ id: 'q1' }))
    state = run(select(state, 'Meta'), tagEntity('organisation', undefined, { id: 'm1' }))
    let list = updateAnnotationList(null, state)

    // A mention added inside the quote: read once and put in reading order.
    state = run(select(state, 'Scale'), tagEntity('organisation', undefined, { id: 'm2' }))
    const before = list
    list = step(list, state)
    expect(list.items.map((i) => i.annotation.id)).toEqual(['q1', 'm2', 'm1'])
    // The other items are the same objects: their rows have nothing to redraw.
    expect(list.items[0]).toBe(before.items[0])
    expect(list.items[2]).toBe(before.items[1])

    // A quote's record changed (and redrawn): the row shows the new record.
    state = run(state, updateAnnotation('q1', { comment: 'À vérifier' }))
    list = step(list, state)
    const quote = list.items[0].annotation
    expect(quote.kind === 'quote' && quote.comment).toBe('À vérifier')
    expect(list.items[2]).toBe(before.items[1])

    // Two mentions at the same place as others, added in one go and in the same spot.
    state = run(select(state, 'Droege'), tagEntity('person', undefined, { id: 'm3' }))
    state = run(select(state, 'Droege'), tagEntity('organisation', undefined, { id: 'm4' }))
    list = step(list, state)
    expect(list.items.map((i) => i.annotation.id)).toEqual(['m3', 'm4', 'q1', 'm2', 'm1'])

    // Deleted, then back through undo.
    state = run(state, deleteAnnotation('m2'))
    list = step(list, state)
    expect(list.items.map((i) => i.annotation.id)).not.toContain('m2')
    state = undoState(state)
    list = step(list, state)
    expect(list.items.map((i) => i.annotation.id)).toContain('m2')
  })

  it('builds the list again after a text edit, orphans last', () => {
    let state = makeState(blocks(TEXT))
    state = run(select(state, 'Meta'), tagEntity('organisation', undefined, { id: 'm1' }))
    state = run(select(state, 'Scale'), tagEntity('organisation', undefined, { id: 'm2' }))
    let list = updateAnnotationList(null, state)
    state = typeAt(state, find(state, 'selon').from, 'dit ')
    list = step(list, state)
    const { from, to } = find(state, 'Scale')
    state = remove(state, from, to)
    list = step(list, state)
    expect(list.items.map((i) => [i.annotation.id, i.range === null])).toEqual([
      ['m1', false],
      ['m2', true]
    ])
    // An action after the edit goes the short way again, orphans kept where they were.
    state = run(select(state, 'Droege'), tagEntity('person', undefined, { id: 'm3' }))
    list = step(list, state)
    expect(list.items.at(-1)?.annotation.id).toBe('m2')
  })
})

/** One action on the annotations (the text stays as it is). */
type Action =
  | { kind: 'tag'; word: number; type: 'person' | 'organisation' }
  | { kind: 'quote'; from: number; length: number }
  | { kind: 'delete'; nth: number }
  | { kind: 'comment'; nth: number }
  | { kind: 'undo' }
  | { kind: 'cut'; from: number; length: number }

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('tag' as const),
    word: fc.nat(),
    type: fc.constantFrom('person' as const, 'organisation' as const)
  }),
  fc.record({
    kind: fc.constant('quote' as const),
    from: fc.nat(),
    length: fc.integer({ min: 1, max: 30 })
  }),
  fc.record({ kind: fc.constant('delete' as const), nth: fc.nat() }),
  fc.record({ kind: fc.constant('comment' as const), nth: fc.nat() }),
  fc.constant({ kind: 'undo' as const }),
  fc.record({
    kind: fc.constant('cut' as const),
    from: fc.nat(),
    length: fc.integer({ min: 1, max: 12 })
  })
)

/** The state after an action; the same state when the editor refuses it. */
function act(state: EditorState, a: Action): EditorState {
  const ids = [...layerOf(state).annotations.keys()]
  try {
    if (a.kind === 'tag') {
      const words = [...TEXT.matchAll(/\p{L}+/gu)]
      const word = words[a.word % words.length]
      const nth = TEXT.slice(0, word.index).split(word[0]).length - 1
      return run(select(state, word[0], nth), tagEntity(a.type))
    }
    if (a.kind === 'quote') {
      const start = 1 + (a.from % (TEXT.length - 1))
      const end = Math.min(TEXT.length + 1, start + a.length)
      return run(
        state.apply(state.tr.setSelection(TextSelection.create(state.doc, start, end))),
        addQuote()
      )
    }
    if (a.kind === 'undo') return undoState(state)
    if (a.kind === 'cut') {
      const size = state.doc.content.size
      const from = 1 + (a.from % (size - 2))
      return remove(state, from, Math.min(size - 1, from + a.length))
    }
    if (!ids.length) return state
    const id = ids[a.nth % ids.length]
    if (a.kind === 'delete') return run(state, deleteAnnotation(id))
    return run(state, updateAnnotation(id, { comment: `vu ${a.nth}` }))
  } catch {
    return state
  }
}

describe('the panel list kept up to date, against the list built from scratch', () => {
  it('after any run of actions and cuts in the text, with whether there are orphans', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        let state = makeState(blocks(TEXT))
        let list = updateAnnotationList(null, state)
        for (const a of actions) {
          state = act(state, a)
          list = step(list, state)
          expect(hasOrphans(state)).toBe(orphans(state).length > 0)
        }
      }),
      { numRuns: 60 }
    )
  })
})
