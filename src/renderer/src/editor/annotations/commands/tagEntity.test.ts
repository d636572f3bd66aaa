import { describe, expect, it } from 'vitest'
import { layerOf } from '../plugin'
import { blocks, makeState, run, select, undoState } from '../testing'
import { tagEntity } from './tagEntity'

const TEXT = 'Le PDG Jason Droege a parlé. Droege a ajouté que Meta investit 14,3 G$ pour 49 %.'

describe('tagEntity', () => {
  it('creates an entity named like the selection, of the given type', () => {
    const state = run(
      select(makeState(blocks(TEXT)), 'Jason Droege'),
      tagEntity('person', undefined, { id: 'm1' })
    )
    const layer = layerOf(state)
    const mention = layer.annotations.get('m1')!
    expect(mention.kind === 'mention' && layer.entities.get(mention.entityId)).toMatchObject({
      type: 'person',
      name: 'Jason Droege',
      aliases: []
    })
  })

  it('gives money and percentage entities their normalised value', () => {
    let state = run(select(makeState(blocks(TEXT)), '14,3 G$'), tagEntity('money'))
    state = run(select(state, '49 %'), tagEntity('percentage'))
    const values = [...layerOf(state).entities.values()].map((e) => e.value)
    expect(values).toEqual([
      { kind: 'money', amount: 14.3e9, currency: 'USD' },
      { kind: 'percentage', percent: 49 }
    ])
  })

  it('links to the existing entity of that type instead of making a second one', () => {
    let state = run(select(makeState(blocks(TEXT)), 'Meta'), tagEntity('organisation'))
    state = run(select(state, 'Droege'), tagEntity('person', { name: 'Jason Droege' }))
    state = run(select(state, 'Jason Droege'), tagEntity('person'))
    const entities = [...layerOf(state).entities.values()]
    expect(entities.map((e) => e.name)).toEqual(['Meta', 'Jason Droege'])
    // The text tagged under another name became an alias.
    expect(entities[1].aliases).toEqual(['Droege'])
  })

  it('refuses to tag the same text twice with the same entity', () => {
    const state = run(select(makeState(blocks(TEXT)), 'Meta'), tagEntity('organisation'))
    expect(tagEntity('organisation')(state, () => {})).toBe(false)
    expect(tagEntity('product')(state, () => {})).toBe(true)
  })

  it('tags the same entity again elsewhere, and inside or around a mention of it', () => {
    let state = run(select(makeState(blocks(TEXT)), 'Jason Droege'), tagEntity('person'))
    state = run(select(state, 'Droege', 1), tagEntity('person', { name: 'Jason Droege' }))
    state = run(select(state, 'Droege'), tagEntity('person', { name: 'Jason Droege' }))
    const mentions = [...layerOf(state).annotations.values()]
    expect(new Set(mentions.map((a) => a.kind === 'mention' && a.entityId)).size).toBe(1)
    expect(mentions.map((a) => a.target.exact)).toEqual(['Jason Droege', 'Droege', 'Droege'])
  })

  it('is undone in one step, entity included', () => {
    let state = run(select(makeState(blocks(TEXT)), 'Meta'), tagEntity('organisation'))
    state = undoState(state)
    expect(layerOf(state).entities.size + layerOf(state).annotations.size).toBe(0)
  })
})
