/**
 * Records by id, in the order they were first put, as a value: `with` and `without` give a
 * new map that shares almost all of its structure with the old one (immutable's OrderedMap,
 * O(log n)), where copying a Map of 30,000 annotations for each one added cost about 6 ms.
 *
 * It is a ReadonlyMap, so every reader takes it as it took a Map. Walking an OrderedMap is
 * about four times slower than walking a Map, and the readers that walk every record (saving,
 * the panel) walk the same map more than once: the first walk keeps the entries in an array
 * that later walks read (the map never changes, so the array stays true).
 */
import { OrderedMap } from 'immutable'

export class RecordMap<V> implements ReadonlyMap<string, V> {
  private walked: [string, V][] | undefined

  private constructor(private readonly inner: OrderedMap<string, V>) {}

  /** A map with these entries, in their order (the same map when it is one already). */
  static of<V>(entries: ReadonlyMap<string, V> | Iterable<[string, V]>): RecordMap<V> {
    return entries instanceof RecordMap ? entries : new RecordMap(OrderedMap(entries))
  }

  get size(): number {
    return this.inner.size
  }

  get(key: string): V | undefined {
    return this.inner.get(key)
  }

  has(key: string): boolean {
    return this.inner.has(key)
  }

  /** This map with `key` set to `value`: a key already there keeps its place in the order. */
  with(key: string, value: V): RecordMap<V> {
    return new RecordMap(this.inner.set(key, value))
  }

  /** This map with each of these entries set, in their order. */
  withAll(entries: Iterable<readonly [string, V]>): RecordMap<V> {
    const next = this.inner.withMutations((map) => {
      for (const [key, value] of entries) map.set(key, value)
    })
    return next === this.inner ? this : new RecordMap(next)
  }

  /** This map without these keys (keys not in it are ignored). */
  without(keys: Iterable<string>): RecordMap<V> {
    const next = this.inner.withMutations((map) => {
      for (const key of keys) map.delete(key)
    })
    return next === this.inner ? this : new RecordMap(next)
  }

  private all(): [string, V][] {
    if (!this.walked) {
      const walked: [string, V][] = []
      this.inner.forEach((value, key) => {
        walked.push([key, value])
      })
      this.walked = walked
    }
    return this.walked
  }

  *entries(): MapIterator<[string, V]> {
    for (const [key, value] of this.all()) yield [key, value]
  }

  *keys(): MapIterator<string> {
    for (const entry of this.all()) yield entry[0]
  }

  *values(): MapIterator<V> {
    for (const entry of this.all()) yield entry[1]
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries()
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.all()) callback(value, key, this)
  }
}
