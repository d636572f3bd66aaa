/**
 * The desk's SQLite file shared by two processes: each appends its changes, and compacting
 * one process' changes keeps the other's.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SqliteStore } from './sqliteStore'
import { tempDir } from './processes.testkit'

function change(doc: Y.Doc, key: string): Uint8Array {
  let update: Uint8Array = new Uint8Array()
  const keep = (u: Uint8Array): void => {
    update = u
  }
  doc.on('update', keep)
  doc.getMap('m').set(key, key)
  doc.off('update', keep)
  return update
}

function keysOf(parts: Uint8Array[]): string[] {
  const doc = new Y.Doc()
  if (parts.length) Y.applyUpdate(doc, Y.mergeUpdates(parts))
  return [...doc.getMap('m').keys()].sort()
}

describe('SqliteStore', () => {
  it('compacts one writer’s changes and keeps those another writer appended meanwhile', () => {
    const dir = tempDir('desk-store-')
    const one = new SqliteStore(dir)
    const two = new SqliteStore(dir)
    const first = new Y.Doc()
    const second = new Y.Doc()
    try {
      one.append('one', [{ name: 'a', update: change(first, 'from one') }])
      // Not yet seen by the first process (Redis has not brought it over).
      two.append('two', [{ name: 'a', update: change(second, 'from two') }])
      one.compact('a', 'one', 0, (stored) => {
        const state = Y.encodeStateAsUpdate(first)
        return stored ? Y.mergeUpdates([stored, state]) : state
      })
      expect(keysOf(one.fetch('a').parts)).toEqual(['from one', 'from two'])
      // The second compacts what it holds: the first's change stays in the stored state.
      two.compact('a', 'two', 0, (stored) => {
        const state = Y.encodeStateAsUpdate(second)
        return stored ? Y.mergeUpdates([stored, state]) : state
      })
      const { parts } = two.fetch('a')
      expect(parts).toHaveLength(1)
      expect(keysOf(parts)).toEqual(['from one', 'from two'])
    } finally {
      one.close()
      two.close()
    }
  })

  it('drops on compaction the changes read when the article was loaded, whoever wrote them', () => {
    const dir = tempDir('desk-store-')
    const store = new SqliteStore(dir)
    const doc = new Y.Doc()
    try {
      store.append('gone-process', [{ name: 'a', update: change(doc, 'old') }])
      const { parts, lastSeq } = store.fetch('a')
      const loaded = new Y.Doc()
      Y.applyUpdate(loaded, Y.mergeUpdates(parts))
      store.compact('a', 'this-process', lastSeq, () => Y.encodeStateAsUpdate(loaded))
      const after = store.fetch('a')
      expect(after.parts).toHaveLength(1)
      expect(keysOf(after.parts)).toEqual(['old'])
    } finally {
      store.close()
    }
  })
})
