import { describe, expect, it } from 'vitest'
import { addQuote } from '../commands/addQuote'
import { addSourceNote } from '../commands/addSourceNote'
import { tagEntity } from '../commands/tagEntity'
import { blocks, find, makeState, remove, run, select } from '../testing'
import { annotationsAt, annotationsIn } from './annotationsAt'
import { listAnnotations, orphans } from './listAnnotations'
import { annotationText, rangeOf } from './rangeOf'
import { suggestEntities } from './suggestEntities'

const TEXT = 'Droege a dit : « Scale demeure indépendante », selon Meta et Droege.'

function annotated() {
  let state = makeState(blocks(TEXT))
  state = run(select(state, 'Scale demeure indépendante'), addQuote({ id: 'q1' }))
  state = run(select(state, 'Scale'), tagEntity('organisation', undefined, { id: 'm1' }))
  state = run(select(state, 'Meta'), tagEntity('organisation', undefined, { id: 'm2' }))
  state = run(select(state, 'Droege'), tagEntity('person', undefined, { id: 'm3' }))
  state = run(select(state, 'Droege', 1), tagEntity('person', undefined, { id: 'm4' }))
  state = run(
    select(state, 'demeure'),
    addSourceNote({ text: 'Mémo', sourceKind: 'document' }, { id: 'n1' })
  )
  return state
}

describe('queries', () => {
  it('annotationsAt: containing the position, edges included, innermost first', () => {
    const state = annotated()
    const { from, to } = find(state, 'Scale')
    expect(annotationsAt(state, from + 1).map((h) => h.annotation.id)).toEqual(['m1', 'q1'])
    expect(annotationsAt(state, to).map((h) => h.annotation.id)).toEqual(['m1', 'q1'])
    expect(annotationsAt(state, find(state, 'a dit').from + 1)).toEqual([])
  })

  it('annotationsIn: overlapping a range', () => {
    const state = annotated()
    const { from } = find(state, 'demeure')
    expect(
      annotationsIn(state, from - 2, from + 1)
        .map((h) => h.annotation.id)
        .sort()
    ).toEqual(['m1', 'n1', 'q1'])
  })

  it('listAnnotations: reading order, kinds filter, orphans last', () => {
    let state = annotated()
    expect(listAnnotations(state).map((i) => i.annotation.id)).toEqual([
      'm3',
      'q1',
      'm1',
      'n1',
      'm2',
      'm4'
    ])
    expect(listAnnotations(state, { kinds: ['quote', 'source-note'] }).map((i) => i.text)).toEqual([
      'Scale demeure indépendante',
      'demeure'
    ])
    const { from, to } = find(state, 'Meta')
    state = remove(state, from, to)
    const items = listAnnotations(state)
    expect(items[items.length - 1]).toMatchObject({
      annotation: { id: 'm2' },
      range: null,
      text: 'Meta'
    })
    expect(orphans(state).map((a) => a.id)).toEqual(['m2'])
    expect(rangeOf(state, 'm2')).toBeNull()
    expect(annotationText(state, 'm2')).toBe('Meta')
    expect(annotationText(state, 'nope')).toBeUndefined()
  })

  it('suggestEntities: type-ahead ranked, with mention counts breaking ties', () => {
    const state = annotated()
    expect(suggestEntities(state, 'dro').map((m) => m.entity.name)).toEqual(['Droege'])
    expect(suggestEntities(state, '', { type: 'organisation' }).map((m) => m.entity.name)).toEqual([
      'Meta',
      'Scale'
    ])
  })
})
