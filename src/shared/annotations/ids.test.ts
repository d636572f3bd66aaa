import { describe, expect, it } from 'vitest'
import { ID_LENGTH, newId } from './ids'

describe('newId', () => {
  it('gives URL-safe ids of the set length, never starting with "-"', () => {
    // One id in 64 would start with "-" without the rule: 5,000 make a miss impossible in practice.
    const ids = Array.from({ length: 5_000 }, newId)
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(id).toHaveLength(ID_LENGTH)
      expect(id.startsWith('-')).toBe(false)
    }
    expect(new Set(ids).size).toBe(ids.length)
  })
})
