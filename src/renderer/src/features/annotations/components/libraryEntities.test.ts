import { describe, expect, it } from 'vitest'
import { withLibraryEntities } from './libraryEntities'

const registry = [
  { id: 'ent-a', type: 'person', name: 'Jason Droege', aliases: ['Droege'], articles: 2 },
  {
    id: 'ent-b',
    type: 'organisation',
    name: 'Scale AI',
    aliases: [],
    description: 'Data labelling',
    wikidataId: 'Q1',
    articles: 1
  }
]

describe('withLibraryEntities', () => {
  it('offers the registry entities the article does not use yet, after its own', () => {
    const own = [
      { id: 'x', type: 'person', name: 'Jason Droege', aliases: [], registryId: 'ent-a' },
      { id: 'y', type: 'money', name: '14,3 G$', aliases: [] }
    ]
    expect(withLibraryEntities(own, registry)).toEqual([
      ...own,
      {
        id: 'ent-b',
        type: 'organisation',
        name: 'Scale AI',
        aliases: [],
        registryId: 'ent-b',
        description: 'Data labelling',
        wikidataId: 'Q1'
      }
    ])
  })

  it('does not offer again a record an entity tagged since the article opened stands for', () => {
    const own = [{ id: 'new', type: 'person', name: 'JASON DROËGE', aliases: [] }]
    expect(withLibraryEntities(own, registry).map((e) => e.id)).toEqual(['new', 'ent-b'])
    // Same name, other type: a different record, still offered.
    const place = [{ id: 'p', type: 'place', name: 'Jason Droege', aliases: [] }]
    expect(withLibraryEntities(place, registry).map((e) => e.id)).toEqual(['p', 'ent-a', 'ent-b'])
  })
})
