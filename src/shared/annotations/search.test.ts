import { describe, expect, it } from 'vitest'
import type { Entity } from '../model'
import { foldForSearch } from './fold'
import { findEntities } from './search'

const entities: Entity[] = [
  { id: 'droege', type: 'person', name: 'Jason Droege', aliases: ['Droege'] },
  { id: 'wang', type: 'person', name: 'Alexandr Wang', aliases: [] },
  { id: 'elysee', type: 'place', name: 'Élysée', aliases: [] },
  { id: 'meta', type: 'organisation', name: 'Meta', aliases: ['Meta Platforms'] },
  { id: 'metaverse', type: 'product', name: 'Metaverse', aliases: [] },
  { id: 'scale', type: 'organisation', name: 'Scale AI', aliases: ['Scale', 'la jeune pousse'] }
]
const ids = (query: string, options = {}) =>
  findEntities(entities, query, options).map((m) => m.entity.id)

describe('foldForSearch', () => {
  it('ignores accents, case, apostrophe style and spacing', () => {
    expect(foldForSearch('  ÉLYSÉE ')).toBe('elysee')
    expect(foldForSearch('l’entreprise')).toBe(foldForSearch("L'Entreprise"))
    expect(foldForSearch('14,3\u202fG$')).toBe('14,3 g$')
    expect(foldForSearch('Œuvre')).toBe('oeuvre')
  })
})

describe('findEntities', () => {
  it('finds by a word start, accent- and case-insensitively', () => {
    expect(ids('droe')).toEqual(['droege'])
    expect(ids('elysee')).toEqual(['elysee'])
    expect(ids('JASON d')).toEqual(['droege'])
    expect(ids('droege jas')).toEqual(['droege'])
  })

  it('ranks an exact name above a prefix, a prefix above a word inside', () => {
    expect(ids('meta')).toEqual(['meta', 'metaverse'])
    expect(ids('pousse')).toEqual(['scale'])
    expect(findEntities(entities, 'pousse')[0].matched).toBe('la jeune pousse')
  })

  it('filters by type, limits, and breaks ties by mention count', () => {
    expect(ids('alex', { type: 'person' })).toEqual(['wang'])
    expect(ids('a', { type: ['place', 'organisation'] })).toEqual(['scale', 'meta'])
    expect(ids('', { limit: 2 })).toHaveLength(2)
    const counts = new Map([['metaverse', 5]])
    expect(ids('', { counts, limit: 1 })).toEqual(['metaverse'])
    expect(ids('zzz')).toEqual([])
  })
})
