/**
 * The desk's SQLite file, written from a thread of its own. SQLite (as WebAssembly) writes
 * synchronously and waits for the disk at each commit: on the project's two-core machine
 * under load, appending ten small changes held the event loop 8 ms at the median and up to a
 * quarter of a second, and every change arriving meanwhile waited. In a worker thread the
 * commits keep their durability and the server's event loop only hands the bytes over.
 * Requests are carried out in the order they are made.
 */
import { Worker } from 'node:worker_threads'
import type { StoreReply, StoreRequest } from './storeWorker'

type Op = StoreRequest['op']
type Result<O extends Op> = O extends 'fetch' ? { parts: Uint8Array[]; lastSeq: number } : void

export class StoreThread {
  private readonly worker: Worker
  private next = 0
  private readonly waiting = new Map<
    number,
    { done: (value: unknown) => void; fail: (error: Error) => void }
  >()
  private failure: Error | null = null

  constructor(dataDir: string) {
    // The desk runs its TypeScript through tsx, whose loader a worker thread does not
    // inherit on Node 20: the thread registers it before loading the worker's module.
    const entry = new URL('./storeWorker.ts', import.meta.url).href
    this.worker = new Worker(
      `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}) })`,
      { eval: true, workerData: { dataDir } }
    )
    this.worker.on('message', (reply: StoreReply) => {
      const waiter = this.waiting.get(reply.id)
      this.waiting.delete(reply.id)
      if (reply.error !== undefined) waiter?.fail(new Error(reply.error))
      else waiter?.done(reply.result)
    })
    this.worker.on('error', (error) => {
      this.failure = error
      for (const waiter of this.waiting.values()) waiter.fail(error)
      this.waiting.clear()
    })
  }

  private request<O extends Op>(
    request: Extract<StoreRequest, { op: O }> extends infer R ? Omit<R, 'id'> : never
  ): Promise<Result<O>> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.next++
    return new Promise((done, fail) => {
      this.waiting.set(id, { done: done as (value: unknown) => void, fail })
      this.worker.postMessage({ ...request, id })
    })
  }

  /** See SqliteStore.fetch. */
  fetch(name: string): Promise<{ parts: Uint8Array[]; lastSeq: number }> {
    return this.request<'fetch'>({ op: 'fetch', name })
  }

  /** See SqliteStore.append. */
  append(writer: string, changes: { name: string; update: Uint8Array }[]): Promise<void> {
    return this.request<'append'>({ op: 'append', writer, changes })
  }

  /** Stores `state` merged with the state stored so far; see SqliteStore.compact. */
  compact(name: string, writer: string, readUpTo: number, state: Uint8Array): Promise<void> {
    return this.request<'compact'>({ op: 'compact', name, writer, readUpTo, state })
  }

  /** Once every request made so far is carried out: closes the file and ends the thread. */
  async close(): Promise<void> {
    if (!this.failure) await this.request<'close'>({ op: 'close' })
    await this.worker.terminate()
  }
}
