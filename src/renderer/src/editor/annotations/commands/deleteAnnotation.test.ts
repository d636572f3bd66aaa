import { describe, expect, it } from 'vitest'
import { layerOf } from '../plugin'
import { rangeOf } from '../queries/rangeOf'
import { blocks, makeState, remove, run, select, undoState } from '../testing'
import { addQuote } from './addQuote'
import { deleteAnnotation } from './deleteAnnotation'
import { tagEntity } from './tagEntity'

const TEXT = 'Jason Droege affirme que Scale restera indépendante.'

describe('deleteAnnotation', () => {
  it('deletes a live annotation and its decorations; undo brings it back in place', () => {
    let state = run(
      select(makeState(blocks(TEXT)), 'Scale restera indépendante'),
      addQuote({ id: 'q1' })
    )
    const range = rangeOf(state, 'q1')
    state = run(state, deleteAnnotation('q1'))
    expect(layerOf(state).annotations.has('q1')).toBe(false)
    expect(layerOf(state).decorations.find()).toEqual([])
    state = undoState(state)
    expect(rangeOf(state, 'q1')).toEqual(range)
  })

  it('deletes an orphan, and several at once; refuses unknown ids', () => {
    let state = run(
      select(makeState(blocks(TEXT)), 'Jason'),
      tagEntity('person', undefined, { id: 'm1' })
    )
    state = run(select(state, 'Scale'), tagEntity('organisation', undefined, { id: 'm2' }))
    state = remove(state, 1, 7)
    expect(layerOf(state).annotations.get('m1')!.orphaned).toBe(true)
    expect(deleteAnnotation(['m1', 'nope'])(state, () => {})).toBe(false)
    state = run(state, deleteAnnotation(['m1', 'm2']))
    expect(layerOf(state).annotations.size).toBe(0)
  })
})
