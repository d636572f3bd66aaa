import { describe, expect, it } from 'vitest'
import { layerOf } from '../plugin'
import { annotationText } from '../queries/rangeOf'
import { orphans } from '../queries/listAnnotations'
import { blocks, find, makeState, remove, run, select, typeAt, undoState } from '../testing'
import { addQuote } from './addQuote'
import { reattachOrphan } from './reattachOrphan'

const TEXT = 'Il a dit « Scale demeure indépendante » hier.'

function orphaned() {
  let state = run(
    select(makeState(blocks(TEXT)), 'Scale demeure indépendante'),
    addQuote({ id: 'q1', comment: 'note' })
  )
  const { from, to } = find(state, 'Scale demeure indépendante')
  state = remove(state, from, to)
  state = typeAt(state, from, 'Scale reste indépendante')
  return state
}

describe('reattachOrphan', () => {
  it('puts the orphan on the new selection with a fresh target, keeping its fields', () => {
    let state = orphaned()
    expect(orphans(state).map((a) => a.id)).toEqual(['q1'])
    state = run(select(state, 'Scale reste indépendante'), reattachOrphan('q1'))
    const q = layerOf(state).annotations.get('q1')!
    expect(q).toMatchObject({
      orphaned: false,
      comment: 'note',
      target: { exact: 'Scale reste indépendante' }
    })
    expect(annotationText(state, 'q1')).toBe('Scale reste indépendante')
    expect(orphans(state)).toEqual([])
    state = undoState(state)
    expect(orphans(state).map((a) => a.id)).toEqual(['q1'])
  })

  it('refuses a live annotation, an unknown id, or an empty selection', () => {
    const state = orphaned()
    expect(reattachOrphan('q1')(state, () => {})).toBe(false)
    expect(reattachOrphan('zz')(select(state, 'hier'), () => {})).toBe(false)
    const live = run(select(state, 'hier'), reattachOrphan('q1'))
    expect(reattachOrphan('q1')(select(live, 'Il'), () => {})).toBe(false)
  })
})
