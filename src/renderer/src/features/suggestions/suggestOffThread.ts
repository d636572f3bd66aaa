/**
 * Runs the assist off the page's thread: one worker for the window, requests answered in
 * turn. Where a worker cannot start (a host that refuses module workers), the same function
 * runs on the page after the current task, so suggestions still come, only less smoothly.
 */
import { suggest, type SuggestInput } from '@shared/suggest/suggest'
import type { ArticleSuggestions } from '@shared/suggest/types'
import type { SuggestRequest } from './suggest.worker'

type Answer = { id: number; suggestions: ArticleSuggestions } | { id: number; error: string }

let worker: Worker | null | undefined
let nextId = 0
const waiting = new Map<number, { resolve(s: ArticleSuggestions): void; reject(e: Error): void }>()

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

/** The assist's suggestions for `input`, read in a worker when one can run. */
export function suggestOffThread(input: SuggestInput): Promise<ArticleSuggestions> {
  if (worker === undefined) worker = startWorker()
  const running = worker
  if (!running) return onPage(input)
  const id = ++nextId
  const answer = new Promise<ArticleSuggestions>((resolve, reject) =>
    waiting.set(id, { resolve, reject })
  )
  running.postMessage({ id, input } satisfies SuggestRequest)
  // A worker that died under this request: read it on the page instead.
  return answer.catch((error: Error) =>
    error.message === 'worker failed' ? onPage(input) : Promise.reject(error)
  )
}
