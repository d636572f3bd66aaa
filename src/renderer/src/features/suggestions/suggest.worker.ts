/**
 * The assist's reading of an article, in a worker: `suggest` reads the whole text (names,
 * figures, dates, quotes), which takes about a second on a 600,000-character article and
 * would hold every key press and paint for that long on the page's thread.
 *
 * The worker keeps the article it last read, so that the page sends only what changed since
 * (src/shared/articleDelta.ts): gathering and copying the whole article and every annotation
 * on the page's thread cost more than a frame at each pause in typing.
 */
import { applyArticleDelta } from '@shared/articleDelta'
import { suggest } from '@shared/suggest/suggest'
import { BASE_NOT_HELD, type ReadArticle, type SuggestRequest } from './suggestProtocol'

/** The article last read, kept so that changes can be applied to it. */
let held: { name: string; input: ReadArticle } | null = null

/** The article a request names. */
function inputOf(request: SuggestRequest): ReadArticle | null {
  if ('input' in request) return request.input
  if (!held || held.name !== request.base) return null
  return { ...request.dating, ...applyArticleDelta(held.input, request.delta) }
}

self.onmessage = (event: MessageEvent<SuggestRequest>) => {
  const request = event.data
  try {
    const input = inputOf(request)
    if (!input) {
      held = null
      postMessage({ id: request.id, error: BASE_NOT_HELD })
      return
    }
    held = { name: request.name, input }
    postMessage({ id: request.id, suggestions: suggest(input) })
  } catch (error) {
    held = null
    postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) })
  }
}
