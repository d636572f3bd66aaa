import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RecordMap } from './recordMap'

type Step =
  | { op: 'with'; key: string; value: number }
  | { op: 'withAll'; entries: [string, number][] }
  | { op: 'without'; keys: string[] }
  | { op: 'walk' }

const key = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''))
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('with' as const), key, value: fc.integer() }),
  fc.record({
    op: fc.constant('withAll' as const),
    entries: fc.array(fc.tuple(key, fc.integer()), { maxLength: 5 })
  }),
  fc.record({ op: fc.constant('without' as const), keys: fc.array(key, { maxLength: 5 }) }),
  fc.record({ op: fc.constant('walk' as const) })
)

/** Everything a reader of a ReadonlyMap can see, in order. */
function seen(map: ReadonlyMap<string, number>) {
  const each: [string, number][] = []
  map.forEach((value, k) => each.push([k, value]))
  return {
    size: map.size,
    entries: [...map],
    keys: [...map.keys()],
    values: [...map.values()],
    each,
    got: [...'abcdefghijklmnopqrstuvwxyz'].map((k) => [map.has(k), map.get(k)])
  }
}

describe('RecordMap', () => {
  it('reads as a Map given the same changes would, and an older map never changes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer())), fc.array(step), (start, steps) => {
        let map = RecordMap.of(new Map(start))
        const expected = new Map(start)
        const older: [RecordMap<number>, ReturnType<typeof seen>][] = []
        for (const s of steps) {
          older.push([map, seen(map)])
          if (s.op === 'with') {
            map = map.with(s.key, s.value)
            expected.set(s.key, s.value)
          } else if (s.op === 'withAll') {
            map = map.withAll(s.entries)
            for (const [k, v] of s.entries) expected.set(k, v)
          } else if (s.op === 'without') {
            map = map.without(s.keys)
            for (const k of s.keys) expected.delete(k)
          } else {
            // A walk keeps the entries; the next change must not read them.
            expect([...map.values()]).toEqual([...expected.values()])
          }
          expect(seen(map)).toEqual(seen(expected))
        }
        for (const [map, then] of older) expect(seen(map)).toEqual(then)
      })
    )
  })

  it('is the same map when made from one, and when nothing was removed', () => {
    const map = RecordMap.of(new Map([['a', 1]]))
    expect(RecordMap.of(map)).toBe(map)
    expect(map.without(['z'])).toBe(map)
  })
})
