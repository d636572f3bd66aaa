import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sameJson } from './sameJson'

/** The reference: JSON with object keys sorted, so key order does not count. */
function canonicalJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v
  )
}

const sameAsCanonical = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b)

/** A copy of a value with its object keys in another order and undefined keys added. */
function reordered(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => reordered(v, seed + i))
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value).map(([k, v], i) => [k, reordered(v, seed + i)] as const)
  if (seed % 2) entries.reverse()
  const copy: Record<string, unknown> = Object.fromEntries(entries)
  if (seed % 3 === 0) copy[`absent${seed}`] = undefined
  return copy
}

describe('sameJson', () => {
  it('says what comparing canonical JSON says, on any two JSON-like values', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(undefined, NaN, Infinity, -0, () => 1, new Date(0)),
      fc.array(fc.constantFrom(undefined, null, NaN, 1)),
      fc.dictionary(fc.string(), fc.constantFrom(undefined, null, 0, 'a'))
    )
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(sameAsCanonical(a, b))
      }),
      { numRuns: 2000 }
    )
  })

  it('sees the same value with its keys reordered as the same, and any change as a change', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.jsonValue(), (a, seed, other) => {
        expect(sameJson(a, reordered(a, seed))).toBe(true)
        const changed = Array.isArray(a) ? [...a, other] : { wrapped: a, other }
        expect(sameJson(a, changed)).toBe(sameAsCanonical(a, changed))
      }),
      { numRuns: 1000 }
    )
  })
})
