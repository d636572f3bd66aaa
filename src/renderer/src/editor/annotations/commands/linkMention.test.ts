import { describe, expect, it } from 'vitest'
import { layerOf } from '../plugin'
import { blocks, makeState, run, select } from '../testing'
import { linkMention } from './linkMention'

const droege = { id: 'p1', type: 'person', name: 'Jason Droege', aliases: [] }

describe('linkMention', () => {
  it('links the selection to an existing entity and learns the alias', () => {
    const text = 'Jason Droege a parlé. Droege a ajouté.'
    let state = makeState(blocks(text), { entities: [droege] })
    state = run(select(state, 'Droege', 1), linkMention('p1', { id: 'm1' }))
    const layer = layerOf(state)
    expect(layer.annotations.get('m1')).toMatchObject({ kind: 'mention', entityId: 'p1' })
    expect(layer.entities.get('p1')!.aliases).toEqual(['Droege'])
    expect(layer.entities.size).toBe(1)
  })

  it('can leave the aliases alone, and refuses an unknown entity', () => {
    let state = makeState(blocks('Jason Droege a parlé. Il a ajouté.'), { entities: [droege] })
    state = run(select(state, 'Il'), linkMention('p1', { addAlias: false }))
    expect(layerOf(state).entities.get('p1')!.aliases).toEqual([])
    expect(linkMention('nope')(select(state, 'parlé'), () => {})).toBe(false)
  })

  it('copies an entity of the library registry into the article, once, with its registry id', () => {
    const fromRegistry = {
      id: 'ent-1',
      type: 'person',
      name: 'Nadia Benali',
      aliases: ['Benali'],
      registryId: 'ent-1',
      description: 'Porte-parole'
    }
    let state = makeState(blocks('Nadia Benali a parlé. Benali a ajouté.'), { entities: [] })
    state = run(select(state, 'Nadia Benali'), linkMention(fromRegistry, { id: 'm1' }))
    state = run(select(state, 'Benali', 1), linkMention(fromRegistry, { id: 'm2' }))
    const layer = layerOf(state)
    expect([...layer.entities.values()]).toEqual([fromRegistry])
    expect(layer.annotations.get('m1')).toMatchObject({ entityId: 'ent-1' })
    expect(layer.annotations.get('m2')).toMatchObject({ entityId: 'ent-1' })
  })
})
