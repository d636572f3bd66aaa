/**
 * The thread that owns the desk's SQLite file (see storeThread.ts): carries out fetches,
 * appends and compactions in the order they arrive.
 */
import { parentPort, workerData } from 'node:worker_threads'
import * as Y from 'yjs'
import { SqliteStore } from './sqliteStore'

export type StoreRequest =
  | { id: number; op: 'fetch'; name: string }
  | { id: number; op: 'append'; writer: string; changes: { name: string; update: Uint8Array }[] }
  | { id: number; op: 'compact'; name: string; writer: string; readUpTo: number; state: Uint8Array }
  | { id: number; op: 'close' }

export interface StoreReply {
  id: number
  result?: unknown
  error?: string
}

if (parentPort) {
  const port = parentPort
  const store = new SqliteStore((workerData as { dataDir: string }).dataDir)
  port.on('message', (request: StoreRequest) => {
    try {
      let result: unknown
      if (request.op === 'fetch') result = store.fetch(request.name)
      else if (request.op === 'append') store.append(request.writer, request.changes)
      else if (request.op === 'compact')
        store.compact(request.name, request.writer, request.readUpTo, (stored) =>
          stored ? Y.mergeUpdates([stored, request.state]) : request.state
        )
      else store.close()
      port.postMessage({ id: request.id, result } satisfies StoreReply)
    } catch (error) {
      port.postMessage({ id: request.id, error: (error as Error).message } satisfies StoreReply)
    }
  })
}
