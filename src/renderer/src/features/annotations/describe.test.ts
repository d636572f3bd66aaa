import { describe, expect, it } from 'vitest'
import { DEFAULT_ENTITY_TYPES, type Annotation, type Entity } from '@shared/model'
import { dictionaries } from '@renderer/i18n/strings'
import { describeAnnotation, excerpt, typeLabel } from './describe'

const en = dictionaries.en
const fr = dictionaries.fr
const target = { start: 0, end: 6, exact: 'Droege', prefix: '', suffix: '' }
const stamps = {
  orphaned: false,
  createdBy: 'Léa',
  createdAt: '2025-06-20T10:00:00.000Z',
  updatedBy: 'Léa',
  updatedAt: '2025-06-20T10:00:00.000Z'
}
const droege: Entity = { id: 'e1', type: 'person', name: 'Jason Droege', aliases: ['Droege'] }
const entities = new Map([[droege.id, droege]])

describe('describeAnnotation', () => {
  it('names a mention by its type and entity', () => {
    const mention: Annotation = { id: 'm1', kind: 'mention', target, entityId: 'e1', ...stamps }
    expect(describeAnnotation(mention, entities, DEFAULT_ENTITY_TYPES, en)).toMatchObject({
      heading: 'Person',
      detail: 'Jason Droege',
      entityType: 'person',
      summary: 'Person · Jason Droege'
    })
    expect(describeAnnotation(mention, entities, DEFAULT_ENTITY_TYPES, fr).heading).toBe('Personne')
  })

  it('shows a mention’s normalised value beside the entity’s name', () => {
    const stake: Entity = {
      id: 'e2',
      type: 'money',
      name: '14,3 milliards de dollars',
      aliases: [],
      value: { kind: 'money', amount: 14.3e9, currency: 'USD' }
    }
    const mention: Annotation = { id: 'm2', kind: 'mention', target, entityId: 'e2', ...stamps }
    expect(
      describeAnnotation(mention, new Map([[stake.id, stake]]), DEFAULT_ENTITY_TYPES, en).detail
    ).toBe('14,3 milliards de dollars · 14.3 billion dollars (14,300,000,000 USD)')
    expect(
      describeAnnotation(mention, new Map([[stake.id, stake]]), DEFAULT_ENTITY_TYPES, fr, 'fr')
        .detail
    ).toBe('14,3 milliards de dollars · 14,3 milliards de dollars (14 300 000 000 USD)')
  })

  it('shows a percentage with its fraction and a date interval with both ends', () => {
    const share: Entity = {
      id: 'e3',
      type: 'percentage',
      name: '49 %',
      aliases: [],
      value: { kind: 'percentage', percent: 49 }
    }
    const midJune: Entity = {
      id: 'e4',
      type: 'date',
      name: 'mi-juin',
      aliases: [],
      value: { kind: 'date', date: '2025-06-11', until: '2025-06-20' }
    }
    const entities = new Map([
      [share.id, share],
      [midJune.id, midJune]
    ])
    const on = (entityId: string): Annotation => ({
      id: `m-${entityId}`,
      kind: 'mention',
      target,
      entityId,
      ...stamps
    })
    expect(describeAnnotation(on('e3'), entities, DEFAULT_ENTITY_TYPES, fr, 'fr').detail).toBe(
      '49 % · 49 % = 0,49'
    )
    expect(describeAnnotation(on('e4'), entities, DEFAULT_ENTITY_TYPES, en).detail).toBe(
      'mi-juin · 2025-06-11 → 2025-06-20'
    )
  })

  it('names a quote by its speaker, kind and status, and a note by its title or text', () => {
    const quote: Annotation = {
      id: 'q1',
      kind: 'quote',
      target,
      speakerId: 'e1',
      quoteKind: 'indirect',
      status: 'disputed',
      comment: '',
      ...stamps
    }
    expect(describeAnnotation(quote, entities, DEFAULT_ENTITY_TYPES, en).summary).toBe(
      'Quote · Jason Droege · Indirect · Disputed'
    )
    const unknown = { ...quote, speakerId: null }
    expect(describeAnnotation(unknown, entities, DEFAULT_ENTITY_TYPES, fr).detail).toBe(
      'Pas encore de locuteur · Indirecte · Contestée'
    )
    const note: Annotation = {
      id: 'n1',
      kind: 'source-note',
      target,
      text: 'Mémo adressé aux clients le 17 juin, cité par Reuters.',
      sourceKind: 'document',
      title: '',
      ...stamps
    }
    // Without a title: the note's text, cut short.
    expect(describeAnnotation(note, entities, DEFAULT_ENTITY_TYPES, en).detail).toBe(
      'Mémo adressé aux clients le 17 juin, cité par R… (Document)'
    )
    expect(
      describeAnnotation({ ...note, title: 'Note aux clients' }, entities, DEFAULT_ENTITY_TYPES, en)
        .detail
    ).toBe('Note aux clients (Document)')
  })
})

describe('typeLabel', () => {
  it('translates built-in types, keeps renamed and custom ones as named', () => {
    expect(typeLabel('place', DEFAULT_ENTITY_TYPES, fr)).toBe('Lieu')
    const renamed = DEFAULT_ENTITY_TYPES.map((t) =>
      t.id === 'place' ? { ...t, name: 'Lieu-dit' } : t
    )
    expect(typeLabel('place', renamed, en)).toBe('Lieu-dit')
    const custom = [...DEFAULT_ENTITY_TYPES, { id: 'law', name: 'Law', color: '#333333', key: 'w' }]
    expect(typeLabel('law', custom, fr)).toBe('Law')
    expect(typeLabel(undefined, custom, en)).toBe('Entity')
  })
})

describe('excerpt', () => {
  it('flattens white space and cuts long text with an ellipsis', () => {
    expect(excerpt('a\n\nb  c')).toBe('a b c')
    expect(excerpt('x'.repeat(70), 10)).toBe(`${'x'.repeat(9)}…`)
  })
})
