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

  it('names the records changed since an earlier map as comparing the two whole does', () => {
    /** The changes found by walking both maps. */
    const compared = (before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>) => ({
      changed: [...after.keys()].filter((k) => !before.has(k) || before.get(k) !== after.get(k)),
      removed: [...before.keys()].filter((k) => !after.has(k))
    })
    const sorted = (c: { changed: string[]; removed: string[] }) => ({
      changed: [...c.changed].sort(),
      removed: [...c.removed].sort()
    })
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.integer())),
        fc.array(step, { maxLength: 60 }),
        (start, steps) => {
          const maps = [RecordMap.of(new Map(start))]
          for (const s of steps) {
            const map = maps[maps.length - 1]
            if (s.op === 'with') maps.push(map.with(s.key, s.value))
            else if (s.op === 'withAll') maps.push(map.withAll(s.entries))
            else if (s.op === 'without') maps.push(map.without(s.keys))
          }
          const last = maps[maps.length - 1]
          const distinct = [...new Set(maps)]
          distinct.forEach((older, i) => {
            const found = last.changesSince(older)
            // Within the last 32 changes it always answers.
            if (distinct.length - 1 - i <= 32) expect(found).not.toBeNull()
            else expect(found).toBeNull()
            if (!found) return
            expect(sorted(found)).toEqual(sorted(compared(older, last)))
            const added = (keys: string[]) => keys.filter((k) => !older.has(k))
            expect(added(found.changed)).toEqual(added([...last.keys()]))
          })
          expect(last.changesSince(RecordMap.of(new Map(start)))).toBeNull()
        }
      )
    )
  })

  it('is the same map when made from one, and when nothing was removed', () => {
    const map = RecordMap.of(new Map([['a', 1]]))
    expect(RecordMap.of(map)).toBe(map)
    expect(map.without(['z'])).toBe(map)
  })
})
