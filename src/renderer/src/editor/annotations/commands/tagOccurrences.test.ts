import { describe, expect, it } from 'vitest'
import { layerOf } from '../plugin'
import { mentionCandidates } from '../queries/mentionCandidates'
import { annotationText } from '../queries/rangeOf'
import { blocks, makeState, redoState, run, select, undoState } from '../testing'
import { tagEntity } from './tagEntity'
import { tagOccurrences } from './tagOccurrences'

const TEXT = [
  '# Scale AI promet son indépendance malgré la participation de 14,3 G$ de Meta',
  'Droege a souligné que Meta, client de longue date, ne bénéficiera d’aucun traitement.',
  'Le Metaverse de Meta et les métadonnées de META ne comptent pas. Meta\u00a0: fin.'
]

function tagged() {
  return run(
    select(makeState(blocks(...TEXT)), 'Meta'),
    tagEntity('organisation', undefined, { id: 'first' })
  )
}
const entityId = (state: ReturnType<typeof tagged>) => {
  const m = layerOf(state).annotations.get('first')!
  return m.kind === 'mention' ? m.entityId : ''
}
/** Tags every untagged occurrence of the first mention's entity, as "Tag all" offers them. */
const tagAll = (state: ReturnType<typeof tagged>, options = {}) =>
  tagOccurrences(
    { id: entityId(state) },
    'organisation',
    mentionCandidates(state, entityId(state), options)
  )
const mentions = (state: ReturnType<typeof tagged>) =>
  [...layerOf(state).annotations.values()].filter((a) => a.kind === 'mention')

describe('tagOccurrences', () => {
  it('offers the other whole-word occurrences, not those already tagged', () => {
    const state = tagged()
    const offered = mentionCandidates(state, entityId(state))
    expect(offered.map((c) => c.exact)).toEqual(['Meta', 'Meta', 'Meta'])
    expect(offered.every((c) => state.doc.textBetween(c.from, c.to) === 'Meta')).toBe(true)
  })

  it('tags them all in one step that one undo reverts', () => {
    let state = tagged()
    state = run(state, tagAll(state))
    expect(mentions(state)).toHaveLength(4)
    expect(mentions(state).every((a) => annotationText(state, a.id) === 'Meta')).toBe(true)
    expect(mentionCandidates(state, entityId(state))).toEqual([])
    state = undoState(state)
    expect(mentions(state).map((a) => a.id)).toEqual(['first'])
    state = redoState(state)
    expect(mentions(state)).toHaveLength(4)
  })

  it('tags only the ranges the annotator confirmed', () => {
    let state = tagged()
    const [one] = mentionCandidates(state, entityId(state))
    state = run(state, tagOccurrences({ id: entityId(state) }, 'organisation', [one]))
    expect(mentions(state)).toHaveLength(2)
  })

  it('can ignore case', () => {
    let state = tagged()
    state = run(state, tagAll(state, { caseSensitive: false }))
    expect(mentions(state).map((a) => annotationText(state, a.id))).toContain('META')
  })

  it('does nothing when there is nothing left to tag', () => {
    let state = tagged()
    state = run(state, tagAll(state))
    expect(tagAll(state)(state, () => {})).toBe(false)
    const meta = { from: 1, to: 5 }
    expect(tagOccurrences({ id: 'nope' }, 'organisation', [meta])(state, () => {})).toBe(false)
  })

  it('leaves a range already tagged with the entity alone, and tags a new name once', () => {
    let state = tagged()
    const first = mentions(state)[0]
    const [again] = mentionCandidates(state, entityId(state))
    const taken = { from: again.from, to: again.to }
    state = run(state, tagOccurrences({ id: entityId(state) }, 'organisation', [taken, taken]))
    expect(mentions(state)).toHaveLength(2)
    expect(mentions(state)[0].id).toBe(first.id)
    const scale = { name: 'Scale AI', type: 'organisation' }
    state = run(state, tagOccurrences(scale, 'organisation', [{ from: 3, to: 11 }]))
    expect(layerOf(state).entities.size).toBe(2)
    expect(mentions(state)).toHaveLength(3)
  })
})
