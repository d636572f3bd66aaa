import { describe, expect, it } from 'vitest'
import type { Entity } from '@shared/model'
import { comboboxOptions, exactEntity, speakerRef } from './entityChoices'
import { acceptableUrl, today } from './noteFields'

const entities: Entity[] = [
  { id: 'o1', type: 'organisation', name: 'Droege Group', aliases: [] },
  { id: 'p1', type: 'person', name: 'Jason Droege', aliases: ['Droege'] },
  { id: 'p2', type: 'person', name: 'Alexandr Wang', aliases: [] }
]

describe('entity type-ahead choices', () => {
  it('puts the preferred type first and offers to create a new name', () => {
    const options = comboboxOptions(entities, 'droe', { preferType: 'person', allowCreate: true })
    expect(options.map((o) => (o.kind === 'entity' ? o.entity.id : `new:${o.name}`))).toEqual([
      'p1',
      'o1',
      'new:droe'
    ])
  })

  it('offers no "create" for a name or alias that exists, nor without permission', () => {
    expect(
      comboboxOptions(entities, 'droege', { preferType: 'person', allowCreate: true }).some(
        (o) => o.kind === 'create'
      )
    ).toBe(false)
    expect(comboboxOptions(entities, 'Mark', { allowCreate: false })).toEqual([])
    expect(comboboxOptions(entities, '  Mark   Zuckerberg ', { allowCreate: true })).toEqual([
      { kind: 'create', name: 'Mark Zuckerberg' }
    ])
  })

  it('finds the entity a typed text names exactly, and the speaker a form names', () => {
    expect(exactEntity(entities, 'DROEGE', 'person')?.id).toBe('p1')
    expect(exactEntity(entities, 'Dro')).toBeUndefined()
    // The speaker goes whole: it may be an entity of the library registry not in the article.
    expect(speakerRef(null, 'jason droege', entities)).toEqual({ entity: entities[1] })
    expect(speakerRef(null, ' Mark  Zuckerberg', entities)).toEqual({
      name: 'Mark Zuckerberg',
      type: 'person'
    })
    expect(speakerRef(null, '   ', entities)).toBeNull()
    expect(speakerRef({ kind: 'entity', entity: entities[2] }, 'whatever', entities)).toEqual({
      entity: entities[2]
    })
  })
})

describe('source note fields', () => {
  it('accepts only http and https addresses (or none)', () => {
    expect(acceptableUrl('')).toBe(true)
    expect(acceptableUrl(' https://example.org/memo ')).toBe(true)
    expect(acceptableUrl('http://example.org')).toBe(true)
    for (const bad of [
      'ftp://example.org',
      'javascript:alert(1)',
      'example.org',
      'file:///etc/passwd'
    ]) {
      expect(acceptableUrl(bad), bad).toBe(false)
    }
  })

  it('dates today in local time', () => {
    expect(today(new Date(2025, 5, 9, 23, 59))).toBe('2025-06-09')
  })
})
