/**
 * Runs the assist off the page's thread: one worker for the window, requests answered in
 * turn. Where a worker cannot start (a host that refuses module workers), the same function
 * runs on the page after the current task, so suggestions still come, only less smoothly.
 *
 * The worker keeps the article it last read: an editor's draft is sent as what changed since
 * the draft sent before (see store/articleDraft.ts), which on a long article is a paragraph
 * and a few annotations instead of the whole text and every annotation.
 */
import type { ArticleDelta, ArticleLayer } from '@shared/articleDelta'
import { suggest, type SuggestInput } from '@shared/suggest/suggest'
import type { ArticleSuggestions } from '@shared/suggest/types'
import type { ArticleDraft } from '@renderer/store/articleDraft'
import {
  BASE_NOT_HELD,
  type ReadAnnotation,
  type ReadArticle,
  type SuggestDating,
  type SuggestRequest
} from './suggestProtocol'

type Answer = { id: number; suggestions: ArticleSuggestions } | { id: number; error: string }

let worker: Worker | null | undefined
let nextId = 0
const waiting = new Map<
  number,
  { resolve(s: ArticleSuggestions): void; reject(e: Error): void; reader: object }
>()

/** What a reading stopped by {@link stopReading} rejects with. */
export const READING_STOPPED = 'reading stopped'

function startWorker(): Worker | null {
  try {
    const started = new Worker(new URL('./suggest.worker.ts', import.meta.url), {
      type: 'module',
      name: 'suggest'
    })
    started.onmessage = (event: MessageEvent<Answer>) => {
      const answer = event.data
      const caller = waiting.get(answer.id)
      waiting.delete(answer.id)
      if (!caller) return
      if ('error' in answer) caller.reject(new Error(answer.error))
      else caller.resolve(answer.suggestions)
    }
    // A worker that fails to load: answer what it holds on the page, and stop using it.
    started.onerror = (event) => {
      event.preventDefault()
      started.terminate()
      worker = null
      const held = [...waiting]
      waiting.clear()
      for (const [, caller] of held) caller.reject(new Error('worker failed'))
    }
    return started
  } catch {
    return null
  }
}

function onPage(input: SuggestInput): Promise<ArticleSuggestions> {
  return new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(suggest(input))
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    }, 0)
  )
}

/** Sends a request to the running worker; rejects with the worker's error. */
function ask(
  running: Worker,
  request: SuggestRequest,
  reader: object
): Promise<ArticleSuggestions> {
  const answer = new Promise<ArticleSuggestions>((resolve, reject) =>
    waiting.set(request.id, { resolve, reject, reader })
  )
  running.postMessage(request)
  return answer
}

/** The article the worker was last sent, under the name it keeps it by, and who sent it. */
let sent: { name: string; draft: ArticleDraft; reader: object } | null = null

/**
 * The assist's suggestions for an editor's draft: only what changed since the draft read
 * before goes to the worker, when it still holds that one and the same reader sent it. A
 * draft of another article (or of the same one opened again) shares no history with it:
 * comparing them would walk every record of both (about 100 ms at 10,000 annotations) to
 * send what is in effect the whole article.
 */
export function suggestDraft(
  draft: ArticleDraft,
  dating: SuggestDating,
  /** The article as the assist reads it, gathered without fresh quotes for every annotation. */
  gather: () => ArticleLayer<ReadAnnotation>,
  /** Who reads: one per opened article, the same for each of its drafts. */
  reader: object
): Promise<ArticleSuggestions> {
  if (worker === undefined) worker = startWorker()
  const running = worker
  const whole = (): ReadArticle => ({ ...dating, ...gather() })
  if (!running) return onPage(whole())
  const base = sent?.reader === reader ? sent : null
  let delta: ArticleDelta | null
  try {
    delta = base ? draft.since(base.draft) : null
  } catch {
    // A draft that cannot tell its changes is sent whole.
    delta = null
  }
  const id = ++nextId
  const name = String(id)
  const request: SuggestRequest =
    delta && base ? { id, name, base: base.name, delta, dating } : { id, name, input: whole() }
  sent = { name, draft, reader }
  return ask(running, request, reader).catch((error: Error) => {
    if (error.message === 'worker failed') return onPage(whole())
    if (error.message !== BASE_NOT_HELD) return Promise.reject(error)
    // The worker lost the article (an earlier reading failed): send it whole.
    sent = null
    return suggestDraft(draft, dating, gather, reader)
  })
}

/**
 * The editor left the article `reader` reads (another one is opening): a worker still busy
 * only for it is stopped, and the next reading starts a new one. Its work is of no use any
 * more, and on a machine of two cores it competes with the opening of the next article: the
 * worker's first reading loads compromise's lexicon (about 200 ms of processor) before reading
 * the article (about a second on a long one), and an editor who opens one article then
 * another at once would wait for both.
 */
export function stopReading(reader: object): void {
  if (!worker || !waiting.size) return
  for (const caller of waiting.values()) if (caller.reader !== reader) return
  worker.terminate()
  worker = undefined
  sent = null
  const stopped = [...waiting.values()]
  waiting.clear()
  for (const caller of stopped) caller.reject(new Error(READING_STOPPED))
}
