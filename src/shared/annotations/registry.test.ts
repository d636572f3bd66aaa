import { describe, expect, it } from 'vitest'
import type { Annotation, Entity } from '../model'
import {
  addAlias,
  addEntity,
  createEntity,
  deleteEntity,
  entityNamed,
  entityUsage,
  mentionCounts,
  mergeEntities,
  quoteCounts,
  RegistryError,
  removeAlias,
  renameEntity,
  updateEntity,
  type EntityRegistry
} from './registry'

const stamp = { by: 'Léa', at: '2025-06-20T10:00:00.000Z' }
const target = { start: 0, end: 1, exact: 'x', prefix: '', suffix: '' }
const meta = {
  orphaned: false,
  createdBy: 'a',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedBy: 'a',
  updatedAt: '2025-01-01T00:00:00.000Z',
  target
}

function registry(): EntityRegistry {
  const entities: Entity[] = [
    { id: 'droege', type: 'person', name: 'Jason Droege', aliases: [] },
    { id: 'droege2', type: 'person', name: 'Droege', aliases: ['J. Droege'], wikidataId: 'Q42' },
    { id: 'meta', type: 'organisation', name: 'Meta', aliases: ['Meta Platforms'] },
    { id: 'unused', type: 'place', name: 'Paris', aliases: [] }
  ]
  const annotations: Annotation[] = [
    { ...meta, id: 'm1', kind: 'mention', entityId: 'droege' },
    { ...meta, id: 'm2', kind: 'mention', entityId: 'droege2' },
    { ...meta, id: 'm3', kind: 'mention', entityId: 'meta' },
    { ...meta, id: 'm4', kind: 'mention', entityId: 'meta', orphaned: true },
    {
      ...meta,
      id: 'q1',
      kind: 'quote',
      speakerId: 'droege2',
      quoteKind: 'direct',
      status: 'verified',
      comment: ''
    }
  ]
  return {
    entities: new Map(entities.map((e) => [e.id, e])),
    annotations: new Map(annotations.map((a) => [a.id, a]))
  }
}

describe('createEntity', () => {
  it('cleans the name and aliases and generates an id', () => {
    const e = createEntity({
      type: 'person',
      name: '  Jason   Droege ',
      aliases: ['Droege', 'droege', ' ', 'JASON DROEGE']
    })
    expect(e.name).toBe('Jason Droege')
    expect(e.aliases).toEqual(['Droege'])
    expect(e.id).toMatch(/^[\w-]{12}$/)
  })

  it('gives money, percentage and date entities their value', () => {
    expect(createEntity({ type: 'money', name: '14,3 G$' }).value).toEqual({
      kind: 'money',
      amount: 14.3e9,
      currency: 'USD'
    })
    expect(createEntity({ type: 'date', name: 'mai 2024' }).value).toEqual({
      kind: 'date',
      date: '2024-05'
    })
    expect(createEntity({ type: 'person', name: '2019' }).value).toBeUndefined()
  })

  it('refuses a blank name or a bad Wikidata id with a clear message', () => {
    expect(() => createEntity({ type: 'person', name: '  ' })).toThrow(/needs a name/)
    expect(() => createEntity({ type: 'person', name: 'X', wikidataId: 'wd42' })).toThrow(
      /wikidataId/
    )
  })
})

