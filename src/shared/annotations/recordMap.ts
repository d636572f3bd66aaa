/**
 * Records by id, in the order they were first put, as a value: `with` and `without` give a
 * new map that shares almost all of its structure with the old one (immutable's OrderedMap,
 * O(log n)), where copying a Map of 30,000 annotations for each one added cost about 6 ms.
 *
 * It is a ReadonlyMap, so every reader takes it as it took a Map. Walking an OrderedMap is
 * about four times slower than walking a Map, and the readers that walk every record (saving,
 * the panel) walk the same map more than once: the first walk keeps the entries in an array
 * that later walks read (the map never changes, so the array stays true).
 *
 * A map made from a Map reads a copy of it, and builds the OrderedMap only when it is first
 * changed: opening an article makes one map of all its records, and most are only read.
 *
 * A map made by changing another remembers it and the keys it touched, for a few changes
 * back: `changesSince` then names the records that differ without walking them all (what
 * the autosave and the panel's list ask after each action).
 */
import { OrderedMap } from 'immutable'

/** Changes remembered back: an endless chain would keep every older map alive. */
const MAX_LINEAGE = 32

/** The map a map was made from, and the keys set or removed on the way. */
interface Lineage<V> {
  base: RecordMap<V>
  touched: Iterable<string>
}

/** Keys whose records are new or differ, and keys gone. */
export interface RecordChanges {
  changed: string[]
  removed: string[]
}

export class RecordMap<V> implements ReadonlyMap<string, V> {
  private walked: { keys: string[]; values: V[] } | undefined
  /** The OrderedMap that changes share, made at the first change of a map made from a Map. */
  private ordered: OrderedMap<string, V> | undefined

  private constructor(
    ordered: OrderedMap<string, V> | undefined,
    /**
     * The entries of a map made from a Map, read until the first change: an OrderedMap of
     * 10,000 records took about 27 ms to build, on the opening path of every article, where
     * most articles are opened to be read and never changed.
     */
    private readonly plain?: ReadonlyMap<string, V>,
    /** Forgotten once changes made after it are more than MAX_LINEAGE. */
    private lineage?: Lineage<V>
  ) {
    this.ordered = ordered
  }

  /** The OrderedMap of the entries (made here at the first change of a map from a Map). */
  private get inner(): OrderedMap<string, V> {
    return (this.ordered ??= OrderedMap(this.plain!))
  }

  /**
   * Builds the OrderedMap now (when the page is idle after an opening) so that the first
   * change does not pay for it: about 27 ms at 10,000 records, inside the key press.
   */
  prepare(): void {
    void this.inner
  }

  /** A map made from this one by touching these keys. */
  private derived(inner: OrderedMap<string, V>, touched: Iterable<string>): RecordMap<V> {
    if (inner === this.inner) return this
    const next = new RecordMap(inner, undefined, { base: this, touched })
    let map: RecordMap<V> | undefined = next
    for (let n = 0; map && n < MAX_LINEAGE; n++) map = map.lineage?.base
    if (map) map.lineage = undefined
    return next
  }

  /**
   * The keys whose records differ (by identity) between `older` and this map, when this map
   * was made from it by the last few changes; null when it was not (then compare them whole).
   * Keys new since `older` come in this map's order (a save appends them in that order).
   */
  changesSince(older: ReadonlyMap<string, V>): RecordChanges | null {
    // This map and those it was made from, back to `older` (left out).
    const steps: RecordMap<V>[] = [this]
    while (steps[steps.length - 1] !== older) {
      const lineage = steps[steps.length - 1].lineage
      if (!lineage) return null
      steps.push(lineage.base)
    }
    steps.pop()
    // Oldest change first; a key put where it was not goes to the end, as in the map.
    const touched = new Set<string>()
    for (const map of steps.reverse()) {
      const { base, touched: keys } = map.lineage!
      for (const key of keys) {
        const inserted = !base.has(key) && map.has(key)
        if (inserted) touched.delete(key)
        touched.add(key)
      }
    }
    const changes: RecordChanges = { changed: [], removed: [] }
    for (const key of touched) {
      if (this.has(key)) {
        if (!older.has(key) || this.get(key) !== older.get(key)) changes.changed.push(key)
      } else if (older.has(key)) changes.removed.push(key)
    }
    return changes
  }

  /** A map with these entries, in their order (the same map when it is one already). */
  static of<V>(entries: ReadonlyMap<string, V> | Iterable<[string, V]>): RecordMap<V> {
    if (entries instanceof RecordMap) return entries
    // A Map's keys are unique and in the order an OrderedMap keeps: a copy of it is read until
    // the first change (copying 10,000 entries takes about a millisecond).
    if (entries instanceof Map) return new RecordMap<V>(undefined, new Map(entries))
    return new RecordMap(OrderedMap(entries))
  }

  get size(): number {
    return this.plain ? this.plain.size : this.inner.size
  }

  get(key: string): V | undefined {
    return this.plain ? this.plain.get(key) : this.inner.get(key)
  }

  has(key: string): boolean {
    return this.plain ? this.plain.has(key) : this.inner.has(key)
  }

  /** This map with `key` set to `value`: a key already there keeps its place in the order. */
  with(key: string, value: V): RecordMap<V> {
    return this.derived(this.inner.set(key, value), [key])
  }

  /** This map with each of these entries set, in their order. */
  withAll(entries: Iterable<readonly [string, V]>): RecordMap<V> {
    // Each key once, where it first came (the place it takes in the map when it is new).
    const touched = new Set<string>()
    const next = this.inner.withMutations((map) => {
      for (const [key, value] of entries) {
        map.set(key, value)
        touched.add(key)
      }
    })
    return this.derived(next, touched)
  }

  /** This map without these keys (keys not in it are ignored). */
  without(keys: Iterable<string>): RecordMap<V> {
    const touched = new Set<string>()
    const next = this.inner.withMutations((map) => {
      for (const key of keys) {
        map.delete(key)
        touched.add(key)
      }
    })
    return this.derived(next, touched)
  }

  /** The map this one was made from and the keys touched on the way, while remembered. */
  get madeFrom(): { base: RecordMap<V>; touched: Iterable<string> } | undefined {
    return this.lineage
  }

  private all(): { keys: string[]; values: V[] } {
    if (!this.walked) {
      const keys: string[] = []
      const values: V[] = []
      // A Map walks about four times faster than an OrderedMap.
      ;(this.plain ?? this.inner).forEach((value, key) => {
        keys.push(key)
        values.push(value)
      })
      this.walked = { keys, values }
    }
    return this.walked
  }

  *entries(): MapIterator<[string, V]> {
    const { keys, values } = this.all()
    for (let i = 0; i < keys.length; i++) yield [keys[i], values[i]]
  }

  keys(): MapIterator<string> {
    return this.all().keys.values()
  }

  values(): MapIterator<V> {
    return this.all().values.values()
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries()
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    const { keys, values } = this.all()
    for (let i = 0; i < keys.length; i++) callback(values[i], keys[i], this)
  }
}
