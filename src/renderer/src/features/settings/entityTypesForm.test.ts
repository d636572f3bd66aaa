import { describe, expect, it } from 'vitest'
import { DEFAULT_ENTITY_TYPES, EntityTypeDef } from '@shared/model'
import {
  checkRows,
  freeColor,
  freeKey,
  hasErrors,
  lowContrast,
  normaliseKey,
  RESERVED_KEYS,
  rowsFromTypes,
  tintContrast,
  typeIdFor,
  typesFromRows,
  typeUsage,
  type TypeRow
} from './entityTypesForm'

function row(fields: Partial<TypeRow> & { name: string; key: string }): TypeRow {
  return { rowKey: fields.name, id: '', color: '#2f6fdb', label: fields.name, ...fields }
}

describe('contrast of a tint', () => {
  it('passes for every default type in both themes', () => {
    for (const type of DEFAULT_ENTITY_TYPES) expect(lowContrast(type.color), type.id).toEqual([])
  })

  it('warns about a very light colour in the dark theme, where two tints overlap', () => {
    const low = lowContrast('#ffffff')
    expect(low).toHaveLength(1)
    expect(low[0]).toMatchObject({ theme: 'dark', layers: 2 })
    expect(low[0].ratio).toBeLessThan(4.5)
    expect(tintContrast('#ffffff', 'dark', 2)).toBeCloseTo(low[0].ratio)
    // On one tint it still reads; on the light page even black stays readable at 22%.
    expect(tintContrast('#ffffff', 'dark', 1)).toBeGreaterThanOrEqual(4.5)
    expect(lowContrast('#000000')).toEqual([])
    expect(lowContrast('not a colour')).toEqual([])
  })
})

describe('checkRows', () => {
  it('accepts the default types', () => {
    expect(hasErrors(checkRows(rowsFromTypes(DEFAULT_ENTITY_TYPES)))).toBe(false)
  })

  it('refuses an empty or repeated name, compared without accents or case', () => {
    const p = checkRows([
      row({ name: 'Lieu', key: 'l' }),
      row({ name: ' lieu ', key: 'w', rowKey: 'b' }),
      row({ name: ' ', key: 'z', rowKey: 'c' })
    ])
    expect(p.get('Lieu')?.name).toEqual({ kind: 'taken' })
    expect(p.get('b')?.name).toEqual({ kind: 'taken' })
    expect(p.get('c')?.name).toEqual({ kind: 'required' })
    expect(hasErrors(p)).toBe(true)
  })

  it('refuses a key that is not one letter or digit, a reserved key, or a key taken', () => {
    const p = checkRows([
      row({ name: 'A', key: '' }),
      row({ name: 'B', key: 'q' }),
      row({ name: 'C', key: 'p' }),
      row({ name: 'D', key: 'p' }),
      row({ name: 'E', key: '7' })
    ])
    expect(p.get('A')?.key).toEqual({ kind: 'invalid' })
    expect(p.get('B')?.key).toEqual({ kind: 'reserved' })
    expect(p.get('C')?.key).toEqual({ kind: 'taken', other: 'D' })
    expect(p.get('D')?.key).toEqual({ kind: 'taken', other: 'C' })
    expect(p.get('E')?.key).toBeUndefined()
  })

  it('only warns about contrast', () => {
    const p = checkRows([row({ name: 'Pale', key: 'z', color: '#ffff66' })])
    expect(p.get('Pale')?.contrast).toHaveLength(1)
    expect(hasErrors(p)).toBe(false)
  })
})

describe('new types', () => {
  it('get an id from their name that the model accepts, unique', () => {
    expect(typeIdFor("Fonds d'investissement", new Set())).toBe('fonds-d-investissement')
    expect(typeIdFor('Événement', new Set(['evenement']))).toBe('evenement-2')
    expect(typeIdFor('2024', new Set())).toBe('type')
    const types = typesFromRows([
      ...rowsFromTypes(DEFAULT_ENTITY_TYPES),
      row({ name: '  Loi   fédérale ', key: 'w', color: '#7A5C99' }),
      row({ name: 'Person', key: 'y', rowKey: 'x' })
    ])
    for (const t of types) expect(EntityTypeDef.safeParse(t).success, t.id).toBe(true)
    expect(types.slice(-2)).toEqual([
      { id: 'loi-federale', name: 'Loi fédérale', color: '#7a5c99', key: 'w' },
      { id: 'person-2', name: 'Person', color: '#2f6fdb', key: 'y' }
    ])
  })

  it('keep the id of a renamed type, so its entities keep their type', () => {
    const rows = rowsFromTypes(DEFAULT_ENTITY_TYPES)
    rows[0] = { ...rows[0], name: 'Personne' }
    expect(typesFromRows(rows)[0]).toMatchObject({ id: 'person', name: 'Personne' })
  })

  it('start with a free key and a colour that keeps contrast', () => {
    const rows = rowsFromTypes(DEFAULT_ENTITY_TYPES)
    const key = freeKey(rows)
    expect(key).toMatch(/^[a-z0-9]$/)
    expect(RESERVED_KEYS).not.toContain(key)
    expect(rows.map((r) => r.key)).not.toContain(key)
    expect(lowContrast(freeColor(rows))).toEqual([])
  })
})

describe('small helpers', () => {
  it('normalises a typed key to one lower-case character', () => {
    expect(normaliseKey('P')).toBe('p')
    expect(normaliseKey('pw')).toBe('w')
    expect(normaliseKey(' ')).toBe('')
  })

  it('counts the entities of each type', () => {
    expect(typeUsage([{ type: 'person' }, { type: 'person' }, { type: 'place' }])).toEqual(
      new Map([
        ['person', 2],
        ['place', 1]
      ])
    )
  })
})
