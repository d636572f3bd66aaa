import { describe, expect, it } from 'vitest'
import type { Decoration } from 'prosemirror-view'
import { layerOf } from '../plugin'
import { blocks, makeState, run, select, undoState } from '../testing'
import { addQuote } from './addQuote'
import { createEntity } from './createEntity'
import { deleteEntity } from './deleteEntity'
import { mergeEntities } from './mergeEntities'
import { linkMention } from './linkMention'
import { tagEntity } from './tagEntity'
import { addEntityAlias, removeEntityAlias, updateEntity } from './updateEntity'

const TEXT = 'Jason Droege a parlé. Droege a ajouté : « Scale reste indépendante ».'
const attrs = (d: Decoration) =>
  (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs

function annotated() {
  let state = makeState(blocks(TEXT))
  state = run(select(state, 'Jason Droege'), tagEntity('person', undefined, { id: 'm1' }))
  state = run(
    select(state, 'Droege', 1),
    tagEntity('organisation', { name: 'Droege' }, { id: 'm2' })
  )
  state = run(
    select(state, 'Scale reste indépendante'),
    addQuote({ id: 'q1', speaker: { name: 'Droege', type: 'organisation' } })
  )
  return state
}
const idOf = (state: ReturnType<typeof annotated>, name: string) =>
  [...layerOf(state).entities.values()].find((e) => e.name === name)!.id

describe('entity commands (all undoable)', () => {
  it('createEntity adds one, with its value', () => {
    let state = run(
      makeState(blocks(TEXT)),
      createEntity({ id: 'e1', type: 'money', name: '14,3 G$' })
    )
    expect(layerOf(state).entities.get('e1')!.value).toEqual({
      kind: 'money',
      amount: 14.3e9,
      currency: 'USD'
    })
    state = undoState(state)
    expect(layerOf(state).entities.size).toBe(0)
  })

  it('updateEntity renames (old name kept as alias) and retypes, redrawing mentions', () => {
    let state = annotated()
    const id = idOf(state, 'Droege')
    state = run(state, updateEntity(id, { name: 'Droege (organisation)', type: 'person' }))
    expect(layerOf(state).entities.get(id)).toMatchObject({
      name: 'Droege (organisation)',
      aliases: ['Droege'],
      type: 'person'
    })
    const m2 = layerOf(state).decorations.find(
      undefined,
      undefined,
      (s: { id: string }) => s.id === 'm2'
    )[0]
    expect(attrs(m2).class).toBe('ann ann-mention ann-type-person')
    state = undoState(state)
    expect(layerOf(state).entities.get(id)!.type).toBe('organisation')
  })

  it('adds and removes aliases', () => {
    let state = annotated()
    const id = idOf(state, 'Jason Droege')
    state = run(state, addEntityAlias(id, 'le PDG'))
    expect(layerOf(state).entities.get(id)!.aliases).toEqual(['le PDG'])
    state = run(state, removeEntityAlias(id, 'LE pdg'))
    expect(layerOf(state).entities.get(id)!.aliases).toEqual([])
  })

  it('mergeEntities repoints mentions and speakers, redraws; one undo splits them', () => {
    let state = annotated()
    const keep = idOf(state, 'Jason Droege')
    const gone = idOf(state, 'Droege')
    state = run(state, mergeEntities(keep, gone))
    const layer = layerOf(state)
    expect(layer.entities.has(gone)).toBe(false)
    expect(layer.annotations.get('m2')).toMatchObject({ entityId: keep })
    expect(layer.annotations.get('q1')).toMatchObject({ speakerId: keep })
    const m2 = layer.decorations.find(undefined, undefined, (s: { id: string }) => s.id === 'm2')[0]
    expect(attrs(m2)['data-entity-id']).toBe(keep)
    state = undoState(state)
    expect(layerOf(state).annotations.get('m2')).toMatchObject({ entityId: gone })
  })

  it('deleteEntity refuses while used, or deletes with mentions (quotes lose the speaker)', () => {
    let state = annotated()
    const gone = idOf(state, 'Droege')
    expect(deleteEntity(gone)(state, () => {})).toBe(false)
    state = run(state, deleteEntity(gone, { withMentions: true }))
    const layer = layerOf(state)
    expect(layer.annotations.has('m2')).toBe(false)
    expect(layer.annotations.get('q1')).toMatchObject({ speakerId: null })
    expect(
      layer.decorations.find(undefined, undefined, (s: { id: string }) => s.id === 'm2')
    ).toEqual([])
    state = undoState(state)
    expect(layerOf(state).annotations.has('m2')).toBe(true)
  })

  it('linkMention after a merge uses the kept entity', () => {
    let state = annotated()
    state = run(state, mergeEntities(idOf(state, 'Jason Droege'), idOf(state, 'Droege')))
    state = run(
      select(state, 'a parlé'),
      linkMention(idOf(state, 'Jason Droege'), { addAlias: false })
    )
    expect(
      [...layerOf(state).annotations.values()].filter((a) => a.kind === 'mention')
    ).toHaveLength(3)
  })
})
