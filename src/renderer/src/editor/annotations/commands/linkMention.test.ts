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
})
