import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ArticleDraft } from '@renderer/store/articleDraft'
import type { ArticleSuggestions } from '@shared/suggest/types'
import type { SuggestRequest } from './suggestProtocol'

/**
 * A stand-in for the browser's Worker (Node has none): it keeps what it was sent and answers
 * when the test says, so that what the page does with a busy worker can be watched.
 */
class HeldWorker {
  static started: HeldWorker[] = []
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
  beforeEach(() => {
    HeldWorker.started = []
    vi.stubGlobal('Worker', HeldWorker)
    vi.resetModules()
  })
  afterEach(() => vi.unstubAllGlobals())

  it('stops a worker still reading an article the editor left, and starts afresh after', async () => {
    const { suggestDraft, stopReading, READING_STOPPED } = await import('./suggestOffThread')
    const left = {}
    const reading = suggestDraft(draft, dating, gather, left)
    const [first] = HeldWorker.started
    expect(first.sent).toHaveLength(1)
    stopReading(left)
    expect(first.terminated).toBe(true)
    await expect(reading).rejects.toThrow(READING_STOPPED)
    // The next article is read by a new worker, sent whole (the stopped one held nothing).
    const next = {}
    const answer = suggestDraft(draft, dating, gather, next)
    const second = HeldWorker.started[1]
    expect(second).toBeDefined()
    expect('input' in second.sent[0]).toBe(true)
    second.answer(NONE)
    await expect(answer).resolves.toEqual(NONE)
  })

  it('keeps a worker that is idle, or busy for another reader', async () => {
    const { suggestDraft, stopReading } = await import('./suggestOffThread')
    const done = {}
    const answer = suggestDraft(draft, dating, gather, done)
    const [worker] = HeldWorker.started
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
    expect(HeldWorker.started).toHaveLength(1)
  })
})
