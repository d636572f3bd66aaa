import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ArticleDraft } from '@renderer/store/articleDraft'
import type { ArticleSuggestions } from '@shared/suggest/types'
import type { SuggestRequest } from './suggestProtocol'
import type * as OffThread from './suggestOffThread'

/**
 * A stand-in for the browser's Worker (Node has none): it keeps what it was sent and answers
 * when the test says, so that what the page does with a busy worker can be watched.
 */
class HeldWorker {
  static readonly started: HeldWorker[] = []
  onmessage: ((event: { data: unknown }) => void) | null = null
  onerror: ((event: { preventDefault(): void }) => void) | null = null
  readonly sent: SuggestRequest[] = []
  terminated = false
  constructor() {
    HeldWorker.started.push(this)
  }
  postMessage(request: SuggestRequest): void {
    this.sent.push(request)
  }
  terminate(): void {
    this.terminated = true
  }
  answer(suggestions: ArticleSuggestions): void {
    this.onmessage?.({ data: { id: this.sent.at(-1)!.id, suggestions } })
  }
}

const NONE: ArticleSuggestions = {
  language: 'en',
  articleDate: '2024-01-01',
  quotes: [],
  entities: [],
  checks: []
}
const dating = { language: 'en', articleDate: '2024-01-01' }
const layer = {
  blocks: [{ type: 'paragraph' as const, text: 'Some text.' }],
  entities: [],
  annotations: []
}
/** A draft that cannot tell its changes: each reading sends the article whole. */
const draft: ArticleDraft = { full: () => layer, since: () => null, withRejected: () => draft }
const gather = () => layer

describe('suggestDraft and stopReading', () => {
  let offThread: typeof OffThread
  // Imported once (it loads the assist and compromise's lexicon, seconds on a loaded machine),
  // with the stand-in in place before the first reading starts a worker.
  beforeAll(async () => {
    vi.stubGlobal('Worker', HeldWorker)
    offThread = await import('./suggestOffThread')
  }, 60_000)
  afterAll(() => vi.unstubAllGlobals())

  it('stops a worker still reading an article the editor left, and starts afresh after', async () => {
    const { suggestDraft, stopReading, READING_STOPPED } = offThread
    const left = {}
    const reading = suggestDraft(draft, dating, gather, left)
    const first = HeldWorker.started.at(-1)!
    expect(first.sent).toHaveLength(1)
    stopReading(left)
    expect(first.terminated).toBe(true)
    await expect(reading).rejects.toThrow(READING_STOPPED)
    // The next article is read by a new worker, sent whole (the stopped one held nothing).
    const next = {}
    const answer = suggestDraft(draft, dating, gather, next)
    const second = HeldWorker.started.at(-1)!
    expect(second).not.toBe(first)
    expect('input' in second.sent[0]).toBe(true)
    second.answer(NONE)
    await expect(answer).resolves.toEqual(NONE)
  })

  it('keeps a worker that is idle, or busy for another reader', async () => {
    const { suggestDraft, stopReading } = offThread
    const done = {}
    const answer = suggestDraft(draft, dating, gather, done)
    const worker = HeldWorker.started.at(-1)!
    const workers = HeldWorker.started.length
    worker.answer(NONE)
    await answer
    stopReading(done)
    expect(worker.terminated).toBe(false)
    const other = {}
    const pending = suggestDraft(draft, dating, gather, other)
    stopReading(done)
    expect(worker.terminated).toBe(false)
    worker.answer(NONE)
    await expect(pending).resolves.toEqual(NONE)
    expect(HeldWorker.started).toHaveLength(workers)
  })
})