describe('registry edits', () => {
  it('adds, refusing a duplicate id', () => {
    const r = registry()
    const next = addEntity(r, createEntity({ id: 'wang', type: 'person', name: 'Alexandr Wang' }))
    expect(next.entities.get('wang')?.name).toBe('Alexandr Wang')
    expect(r.entities.has('wang')).toBe(false)
    expect(() => addEntity(next, createEntity({ id: 'wang', type: 'person', name: 'W' }))).toThrow(
      RegistryError
    )
  })

  it('renames, keeping the old name as an alias unless told not to', () => {
    const r = renameEntity(registry(), 'meta', 'Meta Platforms Inc.')
    expect(r.entities.get('meta')).toMatchObject({
      name: 'Meta Platforms Inc.',
      aliases: ['Meta Platforms', 'Meta']
    })
    const r2 = renameEntity(registry(), 'meta', 'Facebook', { keepOldNameAsAlias: false })
    expect(r2.entities.get('meta')?.aliases).toEqual(['Meta Platforms'])
  })

  it('adds and removes aliases, ignoring folded duplicates', () => {
    let r = addAlias(registry(), 'meta', 'META')
    expect(r.entities.get('meta')?.aliases).toEqual(['Meta Platforms'])
    r = addAlias(r, 'meta', 'la maison mère de Facebook')
    expect(r.entities.get('meta')?.aliases).toEqual([
      'Meta Platforms',
      'la maison mère de Facebook'
    ])
    r = removeAlias(r, 'meta', 'meta platforms')
    expect(r.entities.get('meta')?.aliases).toEqual(['la maison mère de Facebook'])
  })

  it('updates type and value, and clears a value with null', () => {
    let r = updateEntity(registry(), 'unused', {
      type: 'money',
      value: { kind: 'money', amount: 1, currency: 'EUR' }
    })
    expect(r.entities.get('unused')).toMatchObject({ type: 'money', value: { amount: 1 } })
    r = updateEntity(r, 'unused', { value: null })
    expect(r.entities.get('unused')?.value).toBeUndefined()
    expect(() => updateEntity(r, 'nope', { name: 'x' })).toThrow(/No entity/)
  })

  it('merges: mentions and quote speakers repointed, aliases and Wikidata id kept', () => {
    const before = registry()
    const edit = mergeEntities(before, 'droege', 'droege2', stamp)
    const { entities, annotations } = edit.registry
    expect(entities.has('droege2')).toBe(false)
    expect(entities.get('droege')).toMatchObject({
      aliases: ['Droege', 'J. Droege'],
      wikidataId: 'Q42'
    })
    expect(annotations.get('m2')).toMatchObject({
      entityId: 'droege',
      updatedBy: 'Léa',
      updatedAt: stamp.at
    })
    expect(annotations.get('q1')).toMatchObject({ speakerId: 'droege' })
    expect(annotations.get('m1')).toBe(before.annotations.get('m1'))
    expect(before.annotations.get('m2')).toMatchObject({ entityId: 'droege2' })
    expect(edit.changed.sort()).toEqual(['m2', 'q1'])
    expect(() => mergeEntities(registry(), 'meta', 'meta', stamp)).toThrow(/itself/)
  })

  it('deletes an unused entity, refuses a used one, or deletes it with its mentions', () => {
    expect(deleteEntity(registry(), 'unused', stamp).registry.entities.has('unused')).toBe(false)
    expect(() => deleteEntity(registry(), 'droege2', stamp)).toThrow(
      /1 mention\(s\) and 1 quote\(s\)/
    )
    const edit = deleteEntity(registry(), 'droege2', stamp, { withMentions: true })
    expect(edit.removed).toEqual(['m2'])
    expect(edit.changed).toEqual(['q1'])
    expect(edit.registry.annotations.has('m2')).toBe(false)
    expect(edit.registry.annotations.get('q1')).toMatchObject({ speakerId: null, kind: 'quote' })
  })
})

describe('usage and counts', () => {
  it('counts live mentions, orphans and quotes', () => {
    const { annotations } = registry()
    expect(entityUsage(annotations, 'meta')).toEqual({
      mentions: 2,
      orphanedMentions: 1,
      quotes: 0
    })
    expect(mentionCounts(annotations)).toEqual(
      new Map([
        ['droege', 1],
        ['droege2', 1],
        ['meta', 1]
      ])
    )
    expect(quoteCounts(annotations)).toEqual(new Map([['droege2', 1]]))
  })

  it('finds the entity a text names, folded, within a type', () => {
    const { entities } = registry()
    expect(entityNamed(entities.values(), 'META PLATFORMS')?.id).toBe('meta')
    expect(entityNamed(entities.values(), 'Meta', 'person')).toBeUndefined()
    expect(entityNamed(entities.values(), 'j. droege', 'person')?.id).toBe('droege2')
  })
})
